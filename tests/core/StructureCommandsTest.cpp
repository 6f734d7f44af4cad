// Adding, removing and moving: every list in the model, with what goes along.
#include "CommandTestBase.h"
#include "core/content/BuiltInFrameworks.h"
#include "core/content/JourneyTemplates.h"

namespace js::test {
namespace {

using StructureCommandsTest = CommandTest;

int ratingsOf(const Project& project, Id touchpoint)
{
    int n = 0;
    for (const auto& [key, rating] : project.ratings)
        n += key.touchpoint == touchpoint ? 1 : 0;
    return n;
}

TEST_F(StructureCommandsTest, AddsAndRemovesPersonas)
{
    Id added = NoId;
    expectUndoRedo([&] {
        added = document.addPersona(Persona{NoId, QStringLiteral("Bo"), {}, {}, {}, {}, {}, {}}, 0);
        return added != NoId;
    });
    EXPECT_EQ(project().personas.front().id, added);
    expectUndoRedo([&] { return document.movePersona(added, 1); });
    expectUndoRedo([&] { return document.removePersona(s.persona); });
    EXPECT_EQ(findJourney(project(), s.journey)->personaId, NoId) << "journeys lose the link";
}

TEST_F(StructureCommandsTest, AddsJourneyFromEveryTemplateWithFreshIds)
{
    for (JourneyTemplate kind : journeyTemplates()) {
        Id added = NoId;
        expectUndoRedo([&] {
            added = document.addJourney(journeyFromTemplate(kind));
            return added != NoId;
        });
        const Journey* journey = findJourney(project(), added);
        ASSERT_TRUE(journey);
        EXPECT_FALSE(journey->stages.empty());
        EXPECT_FALSE(journey->lanes.empty());
        for (const Stage& stage : journey->stages)
            EXPECT_GT(stage.id, s.action);
    }
}

TEST_F(StructureCommandsTest, MovesJourneys)
{
    const Id second = document.addJourney(journeyFromTemplate(JourneyTemplate::PurchasePhases));
    expectUndoRedo([&] { return document.moveJourney(second, 0); });
    EXPECT_EQ(project().journeys.front().id, second);
    expectRefused([&] { return document.moveJourney(second, 0); });
    expectRefused([&] { return document.moveJourney(Id(999999), 1); });
}

TEST_F(StructureCommandsTest, RemovingAJourneyTakesItsRatingsAndUndoBringsThemBack)
{
    const Project before = project();
    expectUndoRedo([&] { return document.removeJourney(s.journey); });
    EXPECT_TRUE(project().ratings.empty());
    EXPECT_TRUE(project().metrics.empty());
    EXPECT_EQ(findAction(project(), s.action)->touchpointId, NoId);
    EXPECT_EQ(findRound(project(), s.round), nullptr) << "its rounds go with it";
    document.undoStack()->undo();
    EXPECT_TRUE(project() == before);
}

TEST_F(StructureCommandsTest, AddsRenamesMovesStages)
{
    Id added = NoId;
    expectUndoRedo([&] {
        added =
            document.addStage(s.journey, 1, Stage{NoId, QStringLiteral("Research"), {}, {}, {}});
        return added != NoId;
    });
    EXPECT_EQ(findJourney(project(), s.journey)->stages[1].id, added);
    expectUndoRedo([&] { return document.moveStage(added, 4); });
    EXPECT_EQ(findJourney(project(), s.journey)->stages[4].id, added);
    expectRefused([&] { return document.moveStage(added, 4); });
    expectRefused([&] { return document.addStage(Id(999), 0, Stage{}); });
}

TEST_F(StructureCommandsTest, RemovingAStageTakesTouchpointsRatingsMetricsAndUndoRestoresSameIds)
{
    ASSERT_GT(ratingsOf(project(), s.touchpoint), 0);
    const Project before = project();
    expectUndoRedo([&] { return document.removeStage(s.stage); });
    EXPECT_FALSE(findTouchpoint(project(), s.touchpoint));
    EXPECT_FALSE(findCard(project(), s.card));
    EXPECT_EQ(ratingsOf(project(), s.touchpoint), 0);
    EXPECT_EQ(ratingsOf(project(), s.secondTouchpoint), 0);
    EXPECT_GT(ratingsOf(project(), s.otherTouchpoint), 0);
    EXPECT_FALSE(findMetric(project(), s.metric));
    EXPECT_EQ(findAction(project(), s.action)->touchpointId, NoId);
    document.undoStack()->undo();
    EXPECT_TRUE(project() == before);
    EXPECT_EQ(findTouchpoint(project(), s.touchpoint)->name, QStringLiteral("Instagram ad"));
    EXPECT_EQ(findAction(project(), s.action)->touchpointId, s.touchpoint);
}

TEST_F(StructureCommandsTest, LanesAddMoveRemoveWithTheirCards)
{
    Id lane = NoId;
    expectUndoRedo([&] {
        lane =
            document.addLane(s.journey, 0, Lane{NoId, QStringLiteral("Feelings"), LaneKind::Text});
        return lane != NoId;
    });
    expectUndoRedo([&] { return document.moveLane(lane, 3); });
    expectUndoRedo([&] { return document.removeLane(s.textLane); });
    for (const Stage& stage : findJourney(project(), s.journey)->stages) {
        for (const LaneCard& card : stage.cards)
            EXPECT_NE(card.laneId, s.textLane);
    }
}

TEST_F(StructureCommandsTest, CardsAddMoveBetweenStagesAndLanesRemove)
{
    const Journey* journey = findJourney(project(), s.journey);
    const Id thoughts = journey->lanes[2].id;
    const Id touchpointLane = journey->lanes[1].id;
    Id card = NoId;
    expectUndoRedo([&] {
        card = document.addCard(s.stage, s.textLane, 0, QStringLiteral("First"));
        return card != NoId;
    });
    EXPECT_EQ(findStage(project(), s.stage)->cards.front().id, card);
    expectUndoRedo([&] { return document.moveCard(card, s.otherStage, thoughts, 0); });
    EXPECT_EQ(findCard(project(), card)->laneId, thoughts);
    expectUndoRedo([&] { return document.moveCard(s.card, s.stage, s.textLane, 5); });
    const std::vector<LaneCard>& cards = findStage(project(), s.stage)->cards;
    EXPECT_EQ(cards.back().id, s.card);
    expectRefused(
        [&] { return document.addCard(s.stage, touchpointLane, 0, QStringLiteral("x")); });
    expectRefused([&] { return document.moveCard(card, s.stage, touchpointLane, 0); });
    expectUndoRedo([&] { return document.removeCard(card); });
}

TEST_F(StructureCommandsTest, TouchpointsAddMoveWithinAndAcrossStagesRemove)
{
    Id added = NoId;
    expectUndoRedo([&] {
        added = document.addTouchpoint(
            s.stage, 0,
            Touchpoint{NoId, QStringLiteral("Podcast"), Channel::Advertising, {}, {}, 9, -7});
        return added != NoId;
    });
    const Touchpoint* t = findTouchpoint(project(), added);
    EXPECT_EQ(t->importance, 5) << "clamped into range";
    EXPECT_EQ(t->emotion, -3);
    expectUndoRedo([&] { return document.moveTouchpoint(added, s.stage, 2); });
    EXPECT_EQ(findStage(project(), s.stage)->touchpoints[2].id, added);
    const int ratingsBefore = ratingsOf(project(), s.touchpoint);
    expectUndoRedo([&] { return document.moveTouchpoint(s.touchpoint, s.otherStage, 0); });
    EXPECT_EQ(findStage(project(), s.otherStage)->touchpoints[0].id, s.touchpoint);
    EXPECT_EQ(ratingsOf(project(), s.touchpoint), ratingsBefore) << "ratings move with it";
    expectUndoRedo([&] { return document.removeTouchpoint(s.secondTouchpoint); });
    EXPECT_EQ(ratingsOf(project(), s.secondTouchpoint), 0);
}

TEST_F(StructureCommandsTest, TouchpointsDoNotMoveToAnotherJourney)
{
    const Id other = document.addJourney(journeyFromTemplate(JourneyTemplate::PurchasePhases));
    const Id foreignStage = findJourney(project(), other)->stages[0].id;
    expectRefused([&] { return document.moveTouchpoint(s.touchpoint, foreignStage, 0); });
}

TEST_F(StructureCommandsTest, FrameworksAndCriteria)
{
    Framework own;
    own.name = QStringLiteral("Our values");
    own.criteria.push_back(Criterion{NoId, {}, QStringLiteral("Warmth"), {}, {}, 2.0, 4.0, true});
    Id added = NoId;
    expectUndoRedo([&] {
        added = document.addFramework(own);
        return added != NoId;
    });
    expectUndoRedo([&] { return document.moveFramework(added, 0); });
    Id criterion = NoId;
    expectUndoRedo([&] {
        criterion = document.addCriterion(
            added, 0, Criterion{NoId, {}, QStringLiteral("Speed"), {}, {}, 1.0, 4.0, true});
        return criterion != NoId;
    });
    expectUndoRedo([&] { return document.moveCriterion(criterion, 1); });
    expectUndoRedo([&] { return document.removeCriterion(s.criterion); });
    EXPECT_EQ(findAction(project(), s.action)->criterionId, NoId);
    for (const auto& [key, rating] : project().ratings)
        EXPECT_NE(key.criterion, s.criterion);
    const size_t before = project().ratings.size();
    expectUndoRedo([&] { return document.removeFramework(s.framework); });
    EXPECT_LT(project().ratings.size(), before);
}

TEST_F(StructureCommandsTest, RoundsAndRaters)
{
    Id round = NoId;
    expectUndoRedo([&] {
        Round followUp = makeRound(QStringLiteral("Follow-up"), s.journey, QDate(2026, 9, 1));
        followUp.raters = {Rater{NoId, QStringLiteral("Ann"), {}}};
        round = document.addRound(followUp);
        return round != NoId;
    });
    EXPECT_NE(findRound(project(), round)->raters[0].id, NoId);
    Id rater = NoId;
    expectUndoRedo([&] {
        rater = document.addRater(round, 0, Rater{NoId, QStringLiteral("Ben"), {}});
        return rater != NoId;
    });
    expectUndoRedo([&] { return document.removeRater(s.otherRater); });
    for (const auto& [key, rating] : project().ratings)
        EXPECT_NE(key.rater, s.otherRater);
    expectUndoRedo([&] { return document.removeRound(s.round); });
    EXPECT_TRUE(project().ratings.empty());
}

TEST_F(StructureCommandsTest, MetricsAndActions)
{
    Id metric = NoId;
    expectUndoRedo([&] {
        metric = document.addMetric(Metric{
            NoId, s.otherTouchpoint, MetricKind::Ces, 4.2, 51, QStringLiteral("1-7"), {}, {}});
        return metric != NoId;
    });
    expectRefused([&] {
        return document.addMetric(Metric{NoId, Id(999), MetricKind::Nps, 0, 0, {}, {}, {}}) != NoId;
    });
    expectUndoRedo([&] { return document.removeMetric(metric); });
    Id action = NoId;
    expectUndoRedo([&] {
        Action a;
        a.title = QStringLiteral("Call back within a day");
        action = document.addAction(a);
        return action != NoId;
    });
    expectUndoRedo([&] { return document.removeAction(action); });
    expectRefused([&] { return document.removeAction(action); });
}

} // namespace
} // namespace js::test
