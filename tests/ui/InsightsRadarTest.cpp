// The radar of the Insights tab, on the small project with known numbers.
#include "InsightsFixture.h"
#include "ui/insights/FilterButton.h"
#include "ui/insights/RadarChart.h"

#include <QComboBox>
#include <QImage>

namespace js::test {
namespace {

class RadarTest : public InsightsTest {
protected:
    RadarChart* radar() const { return tab->dashboard()->radar(); }
    void select(Id touchpoint)
    {
        selection->select({EntityKind::Touchpoint, touchpoint});
        settle();
    }
    // The spoke of a criterion; fails the test when there is none.
    RadarChart::Spoke spoke(Id criterion) const
    {
        for (const RadarChart::Spoke& s : radar()->spokes()) {
            if (s.criterion == criterion)
                return s;
        }
        ADD_FAILURE() << "no spoke for criterion " << criterion;
        return {};
    }
};

TEST_F(RadarTest, ShowsTheSelectedTouchpointsMeansAndTargetsOnASpokePerCriterion)
{
    select(P::Ad);
    ASSERT_EQ(radar()->subjectKind(), RadarChart::Subject::Touchpoint);
    EXPECT_EQ(radar()->subject(), P::Ad);
    EXPECT_TRUE(radar()->hasContent());
    EXPECT_TRUE(radar()->title().contains(QStringLiteral("Instagram ad")));

    const std::vector<RadarChart::Spoke> spokes = radar()->spokes();
    ASSERT_EQ(spokes.size(), 3u);
    // In the round's order: Trust, Relevance, Clarity.
    EXPECT_EQ(spokes[0].criterion, P::Trust);
    EXPECT_EQ(spokes[1].criterion, P::Relevance);
    EXPECT_EQ(spokes[2].criterion, P::Clarity);
    EXPECT_EQ(spokes[0].name, QStringLiteral("Trust"));
    ASSERT_TRUE(spokes[0].value && spokes[1].value && spokes[2].value);
    EXPECT_DOUBLE_EQ(*spokes[0].value, 3.0);
    EXPECT_DOUBLE_EQ(*spokes[1].value, 13.0 / 3.0);
    EXPECT_DOUBLE_EQ(*spokes[2].value, 2.5);
    EXPECT_DOUBLE_EQ(spokes[0].target, 4.0);
    EXPECT_DOUBLE_EQ(spokes[1].target, 4.0);
    EXPECT_DOUBLE_EQ(spokes[2].target, 3.5);
    // The first round has nothing to compare with.
    for (const RadarChart::Spoke& s : spokes)
        EXPECT_FALSE(s.compare.has_value());
}

TEST_F(RadarTest, MarksACriterionWithoutAMeanAndSaysWhenATouchpointHasNoScores)
{
    // Checkout's Clarity was N/A for everyone.
    select(P::Checkout);
    EXPECT_TRUE(radar()->hasContent());
    const RadarChart::Spoke clarity = spoke(P::Clarity);
    EXPECT_FALSE(clarity.value.has_value());
    EXPECT_TRUE(clarity.notApplicable);
    ASSERT_TRUE(spoke(P::Relevance).value);
    EXPECT_DOUBLE_EQ(*spoke(P::Relevance).value, 1.5);
    EXPECT_TRUE(radar()->toolTipAt(QPointF(-1, -1), QRectF(), ChartLook::light()).isEmpty());

    // Nobody rated the receipt email.
    select(P::Receipt);
    EXPECT_EQ(radar()->subject(), P::Receipt);
    EXPECT_FALSE(radar()->hasContent());
    EXPECT_TRUE(radar()->emptyMessage().contains(QStringLiteral("Receipt email")));
}

TEST_F(RadarTest, ShowsAStagesMeansPerCriterion)
{
    tab->dashboard()->setRadar(true, P::Awareness);
    settle();
    ASSERT_EQ(radar()->subjectKind(), RadarChart::Subject::Stage);
    EXPECT_EQ(radar()->subject(), P::Awareness);
    EXPECT_TRUE(radar()->title().contains(QStringLiteral("Awareness")));
    // Awareness holds the ad and the search result: the means of their cell means.
    const RadarChart::Spoke trust = spoke(P::Trust);
    const RadarChart::Spoke relevance = spoke(P::Relevance);
    const RadarChart::Spoke clarity = spoke(P::Clarity);
    ASSERT_TRUE(trust.value && relevance.value && clarity.value);
    EXPECT_DOUBLE_EQ(*trust.value, (3.0 + 2.0) / 2);
    EXPECT_DOUBLE_EQ(*relevance.value, 13.0 / 3.0); // the search result has none
    EXPECT_DOUBLE_EQ(*clarity.value, (2.5 + 4.0) / 2);
    EXPECT_DOUBLE_EQ(trust.target, 4.0);
    EXPECT_DOUBLE_EQ(clarity.target, 3.5);
    // As the analysis has them.
    const auto& stageCriteria = tab->insights().stageCriteria;
    EXPECT_DOUBLE_EQ(*trust.value, stageCriteria.at({P::Awareness, P::Trust}).mean);
    // A click on a stage's radar selects nothing.
    ChartView* v = view("radar");
    const auto g = radar()->geometry(radar()->bodyRect(QRectF(v->rect()), v->look()), v->look());
    click(v, RadarChart::position(g, 0, 3, *trust.value));
    EXPECT_EQ(selectedTouchpoint(), NoId);
}

TEST_F(RadarTest, ShowsTheComparisonRoundsScores)
{
    showRound(FollowUp);
    const int baseline = tab->compareBox()->findData(QVariant::fromValue(P::Round));
    ASSERT_GE(baseline, 0);
    tab->compareBox()->setCurrentIndex(baseline);
    settle();
    ASSERT_TRUE(tab->insights().hasComparison());
    select(P::Ad);
    // Follow-up: Trust 4 only; the baseline had all three.
    const RadarChart::Spoke trust = spoke(P::Trust);
    ASSERT_TRUE(trust.value && trust.compare);
    EXPECT_DOUBLE_EQ(*trust.value, 4.0);
    EXPECT_DOUBLE_EQ(*trust.compare, 3.0);
    const RadarChart::Spoke relevance = spoke(P::Relevance);
    EXPECT_FALSE(relevance.value.has_value());
    EXPECT_FALSE(relevance.notApplicable);
    ASSERT_TRUE(relevance.compare);
    EXPECT_DOUBLE_EQ(*relevance.compare, 13.0 / 3.0);

    // The tooltip on Trust's vertex says both rounds.
    ChartView* v = view("radar");
    const QRectF rect(v->rect());
    const auto g = radar()->geometry(radar()->bodyRect(rect, v->look()), v->look());
    const QString tip = radar()->toolTipAt(RadarChart::position(g, 0, 3, 4.0), rect, v->look());
    EXPECT_TRUE(tip.contains(QStringLiteral("Trust"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Baseline"))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(analysis::scoreText(4.0))) << tip.toStdString();
    EXPECT_TRUE(tip.contains(analysis::scoreText(3.0))) << tip.toStdString();

    // A stage compares its means too: Awareness' Trust was (3 + 2) / 2.
    tab->dashboard()->setRadar(true, P::Awareness);
    settle();
    ASSERT_TRUE(spoke(P::Trust).compare);
    EXPECT_DOUBLE_EQ(*spoke(P::Trust).compare, 2.5);
    EXPECT_DOUBLE_EQ(*spoke(P::Trust).value, 4.0);
}

TEST_F(RadarTest, FollowsTheSelectionAndAClickOnItSelectsTheTouchpoint)
{
    select(P::Ad);
    EXPECT_EQ(radar()->subject(), P::Ad);
    select(P::Search);
    EXPECT_EQ(radar()->subject(), P::Search);
    EXPECT_TRUE(radar()->title().contains(QStringLiteral("Search result")));

    // Painted where its geometry says: Search's Trust (2) is a dot of the round's colour.
    ChartView* v = view("radar");
    const ChartLook look = v->look();
    const auto g = radar()->geometry(radar()->bodyRect(QRectF(v->rect()), look), look);
    const QPointF trust = RadarChart::position(g, 0, 3, 2.0);
    const QImage image = v->grab().toImage();
    EXPECT_EQ(image.pixelColor(trust.toPoint()).rgb(), look.round.rgb());

    // With nothing selected it shows the weakest; a click on its polygon selects it.
    selection->clear();
    settle();
    const Id shown = radar()->subject();
    ASSERT_NE(shown, NoId);
    EXPECT_EQ(shown, tab->insights().weakSpots.front().touchpoint);
    const std::vector<RadarChart::Spoke> spokes = radar()->spokes();
    QPolygonF polygon;
    for (size_t i = 0; i < spokes.size(); ++i) {
        if (spokes[i].value)
            polygon << RadarChart::position(g, i, spokes.size(), *spokes[i].value);
    }
    ASSERT_FALSE(polygon.isEmpty());
    click(v, polygon.front());
    EXPECT_EQ(selectedTouchpoint(), shown);
    // Far outside the web, nothing.
    selection->clear();
    settle();
    click(v, QPointF(4, v->height() - 4));
    EXPECT_EQ(selectedTouchpoint(), NoId);
}

TEST_F(RadarTest, SaysSoWhenTheFrameworksLeaveFewerThanThreeCriteria)
{
    select(P::Ad);
    ASSERT_TRUE(radar()->hasContent());
    tab->frameworkFilter()->setEntryChecked(P::FiveCs, false);
    settle();
    ASSERT_EQ(tab->insights().criteria.size(), 2u);
    EXPECT_FALSE(radar()->hasContent());
    EXPECT_TRUE(radar()->emptyMessage().contains(QStringLiteral("three")))
        << radar()->emptyMessage().toStdString();
}

} // namespace
} // namespace js::test
