// The Insights tab: its filters, what it remembers per project, when it
// computes, and a chart's copy and save commands.
#include "InsightsFixture.h"
#include "TempDir.h"
#include "core/model/ProjectQueries.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/insights/ChartExport.h"
#include "ui/insights/FilterButton.h"
#include "ui/insights/HeatmapChart.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace js::test {
namespace {

using InsightsTabTest = InsightsTest;

TEST_F(InsightsTabTest, ShowsTheWindowsRoundAndComparesWithThePreviousOne)
{
    EXPECT_EQ(tab->request().round, P::Round);
    EXPECT_EQ(tab->compareBox()->currentData().value<Id>(), NoId); // the first round
    showRound(FollowUp);
    EXPECT_EQ(tab->roundBox()->currentData().value<Id>(), FollowUp);
    EXPECT_EQ(tab->request().compareTo, P::Round);
    EXPECT_EQ(tab->compareBox()->currentData().value<Id>(), P::Round);
    EXPECT_TRUE(tab->insights().hasComparison());
    // Picking a round in the tab moves the window's round too.
    tab->roundBox()->setCurrentIndex(tab->roundBox()->findData(QVariant::fromValue(P::Round)));
    settle();
    EXPECT_EQ(context->round(), P::Round);
}

TEST_F(InsightsTabTest, TheRaterFilterNarrowsEveryChartDown)
{
    EXPECT_EQ(tab->raterFilter()->entryCount(), 3);
    tab->raterFilter()->setEntryChecked(P::Omar, false);
    tab->raterFilter()->setEntryChecked(P::Lea, false);
    settle();
    EXPECT_EQ(tab->insights().results.raterCount, 1);
    // Rita alone gave Ad a 1 on Trust.
    EXPECT_DOUBLE_EQ(tab->insights().results.cell(P::Ad, P::Trust)->mean, 1.0);
    EXPECT_TRUE(tab->raterFilter()->text().contains(QStringLiteral("Rita")));
    for (ChartView* chartView : tab->dashboard()->charts())
        EXPECT_EQ(chartView->chart()->insights(), &tab->insights());
}

TEST_F(InsightsTabTest, NoRaterChosenSaysWhatToDo)
{
    tab->raterFilter()->setEntryChecked(P::Rita, false);
    tab->raterFilter()->setEntryChecked(P::Omar, false);
    tab->raterFilter()->setEntryChecked(P::Lea, false);
    settle();
    EXPECT_FALSE(tab->insights().hasScores());
    auto* banner = tab->findChild<QWidget*>(QStringLiteral("insightsBanner"));
    ASSERT_TRUE(banner);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->findChild<QLabel*>()->text().contains(QStringLiteral("filters")));
    EXPECT_FALSE(view("heatmap")->chart()->hasContent());
}

TEST_F(InsightsTabTest, ARoundWithoutRatingsShowsAHelpfulEmptyState)
{
    Round empty = document->project().rounds.front();
    empty.id = 0;
    empty.name = QStringLiteral("Next workshop");
    empty.raters.clear();
    const Id round = document->addRound(empty);
    ASSERT_NE(round, NoId);
    showRound(round);
    EXPECT_FALSE(tab->insights().hasScores());
    auto* banner = tab->findChild<QWidget*>(QStringLiteral("insightsBanner"));
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->findChild<QLabel*>()->text().contains(QStringLiteral("Next workshop")))
        << banner->findChild<QLabel*>()->text().toStdString();
    for (ChartView* chartView : tab->dashboard()->charts()) {
        EXPECT_FALSE(chartView->chart()->hasContent()) << chartView->chart()->key().toStdString();
        EXPECT_FALSE(chartView->chart()->emptyMessage().isEmpty());
    }
}

TEST_F(InsightsTabTest, AProjectWithoutRoundsSaysHowToStartOne)
{
    Project project = sampleProject();
    project.rounds.clear();
    project.ratings.clear();
    ProjectDocument empty(project);
    SelectionModel emptySelection(&empty);
    AssessmentContext emptyContext(&empty);
    InsightsTab fresh(&empty, &emptySelection, &emptyContext);
    fresh.show();
    fresh.refreshNow();
    EXPECT_FALSE(fresh.roundBox()->isEnabled());
    auto* banner = fresh.findChild<QWidget*>(QStringLiteral("insightsBanner"));
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->findChild<QLabel*>()->text().contains(QStringLiteral("New round")));
    for (ChartView* chartView : fresh.dashboard()->charts()) {
        EXPECT_FALSE(chartView->chart()->hasContent());
        EXPECT_FALSE(chartView->grab().isNull()); // paints its message, no crash
    }
}

