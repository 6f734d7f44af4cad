// The importance-performance chart of the Insights tab, on the small project
// with known numbers, and on projects with many touchpoints.
#include "InsightsFixture.h"
#include "ui/insights/LabelPlacement.h"
#include "ui/insights/QuadrantsChart.h"

#include <QImage>
#include <QPainter>

namespace js::test {
namespace {

class QuadrantTest : public InsightsTest {
protected:
    QuadrantsChart* quadrants() const { return chart<QuadrantsChart>("quadrants"); }

    // The tab on another project, shown on the baseline round.
    void reopen(Project project)
    {
        tab.reset();
        context.reset();
        selection.reset();
        document = std::make_unique<ProjectDocument>(std::move(project));
        selection = std::make_unique<SelectionModel>(document.get());
        context = std::make_unique<AssessmentContext>(document.get());
        context->setRound(P::Round);
        tab = std::make_unique<InsightsTab>(document.get(), selection.get(), context.get());
        tab->setProjectKey(QStringLiteral("/tmp/insights-test.journey"));
        tab->resize(1400, 900);
        tab->show();
        settle();
    }

    // The sample project with `count` more touchpoints in the awareness
    // stage, rated by Rita on Trust: scores cycle through `scores`, the
    // importance through 1..5, so many share a place.
    static Project withMore(int count, std::initializer_list<int> scores)
    {
        Project project = sampleProject();
        Stage& stage = project.journeys.front().stages.front();
        const std::vector<int> cycle(scores);
        for (int i = 0; i < count; ++i) {
            const Id id = 1000 + i;
            stage.touchpoints.push_back(Touchpoint{id,
                                                   QStringLiteral("Touchpoint %1").arg(i + 1),
                                                   Channel::Website,
                                                   {},
                                                   {},
                                                   1 + i % 5,
                                                   0});
            project.ratings[RatingKey{P::Round, P::Rita, id, P::Trust}] =
                Rating{cycle[size_t(i) % cycle.size()], {}};
        }
        return project;
    }

    const analysis::QuadrantPoint* point(Id touchpoint) const
    {
        for (const analysis::QuadrantPoint& p : tab->insights().quadrants.points) {
            if (p.touchpoint == touchpoint)
                return &p;
        }
        return nullptr;
    }

