// Round-to-round deltas: after − before, only where both rounds have a figure.
#include "core/analysis/RoundDeltas.h"

#include "AnalysisProject.h"

#include <gtest/gtest.h>

namespace js::analysis {
namespace {

using test::AnalysisProject;
using P = test::AnalysisProject;

constexpr Id Later = 400;
constexpr Id LaterRater = 401;

// Baseline (Rita): Ad Trust 2, Relevance 3, Clarity 4; Checkout Trust 3.
// Later round, which does not rate Relevance: Ad Trust 4, Clarity 4; Search Trust 3.
AnalysisProject twoRounds()
{
    AnalysisProject p;
    p.rate(P::Rita, P::Ad, P::Trust, 2);
    p.rate(P::Rita, P::Ad, P::Relevance, 3);
    p.rate(P::Rita, P::Ad, P::Clarity, 4);
    p.rate(P::Rita, P::Checkout, P::Trust, 3);
    Round later;
    later.id = Later;
    later.name = QStringLiteral("Follow-up");
    later.journeyId = P::Journey;
    later.criteria = {{P::Trust, 2.0, 4.0}, {P::Clarity, 1.0, 3.5}};
    later.raters = {{LaterRater, QStringLiteral("Rita"), {}}};
    p.project.rounds.push_back(later);
    p.rate(LaterRater, P::Ad, P::Trust, 4, Later);
    p.rate(LaterRater, P::Ad, P::Clarity, 4, Later);
    p.rate(LaterRater, P::Search, P::Trust, 3, Later);
    return p;
}

TEST(AnalysisDeltasTest, AfterMinusBeforeWhereBothHaveAFigure)
{
    const AnalysisProject p = twoRounds();
    const RoundDeltas deltas =
        roundDeltas(computeRound(p.project, P::Round), computeRound(p.project, Later));
    EXPECT_EQ(deltas.beforeRound, P::Round);
    EXPECT_EQ(deltas.afterRound, Later);

    // Ad: before (2·2 + 3 + 4) / 4 = 11/4; after (2·4 + 4) / 3 = 4; +1.25.
    ASSERT_EQ(deltas.touchpoints.size(), 1u); // Search only after, Checkout only before
    const Delta& ad = deltas.touchpoints.at(P::Ad);
    EXPECT_DOUBLE_EQ(ad.before, 2.75);
    EXPECT_DOUBLE_EQ(ad.after, 4.0);
    EXPECT_DOUBLE_EQ(ad.change, 1.25);

    // Awareness: before Ad's 11/4; after (2·4 + 4 + 2·3) / 5 = 18/5; +0.85.
    ASSERT_EQ(deltas.stages.size(), 1u); // Purchase is rated before only
    EXPECT_DOUBLE_EQ(deltas.stages.at(P::Awareness).change, 3.6 - 2.75);

    // Trust: before (2 + 3) / 2 = 2.5, after (4 + 3) / 2 = 3.5; Clarity 4 → 4.
    // Relevance: the later round does not rate it, so no delta.
    ASSERT_EQ(deltas.criteria.size(), 2u);
    EXPECT_DOUBLE_EQ(deltas.criteria.at(P::Trust).change, 1.0);
    EXPECT_DOUBLE_EQ(deltas.criteria.at(P::Clarity).change, 0.0);
    EXPECT_FALSE(deltas.criteria.contains(P::Relevance));

    // Journey: before (4 + 3 + 4 + 2·3) / 6 = 17/6; after 18/5.
    ASSERT_TRUE(deltas.journey.has_value());
    EXPECT_DOUBLE_EQ(deltas.journey->change, 18.0 / 5.0 - 17.0 / 6.0);
    // TRIXIE: before (2·2 + 3 + 2·3) / 5 = 13/5; after (2·4 + 2·3) / 4 = 7/2.
    EXPECT_DOUBLE_EQ(deltas.frameworks.at(P::Trixie).change, 3.5 - 2.6);
}

TEST(AnalysisDeltasTest, NothingInCommonGivesNoDeltas)
{
    const AnalysisProject p = twoRounds();
    const RoundDeltas deltas =
        roundDeltas(computeRound(p.project, P::Round), computeRound(p.project, 4242));
    EXPECT_TRUE(deltas.touchpoints.empty());
    EXPECT_TRUE(deltas.stages.empty());
    EXPECT_TRUE(deltas.criteria.empty());
    EXPECT_FALSE(deltas.journey.has_value());
}

} // namespace
} // namespace js::analysis

namespace js::analysis {
namespace {

TEST(AnalysisDeltasTest, LikeForLikeComparesOnlyTheCellsBothRoundsRated)
{
    const test::AnalysisProject p = twoRounds();
    const MatchedDeltas matched = matchedRoundDeltas(p.project, computeRound(p.project, P::Round),
                                                     computeRound(p.project, Later));
    // The Ad on Trust (2 → 4) and on Clarity (4 → 4); weights 2 and 1.
    EXPECT_EQ(matched.cells, 2);
    ASSERT_TRUE(matched.deltas.journey);
    EXPECT_DOUBLE_EQ(matched.deltas.journey->before, (2 * 2.0 + 4.0) / 3);
    EXPECT_DOUBLE_EQ(matched.deltas.journey->after, 4.0);
    EXPECT_DOUBLE_EQ(matched.deltas.criteria.at(P::Trust).change, 2.0);
    EXPECT_DOUBLE_EQ(matched.deltas.stages.at(P::Awareness).after, 4.0);
    // Checkout (baseline only) and Search (later only) have nothing to compare.
    EXPECT_EQ(matched.deltas.touchpoints.count(P::Checkout), 0u);
    EXPECT_EQ(matched.deltas.touchpoints.count(P::Search), 0u);
    EXPECT_EQ(matched.deltas.stages.count(P::Purchase), 0u);
    EXPECT_EQ(matched.deltas.frameworks.at(P::Trixie).before, 2.0);
}

} // namespace
} // namespace js::analysis
