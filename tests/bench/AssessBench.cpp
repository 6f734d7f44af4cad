// Speed of typing one score in a workshop, on the large project (300
// touchpoints, 12 criteria, 5 rounds of 20 raters): from the key to the
// grid's cell and the map's card and lane of scores showing the new score.
// The target (under 16 ms, one frame) is in the assessment issue; figures in
// docs/benchmarks.md.
#include "GuiBenchMain.h"
#include "LargeProject.h"
#include "core/document/ProjectDocument.h"
#include "ui/assess/AssessGridModel.h"
#include "ui/assess/AssessTab.h"
#include "ui/assess/AssessmentContext.h"
#include "ui/mainwindow/SelectionModel.h"
#include "ui/map/MapCanvas.h"
#include "ui/map/MapScene.h"

#include <QApplication>

#include <benchmark/benchmark.h>

namespace {

// A score typed into the grid as one rater: the document's command, the
// grid's one cell, the statistics of the round, the map laid out again.
void TypeOneScore(benchmark::State& state)
{
    js::ProjectDocument document(js::bench::largeProject());
    js::SelectionModel selection(&document);
    js::AssessmentContext context(&document);
    js::MapCanvas map(&document, &selection);
    map.setAssessment(&context);
    js::AssessTab tab(&document, &selection, &context);
    const js::Round& round = document.project().rounds.back();
    context.setRound(round.id);
    context.setRater(round.raters.front().id);
    js::AssessGridModel* grid = tab.model();
    QApplication::processEvents();

    const js::Id touchpoint = grid->touchpointAt(1);
    const js::Id criterion = grid->criterionAt(0);
    const js::RatingKey key{round.id, round.raters.front().id, touchpoint, criterion};
    int score = 1;
    for (auto _ : state) {
        score = score % 5 + 1;
        document.setRatingScore(key, score);
        // What the grid paints for the cell, and the map after its update.
        benchmark::DoNotOptimize(grid->index(1, 0).data());
        map.scene()->flush();
        const js::TouchpointBox* card = map.scene()->layout().touchpoint(touchpoint);
        benchmark::DoNotOptimize(card->score);
    }
    state.counters["ratings"] = double(document.project().ratings.size());
}
BENCHMARK(TypeOneScore)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// The aggregate of all raters after a score: the grid's tooltip and
// statistics of the cell come from the shared, recomputed results.
void AggregateAfterAScore(benchmark::State& state)
{
    js::ProjectDocument document(js::bench::largeProject());
    js::AssessmentContext context(&document);
    const js::Round& round = document.project().rounds.back();
    context.setRound(round.id);
    const js::Id touchpoint =
        document.project().journeys.front().stages.front().touchpoints.front().id;
    const js::RatingKey key{round.id, round.raters.front().id, touchpoint,
                            round.criteria.front().criterionId};
    int score = 1;
    for (auto _ : state) {
        score = score % 5 + 1;
        document.setRatingScore(key, score);
        benchmark::DoNotOptimize(context.results().cell(touchpoint, key.criterion)->mean);
    }
}
BENCHMARK(AggregateAfterAScore)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

int main(int argc, char** argv)
{
    return js::bench::runGuiBenchmarks(argc, argv);
}