TEST_F(InsightsTabTest, RemembersTheFiltersAndChartsPerProject)
{
    showRound(FollowUp);
    tab->compareBox()->setCurrentIndex(0); // no comparison
    tab->frameworkFilter()->setEntryChecked(P::FiveCs, false);
    tab->stageFilter()->setEntryChecked(P::Purchase, false);
    auto* charts = tab->findChild<QToolButton*>(QStringLiteral("insightsCharts"));
    for (QAction* action : charts->menu()->actions()) {
        if (action->data().toString() == QLatin1String("quadrants"))
            action->setChecked(false);
    }
    settle();
    EXPECT_TRUE(view("quadrants")->parentWidget()->isHidden());

    // The same project in another window, which shows the latest round at first.
    AssessmentContext otherContext(document.get());
    otherContext.setRound(P::Round);
    InsightsTab again(document.get(), selection.get(), &otherContext);
    again.setProjectKey(QStringLiteral("/tmp/insights-test.journey"));
    again.refreshNow();
    EXPECT_EQ(again.request().round, FollowUp);
    EXPECT_EQ(again.request().compareTo, NoId);
    EXPECT_EQ(again.request().filter.frameworks, (std::set<Id>{P::Trixie}));
    EXPECT_EQ(again.request().filter.stages, (std::set<Id>{P::Awareness}));
    EXPECT_TRUE(again.dashboard()->hiddenCharts().contains(QStringLiteral("quadrants")));

    // Another project starts with everything.
    InsightsTab other(document.get(), selection.get(), &otherContext);
    other.setProjectKey(QStringLiteral("/tmp/another.journey"));
    EXPECT_FALSE(other.request().filter.frameworks);
    EXPECT_TRUE(other.dashboard()->hiddenCharts().isEmpty());
}

TEST_F(InsightsTabTest, TheChoicesGoAlongWhenTheProjectIsSavedUnderAnotherName)
{
    tab->stageFilter()->setEntryChecked(P::Awareness, false);
    settle();
    tab->moveProjectKey(QStringLiteral("/tmp/renamed.journey"));
    AssessmentContext otherContext(document.get());
    InsightsTab renamed(document.get(), selection.get(), &otherContext);
    renamed.setProjectKey(QStringLiteral("/tmp/renamed.journey"));
    EXPECT_EQ(renamed.request().filter.stages, (std::set<Id>{P::Purchase}));
}

TEST_F(InsightsTabTest, TheQuadrantsSplitAtTheTargetsWhenAsked)
{
    const auto quadrantOf = [this](Id touchpoint) {
        for (const auto& point : tab->insights().quadrants.points) {
            if (point.touchpoint == touchpoint)
                return point.quadrant;
        }
        return analysis::Quadrant::LowPriority;
    };
    // Checkout: importance 4, performance (2 · 4 + 1.5) / 3, above the middle of 3.
    EXPECT_EQ(quadrantOf(P::Checkout), analysis::Quadrant::KeepUpTheGoodWork);
    QComboBox* split = tab->dashboard()->quadrantSplitBox();
    split->setCurrentIndex(split->findData(int(analysis::QuadrantSplit::Targets)));
    settle();
    // The round's targets 4, 4 and 3.5: below them, Checkout needs attention.
    EXPECT_DOUBLE_EQ(tab->insights().quadrants.performanceSplit, (4.0 + 4.0 + 3.5) / 3);
    EXPECT_EQ(quadrantOf(P::Checkout), analysis::Quadrant::ConcentrateHere);

    AssessmentContext otherContext(document.get());
    InsightsTab again(document.get(), selection.get(), &otherContext);
    again.setProjectKey(QStringLiteral("/tmp/insights-test.journey"));
    EXPECT_EQ(again.request().quadrantSplit, analysis::QuadrantSplit::Targets);
    EXPECT_EQ(again.dashboard()->quadrantSplit(), analysis::QuadrantSplit::Targets);
}

