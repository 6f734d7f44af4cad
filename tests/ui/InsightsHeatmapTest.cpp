// The heatmap of the Insights tab, on the small project with known numbers.
#include "InsightsFixture.h"
#include "ui/insights/FilterButton.h"
#include "ui/insights/HeatmapChart.h"

#include <QImage>

namespace js::test {
namespace {

using HeatmapTest = InsightsTest;

TEST_F(HeatmapTest, ShowsEveryTouchpointByEveryCriterionOfTheRound)
{
    auto* heatmap = chart<HeatmapChart>("heatmap");
    ASSERT_TRUE(heatmap);
    const analysis::Insights& data = tab->insights();
    EXPECT_EQ(data.touchpoints.size(), 4u);
    EXPECT_EQ(data.criteria.size(), 3u);
    ChartView* v = view("heatmap");
    const auto g = heatmap->geometry(heatmap->bodyRect(QRectF(v->rect()), v->look()), v->look());
    for (const auto& touchpoint : data.touchpoints) {
        for (const auto& criterion : data.criteria)
            EXPECT_FALSE(heatmap->cellRect(g, touchpoint.id, criterion.id).isEmpty());
    }
}

TEST_F(HeatmapTest, ColoursACellOnTheScaleAroundItsTarget)
{
    auto* heatmap = chart<HeatmapChart>("heatmap");
    ChartView* v = view("heatmap");
    const ChartLook look = v->look();
    // Search on Trust: 2, 2, 2 against a target of 4, painted where the cell is.
    const QColor expected = look.heat.fill(2.0, 4.0);
    EXPECT_EQ(heatmap->cellFill(P::Search, P::Trust, look), expected);
    const QImage image = v->grab().toImage();
    const auto g = heatmap->geometry(heatmap->bodyRect(QRectF(v->rect()), look), look);
    const QRectF cell = heatmap->cellRect(g, P::Search, P::Trust);
    const QColor painted = image.pixelColor(QPointF(cell.left() + 4, cell.bottom() - 3).toPoint());
    EXPECT_EQ(painted.rgb(), expected.rgb());
    // A cell of only N/A is grey, one nobody rated is empty.
    EXPECT_EQ(heatmap->cellFill(P::Checkout, P::Clarity, look), look.heat.notApplicable());
    EXPECT_EQ(heatmap->cellFill(P::Receipt, P::Trust, look), look.heat.empty());
}

TEST_F(HeatmapTest, ClickingACellSelectsItsTouchpoint)
{
    auto* heatmap = chart<HeatmapChart>("heatmap");
    ChartView* v = view("heatmap");
    const auto g = heatmap->geometry(heatmap->bodyRect(QRectF(v->rect()), v->look()), v->look());
    click(v, heatmap->cellRect(g, P::Checkout, P::Relevance).center());
    EXPECT_EQ(selectedTouchpoint(), P::Checkout);
    EXPECT_EQ(heatmap->selectedTouchpoint(), P::Checkout);
}

TEST_F(HeatmapTest, TheStageFilterLeavesOutTheOtherStages)
{
    tab->stageFilter()->setEntryChecked(P::Awareness, false);
    settle();
    const analysis::Insights& data = tab->insights();
    ASSERT_EQ(data.stages.size(), 1u);
    EXPECT_EQ(data.stages.front().id, P::Purchase);
    auto* heatmap = chart<HeatmapChart>("heatmap");
    ChartView* v = view("heatmap");
    const auto g = heatmap->geometry(heatmap->bodyRect(QRectF(v->rect()), v->look()), v->look());
    EXPECT_TRUE(heatmap->cellRect(g, P::Ad, P::Trust).isEmpty());
    EXPECT_FALSE(heatmap->cellRect(g, P::Checkout, P::Trust).isEmpty());
}

} // namespace
} // namespace js::test
