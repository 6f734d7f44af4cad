// The Insights tab in the main window on the demo project: a click in a chart
// selects the touchpoint everywhere, and the menu command shows the tab.
#include "WindowTest.h"
#include "ui/assess/AssessmentContext.h"
#include "ui/insights/ChartView.h"
#include "ui/insights/HeatmapChart.h"
#include "ui/insights/InsightsDashboard.h"
#include "ui/insights/InsightsTab.h"
#include "ui/mainwindow/Inspector.h"
#include "ui/mainwindow/SelectionModel.h"
#include "ui/map/MapCanvas.h"
#include "ui/map/MapScene.h"

#include <QLineEdit>
#include <QScrollArea>
#include <QTabWidget>

namespace js::test {
namespace {

using InsightsWindowTest = WindowTest;

TEST_F(InsightsWindowTest, TheMenuCommandShowsTheInsightsOfTheWindowsRound)
{
    action("actionShowInsights")->trigger();
    settle();
    ASSERT_EQ(window->tabs()->currentWidget(), window->insights());
    window->insights()->refreshNow();
    EXPECT_EQ(window->insights()->request().round, window->assessment()->round());
    EXPECT_TRUE(window->insights()->insights().hasScores());
}

TEST_F(InsightsWindowTest, ClickingAHeatmapCellSelectsTheTouchpointOnTheMapAndInTheInspector)
{
    action("actionShowInsights")->trigger();
    settle();
    window->insights()->refreshNow();
    ChartView* view = window->insights()->dashboard()->chart(QStringLiteral("heatmap"));
    auto* heatmap = static_cast<HeatmapChart*>(view->chart());
    const Touchpoint& checkout = project().journeys.front().stages[2].touchpoints[0];
    const Id criterion = window->insights()->insights().criteria[1].id;
    const auto g =
        heatmap->geometry(heatmap->bodyRect(QRectF(view->rect()), view->look()), view->look());
    const QRectF cell = heatmap->cellRect(g, checkout.id, criterion);
    ASSERT_FALSE(cell.isEmpty());
    // Scroll the cell into view, as a user would, and click it.
    auto* scroll = window->insights()->findChild<QScrollArea*>();
    scroll->ensureVisible(0, int(cell.center().y()) + view->y());
    settle();
    QTest::mouseClick(view, Qt::LeftButton, {}, cell.center().toPoint());
    settle();
    EXPECT_EQ(window->selectionModel()->current(),
              (Selection{EntityKind::Touchpoint, checkout.id}));
    EXPECT_TRUE(window->map()->scene()->itemFor(EntityKind::Touchpoint, checkout.id)->isSelected());
    auto* name = window->inspector()->findChild<QLineEdit*>(QStringLiteral("touchpointName"));
    ASSERT_TRUE(name);
    EXPECT_EQ(name->text(), checkout.name);
}

TEST_F(InsightsWindowTest, TheArrowKeysStepThroughTheHeatmapAndKeepTheRowInView)
{
    window->resize(1280, 720);
    action("actionShowInsights")->trigger();
    settle();
    window->insights()->refreshNow();
    ChartView* view = window->insights()->dashboard()->chart(QStringLiteral("heatmap"));
    view->setFocus();
    const auto& touchpoints = window->insights()->insights().touchpoints;
    window->selectionModel()->select({EntityKind::Touchpoint, touchpoints.front().id});
    settle();
    for (size_t i = 1; i < touchpoints.size(); ++i)
        QTest::keyClick(view, Qt::Key_Down);
    settle();
    // The last touchpoint is selected, and its row is scrolled into sight.
    EXPECT_EQ(window->selectionModel()->current(),
              (Selection{EntityKind::Touchpoint, touchpoints.back().id}));
    auto* heatmap = static_cast<HeatmapChart*>(view->chart());
    const auto g =
        heatmap->geometry(heatmap->bodyRect(QRectF(view->rect()), view->look()), view->look());
    const QRectF cell =
        heatmap->cellRect(g, touchpoints.back().id, window->insights()->insights().criteria[0].id);
    auto* scroll = window->insights()->findChild<QScrollArea*>();
    const QPoint inViewport = view->mapTo(scroll->viewport(), cell.center().toPoint());
    EXPECT_TRUE(scroll->viewport()->rect().contains(inViewport));
    QTest::keyClick(view, Qt::Key_Up);
    settle();
    EXPECT_EQ(window->selectionModel()->current(),
              (Selection{EntityKind::Touchpoint, touchpoints[touchpoints.size() - 2].id}));
}

} // namespace
} // namespace js::test
