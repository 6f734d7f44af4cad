// The figures of the Insights dashboard: a round narrowed down by raters,
// stages and frameworks, and what the charts read from it.
#include "core/analysis/Insights.h"

#include "AnalysisProject.h"

#include <gtest/gtest.h>

namespace js::analysis {
namespace {

using P = test::AnalysisProject;

constexpr Id Later = 400;
constexpr Id Ina = 401;

// The rated project (see AnalysisProject::rated) and a later round rated by
// Ina: Ad Trust 5, Checkout Trust 2.
test::AnalysisProject withLaterRound()
{
    test::AnalysisProject p = test::AnalysisProject::rated();
    Round later = p.project.rounds.front();
    later.id = Later;
    later.name = QStringLiteral("Later");
    later.date = QDate(2026, 9, 1);
    later.raters = {{Ina, QStringLiteral("Ina"), {}}};
    p.project.rounds.push_back(later);
    p.rate(Ina, P::Ad, P::Trust, 5, Later);
    p.rate(Ina, P::Checkout, P::Trust, 2, Later);
    return p;
}

TEST(AnalysisFilterTest, NoFilterGivesTheFullRound)
{
    const Project project = test::AnalysisProject::rated().project;
    EXPECT_EQ(computeRound(project, P::Round, RoundFilter{}), computeRound(project, P::Round));
    EXPECT_TRUE(RoundFilter{}.isEmpty());
}

TEST(AnalysisFilterTest, OneRaterCountsOnlyHerScores)
{
    const Project project = test::AnalysisProject::rated().project;
    RoundFilter filter;
    filter.raters = std::set<Id>{P::Rita};
    const RoundResults results = computeRound(project, P::Round, filter);
    EXPECT_EQ(results.raterCount, 1);
    EXPECT_DOUBLE_EQ(results.cell(P::Ad, P::Trust)->mean, 1.0);
    EXPECT_EQ(results.cell(P::Ad, P::Trust)->n, 1);
    EXPECT_EQ(results.cell(P::Ad, P::Trust)->missing, 0);
    EXPECT_DOUBLE_EQ(results.cell(P::Checkout, P::Relevance)->mean, 1.0);
    // Four touchpoints × three criteria, one rater.
    EXPECT_EQ(results.coverage.ratingsExpected, 12);
    EXPECT_EQ(results.coverage.ratingsGiven, 8); // seven scores and one N/A
}

TEST(AnalysisFilterTest, AStageFilterLeavesOutTheOtherStagesEverywhere)
{
    const Project project = test::AnalysisProject::rated().project;
    RoundFilter filter;
    filter.stages = std::set<Id>{P::Purchase};
    const RoundResults results = computeRound(project, P::Round, filter);
    EXPECT_EQ(results.cell(P::Ad, P::Trust), nullptr);
    ASSERT_NE(results.cell(P::Checkout, P::Trust), nullptr);
    EXPECT_EQ(results.cells.size(), 6u); // Checkout and Receipt × 3
    EXPECT_EQ(results.stages.count(P::Awareness), 0u);
    // Checkout: Trust 4 (weight 2) and Relevance 1.5 (weight 1).
    ASSERT_TRUE(results.journey);
    EXPECT_NEAR(results.journey->score, (2 * 4.0 + 1.5) / 3.0, 1e-12);
    EXPECT_NEAR(results.criteria.at(P::Trust).score, 4.0, 1e-12);
}

TEST(AnalysisFilterTest, AFrameworkFilterKeepsOnlyItsCriteria)
{
    const Project project = test::AnalysisProject::rated().project;
    RoundFilter filter;
    filter.frameworks = std::set<Id>{P::FiveCs};
    const RoundResults results = computeRound(project, P::Round, filter);
    EXPECT_EQ(results.cell(P::Ad, P::Trust), nullptr);
    EXPECT_NEAR(results.touchpoints.at(P::Ad).score, 2.5, 1e-12);
    EXPECT_NEAR(results.touchpoints.at(P::Search).score, 4.0, 1e-12);
    EXPECT_EQ(results.touchpoints.count(P::Checkout), 0u); // only N/A on Clarity
    EXPECT_EQ(results.frameworks.count(P::Trixie), 0u);
}

TEST(AnalysisFilterTest, AnEmptySetLetsNothingThrough)
{
    const Project project = test::AnalysisProject::rated().project;
    RoundFilter filter;
    filter.raters = std::set<Id>{};
    const RoundResults results = computeRound(project, P::Round, filter);
    EXPECT_EQ(results.raterCount, 0);
    EXPECT_FALSE(results.journey);
    EXPECT_EQ(results.coverage.ratingsGiven, 0);
}

TEST(AnalysisInsightsTest, RowsAndColumnsFollowTheMapAndTheRound)
{
    const Project project = test::AnalysisProject::rated().project;
    const Insights insights = computeInsights(project, {P::Round, NoId, {}});
    ASSERT_EQ(insights.stages.size(), 2u);
    EXPECT_EQ(insights.stages[1].name, QStringLiteral("Purchase"));
    EXPECT_EQ(insights.stages[1].touchpoints, (std::vector<size_t>{2, 3}));
    ASSERT_EQ(insights.touchpoints.size(), 4u);
    EXPECT_EQ(insights.touchpoints[2].name, QStringLiteral("Checkout"));
    EXPECT_EQ(insights.touchpoints[2].stage, P::Purchase);
    ASSERT_EQ(insights.criteria.size(), 3u);
    EXPECT_EQ(insights.criteria[2].name, QStringLiteral("Clarity"));
    EXPECT_EQ(insights.criteria[2].frameworkName, QStringLiteral("5 Cs"));
    EXPECT_DOUBLE_EQ(insights.criteria[2].target, 3.5); // the round's, not the framework's
    EXPECT_EQ(insights.roundName, QStringLiteral("Baseline"));
    EXPECT_EQ(insights.journeyName, QStringLiteral("Online shop"));
    EXPECT_TRUE(insights.hasScores());
    EXPECT_FALSE(insights.hasComparison());
    EXPECT_EQ(insights.weakSpots, weakSpots(project, insights.results));
}

TEST(AnalysisInsightsTest, ATouchpointsOwnTargetHoldsForItsCells)
{
    Project project = test::AnalysisProject::rated().project;
    project.targets.push_back({900, P::Round, P::Ad, P::Trust, 2.5});
    const Insights insights = computeInsights(project, {P::Round, NoId, {}});
    EXPECT_DOUBLE_EQ(insights.targetOf(P::Ad, P::Trust), 2.5);
    EXPECT_DOUBLE_EQ(insights.targetOf(P::Search, P::Trust), 4.0);
}

TEST(AnalysisInsightsTest, AStageHasAMeanPerCriterion)
{
    const Project project = test::AnalysisProject::rated().project;
    const Insights insights = computeInsights(project, {P::Round, NoId, {}});
    // Awareness on Trust: Ad 3 and Search 2.
    const StageCriterion& trust = insights.stageCriteria.at({P::Awareness, P::Trust});
    EXPECT_DOUBLE_EQ(trust.mean, 2.5);
    EXPECT_DOUBLE_EQ(trust.target, 4.0);
    EXPECT_EQ(trust.cells, 2);
    // Purchase on Clarity: only N/A.
    EXPECT_EQ(insights.stageCriteria.count({P::Purchase, P::Clarity}), 0u);
}

TEST(AnalysisInsightsTest, TheComparisonRoundCountsAllOfItsRaters)
{
    const Project project = withLaterRound().project;
    InsightsRequest request{Later, P::Round, {}};
    request.filter.raters = std::set<Id>{Ina};
    const Insights insights = computeInsights(project, request);
    ASSERT_TRUE(insights.compare);
    EXPECT_EQ(insights.compareName, QStringLiteral("Baseline"));
    // The baseline keeps Rita, Omar and Lea although the filter names Ina.
    EXPECT_DOUBLE_EQ(insights.compare->cell(P::Ad, P::Trust)->mean, 3.0);
    // Like for like: the cells Ina rated, Ad and Checkout on Trust.
    ASSERT_TRUE(insights.deltas);
    EXPECT_EQ(insights.matchedCells, 2);
    EXPECT_DOUBLE_EQ(insights.deltas->criteria.at(P::Trust).before, (3.0 + 4.0) / 2.0);
    EXPECT_DOUBLE_EQ(insights.deltas->criteria.at(P::Trust).after, 3.5);
    EXPECT_DOUBLE_EQ(insights.deltas->touchpoints.at(P::Checkout).change, 2.0 - 4.0);
    EXPECT_EQ(insights.deltas->criteria.count(P::Relevance), 0u);
    EXPECT_EQ(insights.beforeName, QStringLiteral("Baseline"));
    EXPECT_EQ(insights.afterName, QStringLiteral("Later"));
    EXPECT_DOUBLE_EQ(insights.compareStageCriteria.at({P::Purchase, P::Trust}).mean, 4.0);
}

TEST(AnalysisInsightsTest, BeforeIsTheEarlierRoundWhicheverIsShown)
{
    const Project project = withLaterRound().project;
    const Insights insights = computeInsights(project, {P::Round, Later, {}});
    EXPECT_FALSE(insights.compareIsEarlier);
    EXPECT_EQ(insights.beforeName, QStringLiteral("Baseline"));
    EXPECT_EQ(insights.afterName, QStringLiteral("Later"));
    // Checkout on Trust went from 4 in the baseline to 2.
    EXPECT_DOUBLE_EQ(insights.deltas->touchpoints.at(P::Checkout).change, -2.0);
}

TEST(AnalysisInsightsTest, TheFilterIsSaidInWords)
{
    const Project project = withLaterRound().project;
    InsightsRequest request{P::Round, NoId, {}};
    EXPECT_TRUE(computeInsights(project, request).filterSummary.isEmpty());
    request.filter.raters = std::set<Id>{P::Rita};
    request.filter.stages = std::set<Id>{P::Awareness, P::Purchase};
    EXPECT_EQ(computeInsights(project, request).filterSummary,
              QStringLiteral("Raters: Rita · Stages: Awareness, Purchase"));
}

TEST(AnalysisInsightsTest, ARoundIsNotComparedWithItself)
{
    const Project project = test::AnalysisProject::rated().project;
    const Insights insights = computeInsights(project, {P::Round, P::Round, {}});
    EXPECT_FALSE(insights.compare);
    EXPECT_FALSE(insights.deltas);
}

TEST(AnalysisInsightsTest, AnUnknownRoundGivesNothingToShow)
{
    const Project project = test::AnalysisProject::rated().project;
    const Insights insights = computeInsights(project, {12345, NoId, {}});
    EXPECT_FALSE(insights.hasScores());
    EXPECT_TRUE(insights.stages.empty());
    EXPECT_TRUE(insights.weakSpots.empty());
}

TEST(AnalysisInsightsTest, ThePreviousRoundIsTheLatestEarlierOneOfTheJourney)
{
    test::AnalysisProject p = withLaterRound();
    EXPECT_EQ(previousRound(p.project, Later), P::Round);
    EXPECT_EQ(previousRound(p.project, P::Round), NoId);
    // A round of another journey does not count; one on the same day earlier
    // in the list does.
    Round other = p.project.rounds.front();
    other.id = 500;
    other.journeyId = 2;
    other.date = QDate(2026, 8, 1);
    p.project.rounds.push_back(other);
    EXPECT_EQ(previousRound(p.project, Later), P::Round);
    Round sameDay = p.project.rounds.front();
    sameDay.id = 600;
    sameDay.date = QDate(2026, 9, 1);
    p.project.rounds.insert(p.project.rounds.begin(), sameDay);
    EXPECT_EQ(previousRound(p.project, Later), 600);
    EXPECT_EQ(previousRound(p.project, 12345), NoId);
}

} // namespace
} // namespace js::analysis

namespace js::analysis {
namespace {

TEST(AnalysisInsightsTest, HeldResultsAreUsedOnlyWhereNoFilterApplies)
{
    const Project project = withLaterRound().project;
    const RoundResults baseline = computeRound(project, P::Round);
    int asked = 0;
    const RoundSource held = [&](Id round) {
        ++asked;
        return round == P::Round ? &baseline : nullptr;
    };
    const Insights plain = computeInsights(project, {Later, P::Round, {}});
    EXPECT_EQ(computeInsights(project, {Later, P::Round, {}}, held), plain);
    EXPECT_EQ(asked, 2); // the round shown, then the baseline
    // With a rater filter the round shown is computed, the baseline still held.
    InsightsRequest filtered{Later, P::Round, {}};
    filtered.filter.raters = std::set<Id>{Ina};
    asked = 0;
    EXPECT_EQ(computeInsights(project, filtered, held), computeInsights(project, filtered));
    EXPECT_EQ(asked, 1);
}

} // namespace
} // namespace js::analysis
