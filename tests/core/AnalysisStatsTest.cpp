// The statistics of a round's cells and their weighted roll-ups, with the
// numbers worked out by hand.
#include "AnalysisProject.h"
#include "core/analysis/RoundResults.h"

#include <gtest/gtest.h>

namespace js::analysis {
namespace {

using test::AnalysisProject;
using P = test::AnalysisProject;

CellStats statsOf(std::initializer_list<int> scores, int raters)
{
    ScoreTally tally;
    for (int score : scores)
        tally.add(score);
    return cellStats(tally, raters);
}

TEST(AnalysisStatsTest, ThreeScoresByHand)
{
    // 2, 4, 4: mean 10/3; deviations -4/3, 2/3, 2/3; squares 16/9 + 4/9 + 4/9
    // = 24/9; over n - 1 = 2: 12/9; sd = sqrt(4/3) = 1.1547.
    const CellStats stats = statsOf({2, 4, 4}, 3);
    EXPECT_EQ(stats.n, 3);
    EXPECT_DOUBLE_EQ(stats.mean, 10.0 / 3.0);
    EXPECT_DOUBLE_EQ(stats.median, 4.0);
    EXPECT_EQ(stats.min, 2);
    EXPECT_EQ(stats.max, 4);
    EXPECT_NEAR(stats.sd, 1.1547005, 1e-6);
    EXPECT_TRUE(stats.discuss);
    EXPECT_EQ(stats.missing, 0);
    EXPECT_EQ(stats.counts, (std::array<int, 5>{0, 1, 0, 2, 0}));
}

TEST(AnalysisStatsTest, OneThreeFiveIsADisagreementToDiscuss)
{
    // Mean 3; squares 4 + 0 + 4 = 8; 8 / 2 = 4; sd = 2.0.
    const CellStats stats = statsOf({1, 3, 5}, 5);
    EXPECT_DOUBLE_EQ(stats.mean, 3.0);
    EXPECT_DOUBLE_EQ(stats.sd, 2.0);
    EXPECT_TRUE(stats.discuss);
    EXPECT_EQ(stats.missing, 2);
}

TEST(AnalysisStatsTest, DiscussNeedsThreeScoresAndASpreadOfOne)
{
    // 1, 5: sd = sqrt(8 / 1) = 2.83, but only two scores.
    EXPECT_FALSE(statsOf({1, 5}, 2).discuss);
    // 1, 2, 3: squares 1 + 0 + 1 = 2; 2 / 2 = 1; sd = 1.0 exactly: discuss.
    EXPECT_DOUBLE_EQ(statsOf({1, 2, 3}, 3).sd, 1.0);
    EXPECT_TRUE(statsOf({1, 2, 3}, 3).discuss);
    // 3, 3, 4: mean 10/3; squares 1/9 + 1/9 + 4/9 = 6/9; / 2 = 1/3; sd 0.577.
    EXPECT_FALSE(statsOf({3, 3, 4}, 3).discuss);
}

TEST(AnalysisStatsTest, EvenCountTakesTheMeanOfTheMiddleTwo)
{
    // Sorted 1, 2, 4, 5: the middle two are 2 and 4, median 3; mean 12/4 = 3.
    const CellStats stats = statsOf({5, 1, 4, 2}, 4);
    EXPECT_DOUBLE_EQ(stats.median, 3.0);
    EXPECT_DOUBLE_EQ(stats.mean, 3.0);
    EXPECT_EQ(stats.min, 1);
    EXPECT_EQ(stats.max, 5);
}

TEST(AnalysisStatsTest, OneScoreHasNoSpread)
{
    const CellStats stats = statsOf({4}, 1);
    EXPECT_EQ(stats.n, 1);
    EXPECT_DOUBLE_EQ(stats.mean, 4.0);
    EXPECT_DOUBLE_EQ(stats.median, 4.0);
    EXPECT_DOUBLE_EQ(stats.sd, 0.0);
    EXPECT_FALSE(stats.discuss);
}

TEST(AnalysisStatsTest, NotApplicableIsLeftOutAndANoteOnlyIsMissing)
{
    AnalysisProject p;
    p.rate(P::Rita, P::Ad, P::Trust, Rating::NotApplicable);
    p.rate(P::Omar, P::Ad, P::Trust, Rating::NotRated); // a note, no score
    p.rate(P::Lea, P::Ad, P::Trust, 4);
    const RoundResults results = computeRound(p.project, P::Round);
    const CellStats* stats = results.cell(P::Ad, P::Trust);
    ASSERT_TRUE(stats);
    EXPECT_EQ(stats->n, 1);
    EXPECT_EQ(stats->notApplicable, 1);
    EXPECT_EQ(stats->missing, 1);
    EXPECT_DOUBLE_EQ(stats->mean, 4.0);
    // Two of the 3 × 4 × 3 = 36 possible ratings were given, in one cell of 12.
    EXPECT_EQ(results.coverage.ratingsGiven, 2);
    EXPECT_EQ(results.coverage.ratingsExpected, 36);
    EXPECT_EQ(results.coverage.cellsRated, 1);
    EXPECT_EQ(results.coverage.cells, 12);
}

TEST(AnalysisStatsTest, NoRatingsGiveEveryCellAndNoRollUps)
{
    const AnalysisProject p;
    const RoundResults results = computeRound(p.project, P::Round);
    EXPECT_EQ(results.roundId, P::Round);
    EXPECT_EQ(results.journeyId, P::Journey);
    EXPECT_EQ(results.raterCount, 3);
    ASSERT_EQ(results.cells.size(), 12u); // 4 touchpoints × 3 criteria
    for (const auto& [key, stats] : results.cells) {
        EXPECT_FALSE(stats.hasMean());
        EXPECT_EQ(stats.missing, 3);
    }
    EXPECT_EQ(results.coverage.cellsRated, 0);
    EXPECT_DOUBLE_EQ(results.coverage.cellShare(), 0.0);
    EXPECT_TRUE(results.touchpoints.empty());
    EXPECT_TRUE(results.stages.empty());
    EXPECT_TRUE(results.criteria.empty());
    EXPECT_TRUE(results.frameworks.empty());
    EXPECT_FALSE(results.journey.has_value());
}

TEST(AnalysisStatsTest, AllNotApplicableCoversTheCellsButScoresNothing)
{
    AnalysisProject p;
    for (Id touchpoint : {P::Ad, P::Search, P::Checkout, P::Receipt}) {
        for (Id criterion : {P::Trust, P::Relevance, P::Clarity})
            p.rateAll(touchpoint, criterion, {-1, -1, -1});
    }
    const RoundResults results = computeRound(p.project, P::Round);
    EXPECT_EQ(results.coverage.cellsRated, 12);
    EXPECT_EQ(results.coverage.ratingsGiven, 36);
    EXPECT_DOUBLE_EQ(results.coverage.ratingShare(), 1.0);
    EXPECT_EQ(results.cell(P::Ad, P::Trust)->notApplicable, 3);
    EXPECT_FALSE(results.cell(P::Ad, P::Trust)->hasMean());
    EXPECT_TRUE(results.touchpoints.empty());
    EXPECT_FALSE(results.journey.has_value());
}

// The ratings of AnalysisProject::rated() are tabled in AnalysisProject.h.
TEST(AnalysisStatsTest, RollUpsAreWeightedByTheRoundsWeights)
{
    const RoundResults results = computeRound(AnalysisProject::rated().project, P::Round);

    // Ad: (2·3 + 1·13/3 + 1·5/2) / (2 + 1 + 1) = (36 + 26 + 15)/6 / 4 = 77/24.
    ASSERT_TRUE(findRollUp(results.touchpoints, P::Ad));
    EXPECT_DOUBLE_EQ(findRollUp(results.touchpoints, P::Ad)->score, 77.0 / 24.0);
    EXPECT_DOUBLE_EQ(findRollUp(results.touchpoints, P::Ad)->weight, 4.0);
    EXPECT_EQ(findRollUp(results.touchpoints, P::Ad)->ratings, 8); // 3 + 3 + 2
    // Search: (2·2 + 1·4) / (2 + 1) = 8/3; Relevance has no mean and no weight.
    EXPECT_DOUBLE_EQ(findRollUp(results.touchpoints, P::Search)->score, 8.0 / 3.0);
    EXPECT_EQ(findRollUp(results.touchpoints, P::Search)->cells, 2);
    // Checkout: (2·4 + 1·3/2) / 3 = 19/6; Clarity (all N/A) counts nowhere.
    EXPECT_DOUBLE_EQ(findRollUp(results.touchpoints, P::Checkout)->score, 19.0 / 6.0);
    // Receipt: nothing rated, no roll-up.
    EXPECT_FALSE(findRollUp(results.touchpoints, P::Receipt));

    // Awareness pools Ad's and Search's cells: (77/6 + 4 + 4) / (4 + 3) = 125/42.
    EXPECT_DOUBLE_EQ(findRollUp(results.stages, P::Awareness)->score, 125.0 / 42.0);
    EXPECT_DOUBLE_EQ(findRollUp(results.stages, P::Purchase)->score, 19.0 / 6.0);

    // TRIXIE: Trust 2·3 + 2·2 + 2·4 = 18, Relevance 13/3 + 3/2 = 35/6;
    // (18 + 35/6) / (2 + 2 + 2 + 1 + 1) = (143/6) / 8 = 143/48.
    EXPECT_DOUBLE_EQ(findRollUp(results.frameworks, P::Trixie)->score, 143.0 / 48.0);
    // 5 Cs: Clarity at Ad and Search, (5/2 + 4) / 2 = 13/4.
    EXPECT_DOUBLE_EQ(findRollUp(results.frameworks, P::FiveCs)->score, 13.0 / 4.0);

    // Per criterion: Trust (3 + 2 + 4)/3 = 3; Relevance (13/3 + 3/2)/2 = 35/12.
    EXPECT_DOUBLE_EQ(findRollUp(results.criteria, P::Trust)->score, 3.0);
    EXPECT_DOUBLE_EQ(findRollUp(results.criteria, P::Relevance)->score, 35.0 / 12.0);
    EXPECT_DOUBLE_EQ(findRollUp(results.criteria, P::Clarity)->score, 13.0 / 4.0);

    // The journey: (125/6 + 19/2) / (7 + 3) = (182/6) / 10 = 91/30, on 17 scores.
    ASSERT_TRUE(results.journey.has_value());
    EXPECT_DOUBLE_EQ(results.journey->score, 91.0 / 30.0);
    EXPECT_EQ(results.journey->ratings, 17);
    EXPECT_EQ(results.journey->cells, 7);
}

TEST(AnalysisStatsTest, CoverageCountsCellsAndRatingsGiven)
{
    const RoundResults results = computeRound(AnalysisProject::rated().project, P::Round);
    // Cells with a score or N/A: Ad 3, Search 2, Checkout 3 (N/A counts), Receipt 0.
    EXPECT_EQ(results.coverage.cells, 12);
    EXPECT_EQ(results.coverage.cellsRated, 8);
    // Given: Ad 3 + 3 + 3, Search 3 + 1, Checkout 3 + 2 + 3 = 21 of 3 × 12 = 36.
    EXPECT_EQ(results.coverage.ratingsGiven, 21);
    EXPECT_EQ(results.coverage.ratingsExpected, 36);
    EXPECT_DOUBLE_EQ(results.coverage.ratingShare(), 21.0 / 36.0);
    EXPECT_EQ(results.cell(P::Search, P::Relevance)->missing, 3);
    EXPECT_EQ(results.cell(P::Search, P::Clarity)->missing, 2);
    EXPECT_EQ(results.cell(P::Checkout, P::Relevance)->missing, 1);
}

TEST(AnalysisStatsTest, ACriterionAddedAfterTheRoundIsNotInItsResults)
{
    AnalysisProject p = AnalysisProject::rated();
    // Intimacy joins TRIXIE after the round was made, and somebody rated it
    // anyway; Trust's weight in the framework changes too.
    constexpr Id Intimacy = 103;
    Criterion intimacy;
    intimacy.id = Intimacy;
    intimacy.name = QStringLiteral("Intimacy");
    p.project.frameworks[0].criteria.push_back(intimacy);
    p.project.frameworks[0].criteria[0].weight = 10.0;
    p.rateAll(P::Ad, Intimacy, {1, 1, 1});

    const RoundResults results = computeRound(p.project, P::Round);
    EXPECT_FALSE(results.cell(P::Ad, Intimacy));
    EXPECT_FALSE(findRollUp(results.criteria, Intimacy));
    EXPECT_EQ(results.cells.size(), 12u);
    EXPECT_EQ(results.coverage.ratingsGiven, 21);
    // Still the round's weight of 2 for Trust: Ad stays 77/24.
    EXPECT_DOUBLE_EQ(findRollUp(results.touchpoints, P::Ad)->score, 77.0 / 24.0);
    EXPECT_DOUBLE_EQ(results.journey->score, 91.0 / 30.0);
}

TEST(AnalysisStatsTest, RatingsOfOtherRatersRoundsAndJourneysAreLeftOut)
{
    AnalysisProject p;
    p.rateAll(P::Ad, P::Trust, {4});
    p.rate(999, P::Ad, P::Trust, 1);          // not a rater of the round
    p.rate(P::Rita, 998, P::Trust, 1);        // not a touchpoint of its journey
    p.rate(P::Rita, P::Ad, P::Trust, 1, 777); // another round
    const RoundResults results = computeRound(p.project, P::Round);
    EXPECT_EQ(results.cell(P::Ad, P::Trust)->n, 1);
    EXPECT_DOUBLE_EQ(results.cell(P::Ad, P::Trust)->mean, 4.0);
    EXPECT_FALSE(results.cell(998, P::Trust));
    EXPECT_EQ(results.coverage.ratingsGiven, 1);
}

TEST(AnalysisStatsTest, AnUnknownRoundGivesEmptyResults)
{
    const RoundResults results = computeRound(AnalysisProject::rated().project, 4242);
    EXPECT_EQ(results.roundId, 4242);
    EXPECT_TRUE(results.cells.empty());
    EXPECT_FALSE(results.journey.has_value());
}

} // namespace
} // namespace js::analysis
