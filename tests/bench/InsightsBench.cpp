// Speed of the Insights dashboard on the large project (300 touchpoints, 12
// criteria, 5 rounds of 20 raters): built whole, and brought up to date after
// one score. The targets (under 300 ms and under 50 ms) are in the insights
// issue; figures in docs/benchmarks.md.
#include "GuiBenchMain.h"
#include "LargeProject.h"
#include "core/analysis/Insights.h"
#include "core/document/ProjectDocument.h"
#include "ui/assess/AssessmentContext.h"
#include "ui/insights/ChartView.h"
#include "ui/insights/InsightChart.h"
#include "ui/insights/InsightsDashboard.h"
#include "ui/insights/InsightsTab.h"
#include "ui/mainwindow/SelectionModel.h"

#include <QApplication>
#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>

namespace {

// The large project in a document, with the window's selection and round
// (the last one) that the tab shares.
struct LargeWindow {
    js::ProjectDocument document{js::bench::largeProject()};
    js::SelectionModel selection{&document};
    js::AssessmentContext context{&document};

    LargeWindow() { context.setRound(document.project().rounds.back().id); }
};

// The Insights tab of a LargeWindow, shown at 1600×1000 with its figures.
struct ShownTab {
    js::InsightsTab tab;

    explicit ShownTab(LargeWindow& window)
        : tab(&window.document, &window.selection, &window.context)
    {
        tab.resize(1600, 1000);
        tab.show();
        tab.refreshNow();
        QApplication::processEvents();
    }
};

// Paints every chart as the screen shows it: at the size of its view, the
// heatmap only as far as a window's height of it is in sight.
void paintCharts(js::InsightsTab& tab, QImage& canvas)
{
    for (js::ChartView* view : tab.dashboard()->charts()) {
        QPainter painter(&canvas);
        painter.setClipRect(QRect(QPoint(), canvas.size()));
        view->chart()->paint(painter, QRectF(view->rect()), view->look());
    }
}

// From nothing to every chart painted: the tab and its charts made, the
// figures of the round and the round before computed, each chart painted.
void BuildDashboard(benchmark::State& state)
{
    LargeWindow window;
    QImage canvas(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        ShownTab shown(window);
        paintCharts(shown.tab, canvas);
        benchmark::DoNotOptimize(shown.tab.insights().weakSpots.size());
    }
    state.counters["ratings"] = double(window.document.project().ratings.size());
}
BENCHMARK(BuildDashboard)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// One score typed while the tab is shown, until the tab on screen shows it:
// the figures computed again, every chart given them, and the charts in
// sight painted (as Qt paints a scrolled dashboard; a chart out of sight is
// built when it comes into view). With `everyChart`, every chart is painted
// too, in sight or not: the worst case.
void updateAfterOneScore(benchmark::State& state, bool everyChart)
{
    LargeWindow window;
    ShownTab shown(window);
    js::InsightsTab& tab = shown.tab;
    js::ProjectDocument& document = window.document;
    const js::Round& round = document.project().rounds.back();
    QImage canvas(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    const js::Id touchpoint =
        document.project().journeys.front().stages.front().touchpoints.front().id;
    const js::RatingKey key{round.id, round.raters.front().id, touchpoint,
                            round.criteria.front().criterionId};
    int score = 1;
    for (auto _ : state) {
        score = score % 5 + 1;
        document.setRatingScore(key, score);
        tab.refreshNow();
        tab.repaint();
        if (everyChart)
            paintCharts(tab, canvas);
    }
    if (tab.refreshCount() < int(state.iterations()))
        state.SkipWithError("the tab did not compute after each score");
}

void UpdateAfterOneScore(benchmark::State& state)
{
    updateAfterOneScore(state, false);
}
BENCHMARK(UpdateAfterOneScore)->Unit(benchmark::kMillisecond)->MinTime(3.0);

void UpdateAfterOneScorePaintingEveryChart(benchmark::State& state)
{
    updateAfterOneScore(state, true);
}
BENCHMARK(UpdateAfterOneScorePaintingEveryChart)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// Of an update: the figures of the round and the round before.
void ComputeFigures(benchmark::State& state)
{
    const js::Project project = js::bench::largeProject();
    js::analysis::InsightsRequest request;
    request.round = project.rounds.back().id;
    request.compareTo = js::analysis::previousRound(project, request.round);
    for (auto _ : state)
        benchmark::DoNotOptimize(js::analysis::computeInsights(project, request));
}
BENCHMARK(ComputeFigures)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// Of an update: every chart and the table given the figures.
void HandFiguresToCharts(benchmark::State& state)
{
    LargeWindow window;
    ShownTab shown(window);
    const js::analysis::Insights figures = shown.tab.insights();
    for (auto _ : state)
        shown.tab.dashboard()->setInsights(&figures);
}
BENCHMARK(HandFiguresToCharts)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// Of an update: each chart painted once (0..5), and given new figures and
// painted (6..11).
void PaintEachChart(benchmark::State& state)
{
    LargeWindow window;
    ShownTab shown(window);
    js::InsightsTab& tab = shown.tab;
    js::ChartView* view = tab.dashboard()->charts()[size_t(state.range(0) % 6)];
    const bool rebuild = state.range(0) >= 6;
    state.SetLabel(view->chart()->key().toStdString() + (rebuild ? " given new figures" : ""));
    QImage canvas(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        if (rebuild)
            view->chart()->setInsights(&tab.insights());
        QPainter painter(&canvas);
        painter.setClipRect(QRect(QPoint(), canvas.size()));
        view->chart()->paint(painter, QRectF(view->rect()), view->look());
    }
}
BENCHMARK(PaintEachChart)->DenseRange(0, 11)->Unit(benchmark::kMillisecond)->MinTime(1.0);

} // namespace

int main(int argc, char** argv)
{
    return js::bench::runGuiBenchmarks(argc, argv);
}
