// Weak spots: which cells fall short of their target, their priority
// (importance × weight × gap), flags, reasons, and the order of ties.
#include "core/analysis/WeakSpots.h"

#include "AnalysisProject.h"

#include <QLocale>

#include <gtest/gtest.h>

namespace js::analysis {
namespace {

using test::AnalysisProject;
using P = test::AnalysisProject;

// Numbers in the reasons as in English, whatever the machine's locale.
class AnalysisWeakSpotsTest : public ::testing::Test {
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void TearDown() override { QLocale::setDefault(m_locale); }

    static std::vector<WeakSpot> spotsOf(const Project& project, WeakSpotOptions options = {})
    {
        return weakSpots(project, computeRound(project, P::Round), options);
    }

private:
    QLocale m_locale;
};

// Where each spot sits, as (touchpoint, criterion), in ranked order.
std::vector<std::pair<Id, Id>> cellsOf(const std::vector<WeakSpot>& spots)
{
    std::vector<std::pair<Id, Id>> cells;
    for (const WeakSpot& spot : spots)
        cells.emplace_back(spot.touchpoint, spot.criterion);
    return cells;
}

TEST_F(AnalysisWeakSpotsTest, RankedByPriorityWithEveryFigureByHand)
{
    // From the table of AnalysisProject::rated(), the cells below target:
    //   Checkout × Relevance: 4 − 3/2 = 2.5; 4 × 1 × 2.5 = 10
    //   Ad × Trust:           4 − 3   = 1;   5 × 2 × 1   = 10 (a tie: the larger gap first)
    //   Search × Trust:       4 − 2   = 2;   2 × 2 × 2   = 8
    //   Ad × Clarity:       3.5 − 5/2 = 1;   5 × 1 × 1   = 5
    // Ad × Relevance (13/3), Search × Clarity (4 ≥ 3.5) and Checkout × Trust
    // (4, gap 0) meet their targets; Checkout × Clarity has only N/A.
    const std::vector<WeakSpot> spots = spotsOf(AnalysisProject::rated().project);
    ASSERT_EQ(cellsOf(spots), (std::vector<std::pair<Id, Id>>{{P::Checkout, P::Relevance},
                                                              {P::Ad, P::Trust},
                                                              {P::Search, P::Trust},
                                                              {P::Ad, P::Clarity}}));
    const WeakSpot& first = spots[0];
    EXPECT_EQ(first.stage, P::Purchase);
    EXPECT_EQ(first.framework, P::Trixie);
    EXPECT_EQ(first.n, 2);
    EXPECT_DOUBLE_EQ(first.mean, 1.5);
    EXPECT_NEAR(first.sd, 0.7071068, 1e-6); // 1, 2: squares 0.25 + 0.25, over 1
    EXPECT_DOUBLE_EQ(first.target, 4.0);
    EXPECT_DOUBLE_EQ(first.gap, 2.5);
    EXPECT_EQ(first.importance, 4);
    EXPECT_DOUBLE_EQ(first.weight, 1.0);
    EXPECT_DOUBLE_EQ(first.priority, 10.0);
    EXPECT_FALSE(first.discuss);
    EXPECT_TRUE(first.fewRatings); // 2 scores of 3 raters
    EXPECT_EQ(first.reason, QStringLiteral("Relevance 1.5 against a target of 4.0, importance 4"));

    const WeakSpot& second = spots[1];
    EXPECT_DOUBLE_EQ(second.priority, 10.0);
    EXPECT_DOUBLE_EQ(second.gap, 1.0);
    EXPECT_DOUBLE_EQ(second.weight, 2.0);
    EXPECT_DOUBLE_EQ(second.sd, 2.0);
    EXPECT_TRUE(second.discuss); // 1, 3, 5
    EXPECT_FALSE(second.fewRatings);
    EXPECT_EQ(flagKeys(second), QStringList{QStringLiteral("discuss")});
    EXPECT_EQ(flagKeys(first), QStringList{QStringLiteral("few-ratings")});
    EXPECT_EQ(second.reason, QStringLiteral("Trust 3.0 against a target of 4.0, importance 5"));

    EXPECT_DOUBLE_EQ(spots[2].priority, 8.0);
    EXPECT_DOUBLE_EQ(spots[3].priority, 5.0);
    EXPECT_DOUBLE_EQ(spots[3].target, 3.5);
    EXPECT_EQ(spots[3].framework, P::FiveCs);
    EXPECT_EQ(spots[3].reason, QStringLiteral("Clarity 2.5 against a target of 3.5, importance 5"));
}

TEST_F(AnalysisWeakSpotsTest, ATargetOverrideChangesTheGap)
{
    AnalysisProject p = AnalysisProject::rated();
    // Checkout must reach 4.5 on Trust: 4.5 − 4 = 0.5; 4 × 2 × 0.5 = 4, last.
    p.project.targets.push_back(TargetOverride{900, P::Round, P::Checkout, P::Trust, 4.5});
    // Search only needs 2 on Trust: its mean of 2 meets it, no weak spot.
    p.project.targets.push_back(TargetOverride{901, P::Round, P::Search, P::Trust, 2.0});
    const std::vector<WeakSpot> spots = spotsOf(p.project);
    ASSERT_EQ(cellsOf(spots), (std::vector<std::pair<Id, Id>>{{P::Checkout, P::Relevance},
                                                              {P::Ad, P::Trust},
                                                              {P::Ad, P::Clarity},
                                                              {P::Checkout, P::Trust}}));
    EXPECT_DOUBLE_EQ(spots[3].target, 4.5);
    EXPECT_DOUBLE_EQ(spots[3].gap, 0.5);
    EXPECT_DOUBLE_EQ(spots[3].priority, 4.0);
}

TEST_F(AnalysisWeakSpotsTest, TiesGoByStageThenTouchpointThenTheRoundsCriterionOrder)
{
    AnalysisProject p;
    // Map order unlike id order: Purchase before Awareness, Search before Ad;
    // the round rates Clarity, Trust, Relevance in that order.
    Journey& journey = p.project.journeys[0];
    std::swap(journey.stages[0], journey.stages[1]);
    std::swap(journey.stages[1].touchpoints[0], journey.stages[1].touchpoints[1]);
    p.project.rounds[0].criteria = {
        {P::Clarity, 1.0, 4.0}, {P::Trust, 1.0, 4.0}, {P::Relevance, 1.0, 4.0}};
    for (Stage& stage : journey.stages) {
        for (Touchpoint& touchpoint : stage.touchpoints)
            touchpoint.importance = 3;
    }
    // A 2 everywhere but at the receipt: every gap 2, every priority 3 × 1 × 2 = 6.
    for (Id touchpoint : {P::Ad, P::Search, P::Checkout}) {
        for (Id criterion : {P::Trust, P::Relevance, P::Clarity})
            p.rate(P::Rita, touchpoint, criterion, 2);
    }
    const std::vector<WeakSpot> spots = spotsOf(p.project);
    EXPECT_EQ(cellsOf(spots), (std::vector<std::pair<Id, Id>>{{P::Checkout, P::Clarity},
                                                              {P::Checkout, P::Trust},
                                                              {P::Checkout, P::Relevance},
                                                              {P::Search, P::Clarity},
                                                              {P::Search, P::Trust},
                                                              {P::Search, P::Relevance},
                                                              {P::Ad, P::Clarity},
                                                              {P::Ad, P::Trust},
                                                              {P::Ad, P::Relevance}}));
}

TEST_F(AnalysisWeakSpotsTest, PrioritiesEqualToAPersonTie)
{
    AnalysisProject p;
    p.project.rounds[0].criteria = {{P::Trust, 0.3, 4.0}, {P::Relevance, 0.1, 4.0}};
    p.project.journeys[0].stages[0].touchpoints[0].importance = 1; // Ad
    p.project.journeys[0].stages[1].touchpoints[0].importance = 3; // Checkout
    p.rate(P::Rita, P::Ad, P::Trust, 2);
    p.rate(P::Rita, P::Checkout, P::Relevance, 2);
    // 1 × 0.3 × 2 = 0.6 and 3 × 0.1 × 2 = 0.6000000000000001 in doubles: the
    // same to a person, so the earlier stage comes first.
    const std::vector<WeakSpot> spots = spotsOf(p.project);
    EXPECT_EQ(cellsOf(spots),
              (std::vector<std::pair<Id, Id>>{{P::Ad, P::Trust}, {P::Checkout, P::Relevance}}));
}

TEST_F(AnalysisWeakSpotsTest, FewRatingsNeverFlagsAManagerRatingAlone)
{
    AnalysisProject p;
    p.project.rounds[0].raters.resize(1); // Rita alone
    p.rate(P::Rita, P::Ad, P::Trust, 2);
    const std::vector<WeakSpot> alone = spotsOf(p.project);
    ASSERT_EQ(alone.size(), 1u);
    EXPECT_FALSE(alone[0].fewRatings); // 1 score, and min(3, 1 rater) = 1
    EXPECT_TRUE(flagKeys(alone[0]).isEmpty());

    // With three raters, one score is few; with a threshold of 1 it is not.
    AnalysisProject workshop;
    workshop.rate(P::Rita, P::Ad, P::Trust, 2);
    EXPECT_TRUE(spotsOf(workshop.project)[0].fewRatings);
    EXPECT_FALSE(spotsOf(workshop.project, WeakSpotOptions{1})[0].fewRatings);
    // In the rated project a threshold of 2 flags nothing (the fewest scores are 2).
    for (const WeakSpot& spot : spotsOf(AnalysisProject::rated().project, WeakSpotOptions{2}))
        EXPECT_FALSE(spot.fewRatings);
}

TEST_F(AnalysisWeakSpotsTest, NothingRatedOrAllNotApplicableGivesNone)
{
    AnalysisProject p;
    EXPECT_TRUE(spotsOf(p.project).empty());
    p.rateAll(P::Ad, P::Trust, {Rating::NotApplicable, Rating::NotApplicable});
    EXPECT_TRUE(spotsOf(p.project).empty());
    EXPECT_TRUE(weakSpots(p.project, computeRound(p.project, 4242)).empty());
}

TEST_F(AnalysisWeakSpotsTest, ACriterionAddedToTheFrameworkLaterIsNoWeakSpot)
{
    AnalysisProject p = AnalysisProject::rated();
    Criterion intimacy;
    intimacy.id = 103;
    intimacy.name = QStringLiteral("Intimacy");
    p.project.frameworks[0].criteria.push_back(intimacy);
    p.rateAll(P::Ad, 103, {1, 1, 1});
    // The framework's own target for Clarity (3.0) is not the round's (3.5).
    p.project.frameworks[1].criteria[0].target = 3.0;
    const std::vector<WeakSpot> spots = spotsOf(p.project);
    ASSERT_EQ(spots.size(), 4u);
    for (const WeakSpot& spot : spots)
        EXPECT_NE(spot.criterion, 103);
    EXPECT_DOUBLE_EQ(spots[3].target, 3.5);
}

TEST_F(AnalysisWeakSpotsTest, FlagsHaveTranslatedNames)
{
    WeakSpot spot;
    spot.discuss = true;
    spot.fewRatings = true;
    EXPECT_EQ(flagKeys(spot),
              (QStringList{QStringLiteral("discuss"), QStringLiteral("few-ratings")}));
    EXPECT_EQ(flagNames(spot),
              (QStringList{QStringLiteral("discuss"), QStringLiteral("few ratings")}));
}

} // namespace
} // namespace js::analysis
