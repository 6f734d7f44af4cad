// The room's assessment against the customers' CSAT and NPS per touchpoint,
// worked out by hand.
#include "core/analysis/RoomVsCustomers.h"

#include "AnalysisProject.h"
#include "core/analysis/Insights.h"

#include <gtest/gtest.h>

namespace js::analysis {
namespace {

using test::AnalysisProject;
using P = test::AnalysisProject;

void addMetric(AnalysisProject& p, Id id, Id touchpoint, MetricKind kind, double value, int count,
               QDate date = QDate(2026, 2, 1))
{
    p.project.metrics.push_back(Metric{id, touchpoint, kind, value, count, {}, date, {}});
}

// Rita alone rates Trust: Ad 4, Search 2, Checkout 5, Receipt not at all.
// CSAT: Ad 60 % (120 answers), Search 40 % (12: few), Checkout 90 % in
// January and then 70 % in April (typed in, no count), Receipt 50 %.
// NPS: Ad +10 (200 answers), Search −20 (25: few).
AnalysisProject sample()
{
    AnalysisProject p;
    p.rate(P::Rita, P::Ad, P::Trust, 4);
    p.rate(P::Rita, P::Search, P::Trust, 2);
    p.rate(P::Rita, P::Checkout, P::Trust, 5);
    addMetric(p, 900, P::Ad, MetricKind::Csat, 60, 120);
    addMetric(p, 901, P::Search, MetricKind::Csat, 40, 12);
    addMetric(p, 902, P::Checkout, MetricKind::Csat, 90, 80, QDate(2026, 1, 1));
    addMetric(p, 903, P::Checkout, MetricKind::Csat, 70, 0, QDate(2026, 4, 1));
    addMetric(p, 904, P::Receipt, MetricKind::Csat, 50, 300);
    addMetric(p, 905, P::Ad, MetricKind::Nps, 10, 200);
    addMetric(p, 906, P::Search, MetricKind::Nps, -20, 25);
    addMetric(p, 907, P::Checkout, MetricKind::Ces, 5.5, 90); // not compared
    return p;
}

TEST(RoomVsCustomersTest, TheAgreementLineMapsOneToFiveOntoTheFiguresRange)
{
    EXPECT_DOUBLE_EQ(roomOnMetricScale(MetricKind::Csat, 1.0), 0.0);
    EXPECT_DOUBLE_EQ(roomOnMetricScale(MetricKind::Csat, 3.0), 50.0);
    EXPECT_DOUBLE_EQ(roomOnMetricScale(MetricKind::Csat, 4.2), 80.0);
    EXPECT_DOUBLE_EQ(roomOnMetricScale(MetricKind::Csat, 5.0), 100.0);
    EXPECT_DOUBLE_EQ(roomOnMetricScale(MetricKind::Nps, 1.0), -100.0);
    EXPECT_DOUBLE_EQ(roomOnMetricScale(MetricKind::Nps, 3.0), 0.0);
    EXPECT_DOUBLE_EQ(roomOnMetricScale(MetricKind::Nps, 3.5), 25.0);
    EXPECT_DOUBLE_EQ(roomOnMetricScale(MetricKind::Nps, 5.0), 100.0);
    EXPECT_DOUBLE_EQ(metricRangeMin(MetricKind::Nps), -100.0);
    EXPECT_DOUBLE_EQ(metricRangeMin(MetricKind::Csat), 0.0);
    EXPECT_TRUE(comparesWithRoom(MetricKind::Csat));
    EXPECT_TRUE(comparesWithRoom(MetricKind::Nps));
    EXPECT_FALSE(comparesWithRoom(MetricKind::Ces));
}

TEST(RoomVsCustomersTest, OnePointPerTouchpointWithAScoreAndACsatFigure)
{
    const AnalysisProject p = sample();
    const RoomVsCustomers csat =
        roomVsCustomers(p.project, computeRound(p.project, P::Round), MetricKind::Csat);
    EXPECT_EQ(csat.kind, MetricKind::Csat);
    EXPECT_EQ(csat.figures, 4); // Receipt has a figure but no score
    ASSERT_EQ(csat.points.size(), 3u);

    const RoomVsCustomersPoint& ad = csat.points[0];
    EXPECT_EQ(ad.touchpoint, P::Ad);
    EXPECT_EQ(ad.stage, P::Awareness);
    EXPECT_EQ(ad.name, QStringLiteral("Instagram ad"));
    EXPECT_EQ(ad.stageName, QStringLiteral("Awareness"));
    EXPECT_DOUBLE_EQ(ad.roomScore, 4.0);
    EXPECT_DOUBLE_EQ(ad.customerValue, 60.0);
    EXPECT_EQ(ad.answers, 120);
    EXPECT_FALSE(ad.fewAnswers);
    EXPECT_DOUBLE_EQ(ad.roomOnScale, 75.0); // (4 − 1) / 4 × 100
    EXPECT_DOUBLE_EQ(ad.gap, 15.0);         // the room rates it 15 points higher
    EXPECT_TRUE(ad.roomRatesHigher());

    const RoomVsCustomersPoint& search = csat.points[1];
    EXPECT_EQ(search.touchpoint, P::Search);
    EXPECT_DOUBLE_EQ(search.roomOnScale, 25.0);
    EXPECT_DOUBLE_EQ(search.gap, -15.0); // the customers are kinder
    EXPECT_FALSE(search.roomRatesHigher());
    EXPECT_EQ(search.answers, 12);
    EXPECT_TRUE(search.fewAnswers);

    // The latest figure counts; a count of 0 (typed in) is not "few".
    const RoomVsCustomersPoint& checkout = csat.points[2];
    EXPECT_EQ(checkout.touchpoint, P::Checkout);
    EXPECT_EQ(checkout.stage, P::Purchase);
    EXPECT_DOUBLE_EQ(checkout.customerValue, 70.0);
    EXPECT_DOUBLE_EQ(checkout.gap, 30.0); // 100 − 70
    EXPECT_EQ(checkout.answers, 0);
    EXPECT_FALSE(checkout.fewAnswers);
}

TEST(RoomVsCustomersTest, NpsSitsOnMinusHundredToHundred)
{
    const AnalysisProject p = sample();
    const RoomVsCustomers nps =
        roomVsCustomers(p.project, computeRound(p.project, P::Round), MetricKind::Nps);
    EXPECT_EQ(nps.figures, 2);
    ASSERT_EQ(nps.points.size(), 2u);
    EXPECT_EQ(nps.points[0].touchpoint, P::Ad);
    EXPECT_DOUBLE_EQ(nps.points[0].roomOnScale, 50.0); // (4 − 3) × 50
    EXPECT_DOUBLE_EQ(nps.points[0].gap, 40.0);         // 50 − 10
    EXPECT_EQ(nps.points[1].touchpoint, P::Search);
    EXPECT_DOUBLE_EQ(nps.points[1].roomOnScale, -50.0);
    EXPECT_DOUBLE_EQ(nps.points[1].gap, -30.0); // −50 − (−20)
    EXPECT_TRUE(nps.points[1].fewAnswers);      // 25 < 30
    // CES is not compared.
    EXPECT_TRUE(roomVsCustomers(p.project, computeRound(p.project, P::Round), MetricKind::Ces)
                    .points.empty());
}

TEST(RoomVsCustomersTest, TheRoomScoreIsTheWeightedRollUpOfTheRound)
{
    AnalysisProject p = sample();
    // Ad: Trust 4 (weight 2), Relevance 1 (weight 1): (2·4 + 1) / 3 = 3.
    p.rate(P::Rita, P::Ad, P::Relevance, 1);
    const RoundResults results = computeRound(p.project, P::Round);
    const RoomVsCustomers csat = roomVsCustomers(p.project, results, MetricKind::Csat);
    ASSERT_FALSE(csat.points.empty());
    EXPECT_DOUBLE_EQ(csat.points[0].roomScore, 3.0);
    EXPECT_DOUBLE_EQ(csat.points[0].roomScore, findRollUp(results.touchpoints, P::Ad)->score);
    EXPECT_DOUBLE_EQ(csat.points[0].roomOnScale, 50.0);
    EXPECT_DOUBLE_EQ(csat.points[0].gap, -10.0); // 50 − 60
}

TEST(RoomVsCustomersTest, AStageFilterLeavesOutTheOtherStages)
{
    const AnalysisProject p = sample();
    RoundFilter filter;
    filter.stages = std::set<Id>{P::Purchase};
    const RoomVsCustomers csat =
        roomVsCustomers(p.project, computeRound(p.project, P::Round, filter), MetricKind::Csat);
    EXPECT_EQ(csat.figures, 2); // Checkout and Receipt
    ASSERT_EQ(csat.points.size(), 1u);
    EXPECT_EQ(csat.points[0].touchpoint, P::Checkout);
}

TEST(RoomVsCustomersTest, CsatComesFirstWhenAnyTouchpointHasIt)
{
    AnalysisProject p = sample();
    const Insights insights = computeInsights(p.project, InsightsRequest{P::Round, NoId, {}});
    EXPECT_EQ(insights.roomVsCsat.points.size(), 3u);
    EXPECT_EQ(insights.roomVsNps.points.size(), 2u);
    EXPECT_TRUE(insights.hasCustomerFigures());
    EXPECT_EQ(defaultRoomVsKind(insights.roomVsCsat), MetricKind::Csat);

    std::erase_if(p.project.metrics, [](const Metric& m) { return m.kind == MetricKind::Csat; });
    const Insights npsOnly = computeInsights(p.project, InsightsRequest{P::Round, NoId, {}});
    EXPECT_EQ(npsOnly.roomVsCsat.figures, 0);
    EXPECT_EQ(defaultRoomVsKind(npsOnly.roomVsCsat), MetricKind::Nps);
    EXPECT_TRUE(npsOnly.hasCustomerFigures());

    p.project.metrics.clear();
    EXPECT_FALSE(
        computeInsights(p.project, InsightsRequest{P::Round, NoId, {}}).hasCustomerFigures());
}

TEST(RoomVsCustomersTest, NoJourneyNoPoints)
{
    const AnalysisProject p = sample();
    RoundResults results = computeRound(p.project, P::Round);
    results.journeyId = 9999;
    const RoomVsCustomers csat = roomVsCustomers(p.project, results, MetricKind::Csat);
    EXPECT_EQ(csat.figures, 0);
    EXPECT_TRUE(csat.points.empty());
}

} // namespace
} // namespace js::analysis
