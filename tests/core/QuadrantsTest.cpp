// Importance-performance quadrants (Martilla and James): each touchpoint's
// weighted score against its importance, split at 3 or at the means.
#include "core/analysis/Quadrants.h"

#include "AnalysisProject.h"

#include <gtest/gtest.h>

namespace js::analysis {
namespace {

using test::AnalysisProject;
using P = test::AnalysisProject;

// One rater scores Trust only, so a touchpoint's performance is that score.
// Importance: Ad 5, Search 2, Checkout 4, Receipt 1.
AnalysisProject trustScores(int ad, int search, int checkout, int receipt)
{
    AnalysisProject p;
    p.rate(P::Rita, P::Ad, P::Trust, ad);
    p.rate(P::Rita, P::Search, P::Trust, search);
    p.rate(P::Rita, P::Checkout, P::Trust, checkout);
    p.rate(P::Rita, P::Receipt, P::Trust, receipt);
    return p;
}

std::vector<Quadrant> quadrantsOf(const QuadrantChart& chart)
{
    std::vector<Quadrant> quadrants;
    for (const QuadrantPoint& point : chart.points)
        quadrants.push_back(point.quadrant);
    return quadrants;
}

TEST(AnalysisQuadrantsTest, MidpointsSplitAtThreeAndAValueOnTheSplitCountsAsHigh)
{
    AnalysisProject p = trustScores(2, 2, 3, 5);
    const QuadrantChart chart = importancePerformance(p.project, computeRound(p.project, P::Round));
    EXPECT_DOUBLE_EQ(chart.importanceSplit, 3.0);
    EXPECT_DOUBLE_EQ(chart.performanceSplit, 3.0);
    ASSERT_EQ(chart.points.size(), 4u);
    EXPECT_EQ(chart.points[0].touchpoint, P::Ad); // map order
    EXPECT_EQ(chart.points[0].stage, P::Awareness);
    EXPECT_DOUBLE_EQ(chart.points[0].importance, 5.0);
    EXPECT_DOUBLE_EQ(chart.points[0].performance, 2.0);
    // Ad (5, 2), Search (2, 2), Checkout (4, 3: on the split, high), Receipt (1, 5).
    EXPECT_EQ(quadrantsOf(chart),
              (std::vector<Quadrant>{Quadrant::ConcentrateHere, Quadrant::LowPriority,
                                     Quadrant::KeepUpTheGoodWork, Quadrant::PossibleOverkill}));

    // An importance of 3 is high too: Search (3, 2) needs attention.
    p.project.journeys[0].stages[0].touchpoints[1].importance = 3;
    EXPECT_EQ(
        importancePerformance(p.project, computeRound(p.project, P::Round)).points[1].quadrant,
        Quadrant::ConcentrateHere);
}

TEST(AnalysisQuadrantsTest, DataMeansSplitAtTheMeansOfThePoints)
{
    const AnalysisProject p = trustScores(4, 2, 3, 5);
    const QuadrantChart chart = importancePerformance(p.project, computeRound(p.project, P::Round),
                                                      QuadrantSplit::DataMeans);
    // Importance (5 + 2 + 4 + 1) / 4 = 3; performance (4 + 2 + 3 + 5) / 4 = 3.5.
    EXPECT_DOUBLE_EQ(chart.importanceSplit, 3.0);
    EXPECT_DOUBLE_EQ(chart.performanceSplit, 3.5);
    // Checkout (4, 3) is below 3.5 now: concentrate here (at 3.0 it kept up).
    EXPECT_EQ(quadrantsOf(chart),
              (std::vector<Quadrant>{Quadrant::KeepUpTheGoodWork, Quadrant::LowPriority,
                                     Quadrant::ConcentrateHere, Quadrant::PossibleOverkill}));
}

TEST(AnalysisQuadrantsTest, TargetsSplitPerformanceAtTheMeanTargetOfTheCriteria)
{
    const AnalysisProject p = trustScores(4, 2, 3, 5);
    // The round's targets: Trust 4, Relevance 4, Clarity 3.5.
    const QuadrantChart chart =
        importancePerformance(p.project, computeRound(p.project, P::Round), QuadrantSplit::Targets);
    EXPECT_DOUBLE_EQ(chart.importanceSplit, 3.0);
    EXPECT_DOUBLE_EQ(chart.performanceSplit, (4.0 + 4.0 + 3.5) / 3);
    EXPECT_EQ(chart.points[0].quadrant, Quadrant::KeepUpTheGoodWork); // Ad (5, 4)
    EXPECT_EQ(chart.points[2].quadrant, Quadrant::ConcentrateHere);   // Checkout (4, 3)
    // Narrowed to TRIXIE, the targets are 4 and 4.
    RoundFilter filter;
    filter.frameworks = std::set<Id>{P::Trixie};
    EXPECT_DOUBLE_EQ(importancePerformance(p.project, computeRound(p.project, P::Round, filter),
                                           QuadrantSplit::Targets)
                         .performanceSplit,
                     4.0);
}

TEST(AnalysisQuadrantsTest, PerformanceIsTheWeightedScoreAndUnscoredTouchpointsAreLeftOut)
{
    AnalysisProject p;
    // Ad: Trust 2 (weight 2), Relevance 5 (weight 1): (4 + 5) / 3 = 3.
    p.rate(P::Rita, P::Ad, P::Trust, 2);
    p.rate(P::Rita, P::Ad, P::Relevance, 5);
    p.rate(P::Rita, P::Search, P::Trust, Rating::NotApplicable);
    const QuadrantChart chart = importancePerformance(p.project, computeRound(p.project, P::Round));
    ASSERT_EQ(chart.points.size(), 1u);
    EXPECT_DOUBLE_EQ(chart.points[0].performance, 3.0);
    EXPECT_EQ(chart.points[0].quadrant, Quadrant::KeepUpTheGoodWork);

    const QuadrantChart none = importancePerformance(
        AnalysisProject().project, computeRound(AnalysisProject().project, P::Round),
        QuadrantSplit::DataMeans);
    EXPECT_TRUE(none.points.empty());
    EXPECT_DOUBLE_EQ(none.performanceSplit, 3.0);
}

TEST(AnalysisQuadrantsTest, EveryQuadrantHasANameAndAKey)
{
    QStringList keys;
    for (int i = 0; i < QuadrantCount; ++i) {
        EXPECT_FALSE(quadrantName(Quadrant(i)).isEmpty());
        keys << quadrantKey(Quadrant(i));
    }
    keys.removeDuplicates();
    EXPECT_EQ(keys.size(), QuadrantCount);
    EXPECT_EQ(quadrantName(Quadrant::ConcentrateHere), QStringLiteral("Concentrate here"));
    EXPECT_EQ(quadrantName(Quadrant::PossibleOverkill), QStringLiteral("Possible overkill"));
    EXPECT_EQ(quadrantOf(3.0, 3.0, 3.0, 3.0), Quadrant::KeepUpTheGoodWork);
    EXPECT_EQ(quadrantOf(2.9, 3.0, 3.0, 3.0), Quadrant::PossibleOverkill);
    EXPECT_EQ(quadrantOf(3.0, 2.9, 3.0, 3.0), Quadrant::ConcentrateHere);
    EXPECT_EQ(quadrantOf(2.9, 2.9, 3.0, 3.0), Quadrant::LowPriority);
}

} // namespace
} // namespace js::analysis