TEST_F(InsightsTabTest, ComputesOnceForAScoreAndNotForTextTheChartsDoNotShow)
{
    const int before = tab->refreshCount();
    document->set(P::Ad, &Touchpoint::description, QStringLiteral("A new text"));
    settle();
    EXPECT_EQ(tab->refreshCount(), before);
    document->setRatingScore({P::Round, P::Rita, P::Receipt, P::Trust}, 2);
    document->setRatingScore({P::Round, P::Omar, P::Receipt, P::Trust}, 3);
    settle();
    EXPECT_EQ(tab->refreshCount(), before + 1);
    EXPECT_DOUBLE_EQ(tab->insights().results.cell(P::Receipt, P::Trust)->mean, 2.5);
    document->set(P::Ad, &Touchpoint::name, QStringLiteral("Instagram story"));
    settle();
    EXPECT_EQ(tab->insights().touchpoint(P::Ad)->name, QStringLiteral("Instagram story"));
}

TEST_F(InsightsTabTest, AHiddenTabComputesWhenItIsShownAgain)
{
    tab->hide();
    const int before = tab->refreshCount();
    document->setRatingScore({P::Round, P::Rita, P::Receipt, P::Trust}, 5);
    document->setRatingScore({P::Round, P::Omar, P::Receipt, P::Trust}, 5);
    QApplication::processEvents();
    EXPECT_EQ(tab->refreshCount(), before);
    tab->show();
    QApplication::processEvents();
    EXPECT_EQ(tab->refreshCount(), before + 1);
    EXPECT_DOUBLE_EQ(tab->insights().results.cell(P::Receipt, P::Trust)->mean, 5.0);
}

TEST_F(InsightsTabTest, SelectingATouchpointElsewhereHighlightsItInTheCharts)
{
    selection->select({EntityKind::Touchpoint, P::Search});
    settle();
    for (ChartView* chartView : tab->dashboard()->charts())
        EXPECT_EQ(chartView->chart()->selectedTouchpoint(), P::Search);
}

TEST_F(InsightsTabTest, AChartSavesAsPngAndSvgAndCopiesAsAnImage)
{
    TempDir dir;
    ChartView* heatmap = view("heatmap");
    const QString png = dir.path(QStringLiteral("heatmap.png"));
    dialogs::testing::queueAnswer(png);
    heatmap->savePng();
    QImage saved(png);
    ASSERT_FALSE(saved.isNull());
    // Twice the pixels of the chart on screen, for slides.
    EXPECT_EQ(saved.size(), heatmap->size() * 2);

    const QString svg = dir.path(QStringLiteral("heatmap.svg"));
    dialogs::testing::queueAnswer(svg);
    heatmap->saveSvg();
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    EXPECT_TRUE(text.contains("<svg"));
    EXPECT_TRUE(text.contains("Instagram ad")); // text stays text
    EXPECT_TRUE(text.contains("Heatmap"));

    heatmap->copyImage();
    EXPECT_FALSE(QApplication::clipboard()->image().isNull());
}

TEST_F(InsightsTabTest, AFailedSaveSaysSoAndLeavesTheFileAlone)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("missing/folder/chart.png"));
    dialogs::testing::queueAnswer(path);
    view("heatmap")->savePng();
    const QStringList messages = dialogs::testing::takeMessages();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.front().contains(QStringLiteral("chart.png")));
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(InsightsTabTest, AChartPaintsAtAnySize)
{
    const auto& heatmap = *chart<HeatmapChart>("heatmap");
    const ChartLook look = ChartLook::light();
    for (const QSize size : {QSize(420, 300), QSize(2400, 1600)}) {
        const QImage image = chartImage(heatmap, size, look);
        ASSERT_EQ(image.size(), size);
        // The cells are laid out for the size and painted where the layout says.
        const QRectF rect{QPointF(0, 0), QSizeF(size)};
        const auto g = heatmap.geometry(heatmap.bodyRect(rect, look), look);
        const QRectF cell = heatmap.cellRect(g, P::Search, P::Trust);
        ASSERT_TRUE(rect.contains(cell));
        EXPECT_EQ(image.pixelColor(QPointF(cell.left() + 3, cell.bottom() - 2).toPoint()).rgb(),
                  look.heat.fill(2.0, 4.0).rgb());
        const QRectF last = heatmap.cellRect(g, P::Receipt, P::Clarity);
        EXPECT_LE(last.right(), size.width());
        EXPECT_LE(last.bottom(), size.height());
    }
}

} // namespace
} // namespace js::test
