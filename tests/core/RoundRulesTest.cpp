// The rules of a round: one journey, criteria of its own that later edits of
// the frameworks do not touch, a lock, and target overrides per touchpoint.
#include "CommandTestBase.h"
#include "core/content/JourneyTemplates.h"
#include "core/model/ProjectValidation.h"

namespace js::test {
namespace {

class RoundRulesTest : public CommandTest {
protected:
    const Round& round() const { return *findRound(project(), s.round); }
    // TRIXIE's Reliability: switched off for new rounds.
    Id reliability() const
    {
        for (const Criterion& c : findFramework(project(), s.framework)->criteria) {
            if (!c.enabled)
                return c.id;
        }
        return NoId;
    }
};

TEST_F(RoundRulesTest, ANewRoundRatesTheCriteriaSwitchedOnWithTheirWeightsOfNow)
{
    Id fresh = NoId;
    expectUndoRedo([&] {
        fresh = document.addRound(makeRound(QStringLiteral("Pilot"), s.journey));
        return fresh != NoId;
    });
    const Round* pilot = findRound(project(), fresh);
    EXPECT_EQ(pilot->criteria, defaultRoundCriteria(project().frameworks));
    EXPECT_EQ(pilot->criteria.size(), 10u) << "TRIXIE's Reliability and Interaction are off";
    EXPECT_FALSE(findRoundCriterion(*pilot, reliability()));
    // Criteria that do not exist or come twice are left out.
    Round odd = makeRound(QStringLiteral("Odd"), s.journey, {},
                          {{s.criterion, 2.0, 3.0}, {s.criterion, 1.0, 4.0}, {Id(999999), 1, 4}});
    const Id oddId = document.addRound(odd);
    EXPECT_EQ(findRound(project(), oddId)->criteria,
              (std::vector<RoundCriterion>{{s.criterion, 2.0, 3.0}}));
    // Without a journey there is no round.
    expectRefused([&] { return document.addRound(makeRound(QStringLiteral("No"), NoId)) != NoId; });
}

TEST_F(RoundRulesTest, EditingTheFrameworkLaterLeavesThePastRoundAsItWas)
{
    const Round before = round();
    ASSERT_TRUE(document.set(s.criterion, &Criterion::weight, 7.0));
    ASSERT_TRUE(document.set(s.criterion, &Criterion::target, 2.0));
    ASSERT_TRUE(document.set(s.criterion, &Criterion::enabled, false));
    Criterion added;
    added.name = QStringLiteral("Speed");
    const Id speed = document.addCriterion(s.framework, -1, added);
    EXPECT_EQ(round(), before);
    EXPECT_FALSE(findRoundCriterion(round(), speed));
    // The past round cannot take ratings on the new criterion.
    expectRefused([&] {
        return document.setRatingScore({s.round, s.rater, s.touchpoint, speed}, 4);
    });
    // A new round takes the new state.
    const Id next = document.addRound(makeRound(QStringLiteral("Next"), s.journey));
    EXPECT_TRUE(findRoundCriterion(*findRound(project(), next), speed));
    EXPECT_FALSE(findRoundCriterion(*findRound(project(), next), s.criterion));
}

TEST_F(RoundRulesTest, ARoundCanTakeOrDropCriteriaButKeepsThoseItRated)
{
    std::vector<RoundCriterion> criteria = round().criteria;
    // Dropping a rated criterion would orphan its ratings.
    std::vector<RoundCriterion> fewer(criteria.begin() + 1, criteria.end());
    expectRefused([&] { return document.set(s.round, &Round::criteria, fewer); });
    // An unrated one goes; a new one comes.
    const Id fresh = document.addRound(makeRound(QStringLiteral("Pilot"), s.journey));
    std::vector<RoundCriterion> pilot = findRound(project(), fresh)->criteria;
    pilot.pop_back();
    expectUndoRedo([&] { return document.set(fresh, &Round::criteria, pilot); });
    pilot.push_back({reliability(), 1.0, 4.0});
    expectUndoRedo([&] { return document.set(fresh, &Round::criteria, pilot); });
    pilot.push_back({reliability(), 1.0, 4.0});
    expectRefused([&] { return document.set(fresh, &Round::criteria, pilot); });
}

TEST_F(RoundRulesTest, RemovingACriterionTakesItOutOfEveryRoundAndUndoPutsItBack)
{
    ASSERT_TRUE(findRoundCriterion(round(), s.criterion));
    ASSERT_TRUE(document.setTargetOverride(s.round, s.touchpoint, s.criterion, 4.5));
    // A locked round that rated it keeps it, and so does its framework.
    ASSERT_TRUE(document.set(s.round, &Round::locked, true));
    EXPECT_EQ(lockedRoundRating(project(), {s.criterion}), &round());
    expectRefused([&] { return document.removeCriterion(s.criterion); });
    expectRefused([&] { return document.removeFramework(s.framework); });
    // A locked round that rates it without scores on it lets it go.
    const Id pilot = document.addRound(makeRound(QStringLiteral("Pilot"), s.journey));
    ASSERT_TRUE(document.set(pilot, &Round::locked, true));
    ASSERT_TRUE(document.set(s.round, &Round::locked, false));
    expectUndoRedo([&] { return document.removeCriterion(s.criterion); });
    EXPECT_FALSE(findRoundCriterion(round(), s.criterion));
    EXPECT_FALSE(findRoundCriterion(*findRound(project(), pilot), s.criterion)) << "locked or not";
    EXPECT_TRUE(project().targets.empty());
    EXPECT_EQ(validateProject(project()), QString());
    document.undoStack()->undo();
    EXPECT_TRUE(findRoundCriterion(round(), s.criterion));
    EXPECT_EQ(project().targets.size(), 1u);
}

TEST_F(RoundRulesTest, ALockedRoundRefusesEveryChangeButUnlocking)
{
    const RatingKey key{s.round, s.rater, s.touchpoint, s.criterion};
    expectUndoRedo([&] { return document.set(s.round, &Round::locked, true); });
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Lock round “Baseline”"));
    EXPECT_TRUE(document.isLocked(s.round));
    expectRefused([&] { return document.setRatingScore(key, 5); });
    expectRefused([&] { return document.setRatingNote(key, QStringLiteral("Later")); });
    expectRefused([&] { return document.clearRating(key); });
    expectRefused([&] { return document.addRater(s.round, 0, Rater{}) != NoId; });
    expectRefused([&] { return document.removeRater(s.rater); });
    expectRefused([&] { return document.set(s.rater, &Rater::name, QStringLiteral("Rosa")); });
    expectRefused([&] { return document.set(s.round, &Round::name, QStringLiteral("Renamed")); });
    expectUndoRedo([&] { return document.set(s.round, &Round::locked, false); });
    expectUndoRedo([&] { return document.setRatingScore(key, 5); });
}

TEST_F(RoundRulesTest, ATargetOverrideIsItsOwnEntityWithTheCriterionsTargetAsDefault)
{
    const RoundCriterion& rated = *findRoundCriterion(round(), s.criterion);
    EXPECT_EQ(targetFor(project(), s.round, rated, s.touchpoint), rated.target);
    expectUndoRedo(
        [&] { return document.setTargetOverride(s.round, s.touchpoint, s.criterion, 4.5); });
    ASSERT_EQ(project().targets.size(), 1u);
    const TargetOverride target = project().targets.front();
    EXPECT_NE(target.id, NoId);
    EXPECT_EQ(ownerOf(project(), EntityKind::Target, target.id), s.touchpoint);
    EXPECT_EQ(targetFor(project(), s.round, rated, s.touchpoint), 4.5);
    EXPECT_EQ(targetFor(project(), s.round, rated, s.secondTouchpoint), rated.target)
        << "only there";
    // Changing it keeps its id; the same value changes nothing; out of range is refused.
    expectUndoRedo(
        [&] { return document.setTargetOverride(s.round, s.touchpoint, s.criterion, 3.5); });
    EXPECT_EQ(project().targets.front().id, target.id);
    expectRefused(
        [&] { return document.setTargetOverride(s.round, s.touchpoint, s.criterion, 3.5); });
    expectRefused(
        [&] { return document.setTargetOverride(s.round, s.touchpoint, s.criterion, 5.5); });
    // It is this round's: another round of the journey keeps the criterion's.
    const Id pilot = document.addRound(
        makeRound(QStringLiteral("Pilot"), s.journey, {}, allCriteria(project())));
    EXPECT_EQ(targetFor(project(), pilot, rated, s.touchpoint), rated.target);
    // A locked round keeps the targets it was judged against.
    ASSERT_TRUE(document.set(s.round, &Round::locked, true));
    expectRefused(
        [&] { return document.setTargetOverride(s.round, s.touchpoint, s.criterion, 2.0); });
    ASSERT_TRUE(document.set(s.round, &Round::locked, false));
    // Removing it brings the criterion's target back.
    expectUndoRedo([&] {
        return document.setTargetOverride(s.round, s.touchpoint, s.criterion, std::nullopt);
    });
    EXPECT_TRUE(project().targets.empty());
    // A removed round, or touchpoint, takes its overrides along.
    ASSERT_TRUE(document.setTargetOverride(pilot, s.touchpoint, s.criterion, 3.0));
    expectUndoRedo([&] { return document.removeRound(pilot); });
    EXPECT_TRUE(project().targets.empty());
    ASSERT_TRUE(document.setTargetOverride(s.round, s.touchpoint, s.criterion, 4.5));
    expectUndoRedo([&] { return document.removeTouchpoint(s.touchpoint); });
    EXPECT_TRUE(project().targets.empty());
}

} // namespace
} // namespace js::test