    // Checks that no two labels meet, that none covers a marker and that all
    // stay in the chart.
    void expectLabelsApart(const std::vector<QuadrantsChart::PlacedLabel>& labels,
                           const QRectF& rect)
    {
        for (size_t i = 0; i < labels.size(); ++i) {
            EXPECT_TRUE(rect.contains(labels[i].rect)) << labels[i].text.toStdString();
            for (size_t j = i + 1; j < labels.size(); ++j)
                EXPECT_FALSE(labels[i].rect.intersects(labels[j].rect))
                    << labels[i].text.toStdString() << " meets " << labels[j].text.toStdString();
            for (const QuadrantsChart::PlacedLabel& other : labels)
                EXPECT_FALSE(labels[i].rect.contains(other.point))
                    << labels[i].text.toStdString() << " covers a marker";
        }
    }
};

TEST_F(QuadrantTest, PutsEachTouchpointInItsQuadrant)
{
    ASSERT_TRUE(quadrants()->hasContent());
    const analysis::QuadrantPoint* ad = point(P::Ad);
    const analysis::QuadrantPoint* search = point(P::Search);
    const analysis::QuadrantPoint* checkout = point(P::Checkout);
    ASSERT_TRUE(ad && search && checkout);
    EXPECT_EQ(point(P::Receipt), nullptr); // no score, no point
    // Weighted scores: Trust counts twice.
    EXPECT_DOUBLE_EQ(ad->importance, 5.0);
    EXPECT_DOUBLE_EQ(ad->performance, (2 * 3.0 + 13.0 / 3.0 + 2.5) / 4);
    EXPECT_DOUBLE_EQ(search->performance, (2 * 2.0 + 4.0) / 3);
    EXPECT_DOUBLE_EQ(checkout->performance, (2 * 4.0 + 1.5) / 3);
    EXPECT_EQ(ad->quadrant, analysis::Quadrant::KeepUpTheGoodWork);       // 5, 3.2
    EXPECT_EQ(search->quadrant, analysis::Quadrant::LowPriority);         // 2, 2.7
    EXPECT_EQ(checkout->quadrant, analysis::Quadrant::KeepUpTheGoodWork); // 4, 3.2
    // One marker each, drawn above and left as the figures say.
    EXPECT_EQ(quadrants()->markers().size(), 3u);
    ChartView* v = view("quadrants");
    const QRectF rect(v->rect());
    const QPointF adAt = quadrants()->pointPosition(P::Ad, rect, v->look());
    const QPointF searchAt = quadrants()->pointPosition(P::Search, rect, v->look());
    const QPointF checkoutAt = quadrants()->pointPosition(P::Checkout, rect, v->look());
    EXPECT_LT(adAt.y(), checkoutAt.y()); // more important, higher
    EXPECT_LT(checkoutAt.y(), searchAt.y());
    EXPECT_LT(searchAt.x(), checkoutAt.x()); // a lower score, further left
    EXPECT_TRUE(quadrants()->pointPosition(P::Receipt, rect, v->look()).isNull());

    const QString tip = quadrants()->toolTipAt(searchAt, rect, v->look());
    EXPECT_TRUE(tip.contains(QStringLiteral("Search result"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Awareness"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(analysis::scoreText(search->performance))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(analysis::quadrantName(analysis::Quadrant::LowPriority)));
}

TEST_F(QuadrantTest, LabelsEveryPointByItsName)
{
    ChartView* v = view("quadrants");
    const QRectF rect(v->rect());
    const auto labels = quadrants()->placedLabels(rect, v->look());
    ASSERT_EQ(labels.size(), 3u);
    QStringList texts;
    for (const auto& label : labels)
        texts << label.text;
    EXPECT_TRUE(texts.contains(QStringLiteral("Instagram ad")));
    EXPECT_TRUE(texts.contains(QStringLiteral("Search result")));
    EXPECT_TRUE(texts.contains(QStringLiteral("Checkout")));
    expectLabelsApart(labels, rect);
}

TEST_F(QuadrantTest, AClickOnAPointSelectsItsTouchpoint)
{
    ChartView* v = view("quadrants");
    const QRectF rect(v->rect());
    const QPointF at = quadrants()->pointPosition(P::Checkout, rect, v->look());
    ASSERT_FALSE(at.isNull());
    click(v, at + QPointF(3, -2));
    EXPECT_EQ(selectedTouchpoint(), P::Checkout);
    EXPECT_EQ(quadrants()->selectedTouchpoint(), P::Checkout);
    click(v, quadrants()->pointPosition(P::Ad, rect, v->look()));
    EXPECT_EQ(selectedTouchpoint(), P::Ad);
}

TEST_F(QuadrantTest, KeepsLabelsApartAmongManyTouchpoints)
{
    reopen(withMore(40, {3, 4, 2, 5, 1}));
    ASSERT_EQ(tab->insights().quadrants.points.size(), 43u);
    ChartView* v = view("quadrants");
    for (const QSizeF size : {QSizeF(v->size()), QSizeF(560, 400), QSizeF(880, 560)}) {
        const QRectF rect(QPointF(), size);
        const auto labels = quadrants()->placedLabels(rect, v->look());
        EXPECT_FALSE(labels.empty());
        expectLabelsApart(labels, rect);
    }
    // Touchpoints at the same place share a marker, which names them all in its tooltip.
    const auto& markers = quadrants()->markers();
    EXPECT_LT(markers.size(), 43u);
    const auto shared = std::find_if(markers.begin(), markers.end(),
                                     [](const auto& m) { return m.touchpoints.size() > 1; });
    ASSERT_NE(shared, markers.end());
    const QRectF rect(v->rect());
    const QPointF at = quadrants()->pointPosition(shared->touchpoints.front(), rect, v->look());
    EXPECT_EQ(quadrants()->pointPosition(shared->touchpoints.back(), rect, v->look()), at);
    const QString tip = quadrants()->toolTipAt(at, rect, v->look());
    for (Id id : shared->touchpoints)
        EXPECT_TRUE(tip.contains(tab->insights().touchpoint(id)->name)) << tip.toStdString();
    // Clicking it again selects the next of them.
    click(v, at);
    EXPECT_EQ(selectedTouchpoint(), shared->touchpoints[0]);
    click(v, at);
    EXPECT_EQ(selectedTouchpoint(), shared->touchpoints[1]);
}

// Its speed is measured in tests/bench/InsightsBench.cpp, on the large project.
TEST_F(QuadrantTest, KeepsLabelsApartAmongThreeHundredTouchpoints)
{
    Project project = withMore(297, {3, 4, 2, 5, 1});
    // Spread the scores so that most points stand apart.
    for (int i = 0; i < 297; ++i) {
        const Id id = 1000 + i;
        project.ratings[RatingKey{P::Round, P::Omar, id, P::Trust}] = Rating{1 + (i * 7) % 5, {}};
        project.ratings[RatingKey{P::Round, P::Lea, id, P::Relevance}] =
            Rating{1 + (i * 3) % 5, {}};
    }
    const analysis::Insights data =
        analysis::computeInsights(project, analysis::InsightsRequest{P::Round, NoId, {}});
    ASSERT_EQ(data.quadrants.points.size(), 300u);
    QuadrantsChart chart;
    QImage image(880, 560, QImage::Format_ARGB32_Premultiplied);
    const QRectF rect(image.rect());
    const ChartLook look = ChartLook::light();
    chart.setInsights(&data);
    {
        QPainter painter(&image);
        chart.paint(painter, rect, look);
    }
    expectLabelsApart(chart.placedLabels(rect, look), rect);
}

TEST_F(QuadrantTest, IsRebuiltInTheDarkLook)
{
    QuadrantsChart& chart = *quadrants();
    const QRectF rect(0, 0, 560, 460);
    const auto paintIn = [&](const ChartLook& look) {
        QImage image(560, 460, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        chart.paint(painter, rect, look);
        return image;
    };
    const ChartLook light = ChartLook::light();
    const ChartLook dark = ChartLook::darkLook();
    const QRectF body = chart.bodyRect(rect, light);
    // Just inside the chart's top right: its own background, not the plot.
    const QPoint probe = (body.topRight() + QPointF(-2, 2)).toPoint();
    EXPECT_EQ(paintIn(light).pixelColor(probe).rgb(), light.background.rgb());
    EXPECT_EQ(paintIn(dark).pixelColor(probe).rgb(), dark.background.rgb());
    EXPECT_EQ(paintIn(light).pixelColor(probe).rgb(), light.background.rgb());
}

TEST_F(QuadrantTest, IsEmptyWhenTheRoundHasNoScores)
{
    Project project = sampleProject();
    project.ratings.clear();
    reopen(project);
    EXPECT_TRUE(tab->insights().quadrants.points.empty());
    EXPECT_FALSE(quadrants()->hasContent());
    EXPECT_FALSE(quadrants()->emptyMessage().isEmpty());
    EXPECT_TRUE(
        quadrants()->placedLabels(QRectF(view("quadrants")->rect()), ChartLook::light()).empty());
    click(view("quadrants"), QPointF(view("quadrants")->rect().center()));
    EXPECT_EQ(selectedTouchpoint(), NoId);
}

TEST(LabelPlacerTest, PlacesLabelsApartOrLeavesThemOut)
{
    // A crowd of points on a small canvas: whatever is placed overlaps
    // nothing, and every point's own marker stays uncovered.
    const QRectF bounds(0, 0, 300, 200);
    LabelPlacer placer(bounds, 32);
    std::vector<QPointF> points;
    for (int i = 0; i < 80; ++i)
        points.emplace_back(20 + (i * 37) % 260, 20 + (i * 53) % 160);
    for (const QPointF& p : points)
        placer.addPoint(p, 4);
    std::vector<QRectF> placed;
    int leaders = 0;
    for (const QPointF& p : points) {
        const LabelPlacer::Placement at = placer.place(p, QSizeF(60, 13), 4);
        if (!at.placed)
            continue;
        leaders += at.leader ? 1 : 0;
        EXPECT_TRUE(bounds.contains(at.rect));
        for (const QRectF& other : placed)
            EXPECT_FALSE(at.rect.intersects(other));
        for (const QPointF& q : points)
            EXPECT_FALSE(at.rect.intersects(QRectF(q - QPointF(4, 4), QSizeF(8, 8))));
        placed.push_back(at.rect);
    }
    EXPECT_GT(placed.size(), 10u);
    EXPECT_LT(placed.size(), points.size()); // not all fit
    // A lone point gets the first place it tries: to its right.
    LabelPlacer empty(bounds);
    const LabelPlacer::Placement right = empty.place(QPointF(100, 100), QSizeF(40, 12), 5);
    ASSERT_TRUE(right.placed);
    EXPECT_FALSE(right.leader);
    EXPECT_GT(right.rect.left(), 105.0);
    EXPECT_NEAR(right.rect.center().y(), 100.0, 0.01);
}

} // namespace
} // namespace js::test
