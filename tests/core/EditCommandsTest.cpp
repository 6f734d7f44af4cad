// Field edits: every kind of entity, do/undo/redo, merging and refusals.
#include "CommandTestBase.h"
#include "core/content/JourneyTemplates.h"
#include "core/model/ProjectValidation.h"

namespace js::test {
namespace {

using EditCommandsTest = CommandTest;

TEST_F(EditCommandsTest, EditsProjectFields)
{
    expectUndoRedo([&] { return document.set(NoId, &Project::client, QStringLiteral("Acme")); });
    EXPECT_EQ(project().client, QStringLiteral("Acme"));
}

TEST_F(EditCommandsTest, EditsPersonaFields)
{
    expectUndoRedo(
        [&] { return document.set(s.persona, &Persona::goals, QStringLiteral("Save time")); });
    expectUndoRedo(
        [&] { return document.set(s.persona, &Persona::photo, QByteArray("\x89PNG", 4)); });
    EXPECT_EQ(findPersona(project(), s.persona)->goals, QStringLiteral("Save time"));
}

TEST_F(EditCommandsTest, EditsJourneyFields)
{
    expectUndoRedo([&] { return document.set(s.journey, &Journey::state, JourneyState::Future); });
    expectUndoRedo([&] { return document.set(s.journey, &Journey::personaId, NoId); });
    EXPECT_EQ(findJourney(project(), s.journey)->state, JourneyState::Future);
}

TEST_F(EditCommandsTest, EditsStageLaneAndCardText)
{
    expectUndoRedo([&] { return document.set(s.stage, &Stage::name, QStringLiteral("Discover")); });
    expectUndoRedo([&] { return document.set(s.textLane, &Lane::name, QStringLiteral("Doing")); });
    expectUndoRedo(
        [&] { return document.set(s.card, &LaneCard::text, QStringLiteral("Sees a reel")); });
    EXPECT_EQ(findStage(project(), s.stage)->name, QStringLiteral("Discover"));
    EXPECT_EQ(findCard(project(), s.card)->text, QStringLiteral("Sees a reel"));
}

TEST_F(EditCommandsTest, HidesALaneAndShowsItAgain)
{
    // A lane with cards can be hidden: its cards stay where they are.
    expectUndoRedo([&] { return document.set(s.textLane, &Lane::hidden, true); });
    EXPECT_TRUE(findLane(project(), s.textLane)->hidden);
    expectRefused([&] { return document.set(s.textLane, &Lane::hidden, true); });
    expectUndoRedo([&] { return document.set(s.textLane, &Lane::hidden, false); });
    EXPECT_FALSE(findLane(project(), s.textLane)->hidden);
}

TEST_F(EditCommandsTest, EditsEveryTouchpointField)
{
    expectUndoRedo(
        [&] { return document.set(s.touchpoint, &Touchpoint::name, QStringLiteral("TikTok ad")); });
    expectUndoRedo([&] { return document.set(s.touchpoint, &Touchpoint::channel, Channel::App); });
    expectUndoRedo(
        [&] { return document.set(s.touchpoint, &Touchpoint::owner, QStringLiteral("Brand")); });
    expectUndoRedo([&] {
        return document.set(s.touchpoint, &Touchpoint::description, QStringLiteral("Video"));
    });
    expectUndoRedo([&] { return document.set(s.touchpoint, &Touchpoint::importance, 5); });
    expectUndoRedo([&] { return document.set(s.touchpoint, &Touchpoint::emotion, -3); });
    const Touchpoint* t = findTouchpoint(project(), s.touchpoint);
    EXPECT_EQ(t->channel, Channel::App);
    EXPECT_EQ(t->importance, 5);
    EXPECT_EQ(t->emotion, -3);
}

TEST_F(EditCommandsTest, RefusesValuesOutOfRange)
{
    expectRefused([&] { return document.set(s.touchpoint, &Touchpoint::importance, 6); });
    expectRefused([&] { return document.set(s.touchpoint, &Touchpoint::importance, 0); });
    expectRefused([&] { return document.set(s.touchpoint, &Touchpoint::emotion, 4); });
    expectRefused([&] { return document.set(s.criterion, &Criterion::weight, 0.0); });
    expectRefused([&] { return document.set(s.criterion, &Criterion::target, 5.5); });
    expectRefused([&] { return document.set(s.action, &Action::effort, 9); });
}

// The journey's one emotion lane, which the template made.
Id emotionLaneOf(const Project& project, Id journey)
{
    for (const Lane& lane : findJourney(project, journey)->lanes) {
        if (lane.kind == LaneKind::Emotion)
            return lane.id;
    }
    return NoId;
}

TEST_F(EditCommandsTest, OneTouchpointLaneAndOneEmotionLanePerJourney)
{
    const Id emotion = emotionLaneOf(project(), s.journey);
    ASSERT_NE(emotion, NoId);
    EXPECT_EQ(
        document.addLane(s.journey, -1, Lane{NoId, QStringLiteral("Mood"), LaneKind::Emotion}),
        NoId);
    EXPECT_EQ(
        document.addLane(s.journey, -1, Lane{NoId, QStringLiteral("More"), LaneKind::Touchpoints}),
        NoId);
    const Id text = document.addLane(s.journey, -1, Lane{NoId, QStringLiteral("Ideas")});
    ASSERT_NE(text, NoId);
    EXPECT_FALSE(document.set(text, &Lane::kind, LaneKind::Emotion));
    EXPECT_FALSE(document.set(text, &Lane::kind, LaneKind::Touchpoints));
    // Once the emotion lane is gone, another lane may become it.
    ASSERT_TRUE(document.removeLane(emotion));
    EXPECT_TRUE(document.set(text, &Lane::kind, LaneKind::Emotion));
    // A journey breaking the rule is refused whole.
    Journey twice = *findJourney(project(), s.journey);
    twice.lanes.push_back(Lane{NoId, QStringLiteral("Again"), LaneKind::Emotion});
    EXPECT_EQ(document.addJourney(twice), NoId);
}

TEST_F(EditCommandsTest, ALaneWithCardsStaysATextLane)
{
    ASSERT_TRUE(document.removeLane(emotionLaneOf(project(), s.journey)));
    expectRefused([&] { return document.set(s.textLane, &Lane::kind, LaneKind::Emotion); });
    std::vector<Id> cards;
    for (const Stage& stage : findJourney(project(), s.journey)->stages) {
        for (const LaneCard& card : stage.cards) {
            if (card.laneId == s.textLane)
                cards.push_back(card.id);
        }
    }
    ASSERT_FALSE(cards.empty());
    for (Id card : cards)
        ASSERT_TRUE(document.removeCard(card));
    expectUndoRedo([&] { return document.set(s.textLane, &Lane::kind, LaneKind::Emotion); });
}

TEST_F(EditCommandsTest, RefusesIdsAndDanglingReferences)
{
    expectRefused([&] { return document.set(s.touchpoint, &Touchpoint::id, Id(999)); });
    expectRefused([&] { return document.set(s.action, &Action::touchpointId, Id(999)); });
    expectRefused([&] { return document.set(s.action, &Action::criterionId, s.touchpoint); });
    expectRefused([&] { return document.set(s.card, &LaneCard::laneId, s.textLane); });
    expectRefused([&] { return document.set(Id(999), &Touchpoint::name, QStringLiteral("x")); });
}

TEST_F(EditCommandsTest, EditsCriterionFrameworkRoundRaterMetricAction)
{
    expectUndoRedo(
        [&] { return document.set(s.framework, &Framework::name, QStringLiteral("TRIXIE+")); });
    expectUndoRedo([&] { return document.set(s.criterion, &Criterion::weight, 2.0); });
    expectUndoRedo([&] { return document.set(s.criterion, &Criterion::target, 4.5); });
    expectUndoRedo([&] { return document.set(s.criterion, &Criterion::enabled, false); });
    expectUndoRedo([&] {
        return document.set(s.criterion, &Criterion::questions,
                            QStringList{QStringLiteral("Why?")});
    });
    expectUndoRedo([&] { return document.set(s.round, &Round::date, QDate(2026, 9, 1)); });
    expectUndoRedo([&] { return document.set(s.rater, &Rater::role, QStringLiteral("CEO")); });
    expectUndoRedo([&] { return document.set(s.metric, &Metric::value, 33.0); });
    expectUndoRedo([&] { return document.set(s.metric, &Metric::kind, MetricKind::Csat); });
    expectUndoRedo([&] { return document.set(s.action, &Action::status, ActionStatus::Done); });
    expectUndoRedo([&] { return document.set(s.action, &Action::due, QDate(2026, 12, 1)); });
    expectUndoRedo(
        [&] { return document.set(s.action, &Action::touchpointId, s.otherTouchpoint); });
    EXPECT_EQ(findAction(project(), s.action)->touchpointId, s.otherTouchpoint);
}

TEST_F(EditCommandsTest, SettingTheSameValueIsNotAnUndoStep)
{
    const QString name = findTouchpoint(project(), s.touchpoint)->name;
    expectRefused([&] { return document.set(s.touchpoint, &Touchpoint::name, name); });
    expectRefused([&] { return document.set(s.touchpoint, &Touchpoint::importance, 3); });
}

TEST_F(EditCommandsTest, ConsecutiveTextEditsOfOneFieldMerge)
{
    const Project before = project();
    for (const char* text : {"I", "In", "Ins", "Insta"})
        document.set(s.touchpoint, &Touchpoint::name, QString::fromLatin1(text));
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(findTouchpoint(project(), s.touchpoint)->name, QStringLiteral("Insta"));
    document.undoStack()->undo();
    EXPECT_TRUE(project() == before);
}

TEST_F(EditCommandsTest, EditsOfDifferentFieldsOrEntitiesDoNotMerge)
{
    document.set(s.touchpoint, &Touchpoint::name, QStringLiteral("A"));
    document.set(s.touchpoint, &Touchpoint::owner, QStringLiteral("B"));
    document.set(s.secondTouchpoint, &Touchpoint::owner, QStringLiteral("C"));
    document.set(s.secondTouchpoint, &Touchpoint::importance, 1);
    document.set(s.secondTouchpoint, &Touchpoint::importance, 2);
    EXPECT_EQ(document.undoStack()->count(), 5);
}

TEST_F(EditCommandsTest, TypingBackToTheOriginalLeavesNoUndoStep)
{
    const QString original = findTouchpoint(project(), s.touchpoint)->name;
    document.set(s.touchpoint, &Touchpoint::name, original + QStringLiteral("x"));
    document.set(s.touchpoint, &Touchpoint::name, original);
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_EQ(findTouchpoint(project(), s.touchpoint)->name, original);
}

// Every field of every entity, each one undo step that undo and redo take
// back and forth exactly, with the value in place afterwards.
TEST_F(EditCommandsTest, EveryOtherFieldIsOneUndoStep)
{
    const QString text = QStringLiteral("Changed ✓");
    const QDate day(2026, 12, 1);
    const Id otherCriterion = findFramework(project(), s.framework)->criteria[1].id;

    expectUndoRedo([&] { return document.set(NoId, &Project::name, text); });
    expectUndoRedo([&] { return document.set(NoId, &Project::description, text); });
    EXPECT_EQ(project().name, text);

    expectUndoRedo([&] { return document.set(s.persona, &Persona::name, text); });
    expectUndoRedo([&] { return document.set(s.persona, &Persona::role, text); });
    expectUndoRedo([&] { return document.set(s.persona, &Persona::description, text); });
    expectUndoRedo([&] { return document.set(s.persona, &Persona::frustrations, text); });
    expectUndoRedo([&] { return document.set(s.persona, &Persona::quote, text); });
    EXPECT_EQ(findPersona(project(), s.persona)->quote, text);

    expectUndoRedo([&] { return document.set(s.journey, &Journey::name, text); });
    expectUndoRedo([&] { return document.set(s.journey, &Journey::description, text); });
    expectUndoRedo([&] { return document.set(s.stage, &Stage::description, text); });
    ASSERT_TRUE(document.removeLane(emotionLaneOf(project(), s.journey)));
    const Id emptyLane =
        document.addLane(s.journey, -1, Lane{NoId, QStringLiteral("Feelings"), LaneKind::Text});
    expectUndoRedo([&] { return document.set(emptyLane, &Lane::kind, LaneKind::Emotion); });
    EXPECT_EQ(findJourney(project(), s.journey)->description, text);

    expectUndoRedo([&] { return document.set(s.framework, &Framework::name, text); });
    expectUndoRedo([&] { return document.set(s.framework, &Framework::description, text); });
    expectUndoRedo([&] { return document.set(s.criterion, &Criterion::name, text); });
    expectUndoRedo([&] { return document.set(s.criterion, &Criterion::description, text); });
    expectUndoRedo([&] { return document.set(s.criterion, &Criterion::target, 4.5); });
    EXPECT_EQ(findCriterion(project(), s.criterion)->target, 4.5);

    expectUndoRedo([&] { return document.set(s.round, &Round::name, text); });
    expectUndoRedo([&] { return document.set(s.round, &Round::description, text); });
    expectUndoRedo([&] { return document.set(s.round, &Round::date, day); });
    expectUndoRedo([&] { return document.set(s.rater, &Rater::name, text); });
    expectUndoRedo([&] { return document.set(s.rater, &Rater::role, text); });
    EXPECT_EQ(findRater(project(), s.rater)->role, text);

    expectUndoRedo(
        [&] { return document.set(s.metric, &Metric::touchpointId, s.otherTouchpoint); });
    expectUndoRedo([&] { return document.set(s.metric, &Metric::kind, MetricKind::Ces); });
    expectUndoRedo([&] { return document.set(s.metric, &Metric::count, 0); });
    expectUndoRedo([&] { return document.set(s.metric, &Metric::scale, QStringLiteral("1-7")); });
    expectUndoRedo([&] { return document.set(s.metric, &Metric::date, day); });
    expectUndoRedo([&] { return document.set(s.metric, &Metric::note, text); });
    expectUndoRedo([&] { return document.set(s.metric, &Metric::touchpointId, NoId); });
    EXPECT_EQ(findMetric(project(), s.metric)->scale, QStringLiteral("1-7"));

    expectUndoRedo([&] { return document.set(s.action, &Action::title, text); });
    expectUndoRedo([&] { return document.set(s.action, &Action::description, text); });
    expectUndoRedo([&] { return document.set(s.action, &Action::criterionId, otherCriterion); });
    expectUndoRedo([&] { return document.set(s.action, &Action::owner, text); });
    expectUndoRedo([&] { return document.set(s.action, &Action::impact, 5); });
    expectUndoRedo([&] { return document.set(s.action, &Action::effort, 1); });
    const Action* action = findAction(project(), s.action);
    EXPECT_EQ(action->criterionId, otherCriterion);
    EXPECT_EQ(action->impact, 5);
    EXPECT_EQ(action->effort, 1);
}

TEST_F(EditCommandsTest, ReferencesMustNameSomethingThatExists)
{
    expectRefused([&] { return document.set(s.metric, &Metric::touchpointId, Id(999999)); });
    expectRefused([&] { return document.set(s.metric, &Metric::count, -1); });
    expectRefused([&] { return document.set(s.action, &Action::impact, 0); });
    expectRefused([&] { return document.set(s.round, &Round::journeyId, Id(999999)); });
}

TEST_F(EditCommandsTest, ARoundWithRatingsStaysOnItsJourney)
{
    Journey other = journeyFromTemplate(JourneyTemplate::PurchasePhases);
    const Id otherJourney = document.addJourney(other);
    expectRefused([&] { return document.set(s.round, &Round::journeyId, otherJourney); });
    // A round always assesses a journey.
    expectRefused([&] { return document.set(s.round, &Round::journeyId, NoId); });
    const Id fresh = document.addRound(makeRound(QStringLiteral("Pilot"), s.journey));
    expectUndoRedo([&] { return document.set(fresh, &Round::journeyId, otherJourney); });
    expectRefused([&] { return document.set(fresh, &Round::journeyId, NoId); });
    // The rule is about the journey: the other fields of a rated round change.
    expectUndoRedo([&] { return document.set(s.round, &Round::date, QDate(2026, 7, 1)); });
    EXPECT_EQ(validateProject(project()), QString());
}

} // namespace
} // namespace js::test
