// What the document's change events say (owner, field, revision), and batch
// edits: one undo step with one name for many changes.
#include "CommandTestBase.h"

#include <QSignalSpy>

namespace js::test {
namespace {

using ChangeEventTest = CommandTest;

std::vector<ChangeEvent> recorded(const QSignalSpy& spy)
{
    std::vector<ChangeEvent> events;
    for (const QList<QVariant>& arguments : spy)
        events.push_back(arguments.at(0).value<ChangeEvent>());
    return events;
}

TEST_F(ChangeEventTest, AnEditNamesItsEntityOwnerAndFieldAndRaisesTheRevision)
{
    QSignalSpy spy(&document, &ProjectDocument::changed);
    const quint64 before = document.revision();
    document.set(s.touchpoint, &Touchpoint::emotion, -2);
    document.set(s.card, &LaneCard::text, QStringLiteral("Scrolls at night"));
    const auto events = recorded(spy);
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(events[0].type, ChangeType::Changed);
    EXPECT_EQ(events[0].kind, EntityKind::Touchpoint);
    EXPECT_EQ(events[0].id, s.touchpoint);
    EXPECT_EQ(events[0].owner, s.stage);
    EXPECT_EQ(events[0].field, Field::Emotion);
    EXPECT_EQ(events[1].field, Field::Text);
    EXPECT_EQ(events[0].revision, before + 1);
    EXPECT_EQ(events[1].revision, before + 2);
    EXPECT_EQ(document.revision(), before + 2);
    document.undoStack()->undo();
    EXPECT_EQ(document.revision(), before + 3) << "undo is a change too";
}

TEST_F(ChangeEventTest, ARemovalNamesTheOwnerItHadAndAMoveBothOwners)
{
    QSignalSpy spy(&document, &ProjectDocument::changed);
    document.moveTouchpoint(s.touchpoint, s.otherStage, 0);
    ASSERT_TRUE(document.removeCard(s.card));
    const auto events = recorded(spy);
    ASSERT_EQ(events.size(), 2u);
    EXPECT_EQ(events[0].type, ChangeType::Moved);
    EXPECT_EQ(events[0].owner, s.otherStage);
    EXPECT_EQ(events[0].previousOwner, s.stage);
    EXPECT_EQ(events[1].type, ChangeType::Removed);
    EXPECT_EQ(events[1].kind, EntityKind::Card);
    EXPECT_EQ(events[1].owner, s.stage);
}

TEST_F(ChangeEventTest, ABatchIsOneNamedUndoStep)
{
    const Project before = project();
    const int steps = document.undoStack()->count();
    {
        ProjectDocument::Batch batch(&document, QStringLiteral("Delete 2 touchpoints"));
        {
            ProjectDocument::Batch inner(&document, QStringLiteral("ignored"));
            ASSERT_TRUE(document.removeTouchpoint(s.touchpoint));
        }
        ASSERT_TRUE(document.removeTouchpoint(s.secondTouchpoint));
    }
    EXPECT_EQ(document.undoStack()->count(), steps + 1);
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Delete 2 touchpoints"));
    const Project after = project();
    document.undoStack()->undo();
    EXPECT_EQ(project(), before) << "one undo brings both back";
    document.undoStack()->redo();
    EXPECT_EQ(project(), after);

    // A batch in which nothing changed leaves no step.
    {
        ProjectDocument::Batch nothing(&document, QStringLiteral("Nothing"));
        EXPECT_FALSE(document.moveStage(
            s.stage, indexOfId(findJourney(project(), s.journey)->stages, s.stage)));
    }
    EXPECT_EQ(document.undoStack()->count(), steps + 1);
}

TEST_F(ChangeEventTest, ANewCardNamedInTheRunThatAddedItIsOneStep)
{
    const int steps = document.undoStack()->count();
    document.beginEditRun();
    const Id card = document.addCard(s.stage, s.textLane, -1, QString());
    document.set(card, &LaneCard::text, QStringLiteral("Too"));
    document.set(card, &LaneCard::text, QStringLiteral("Too many ads"));
    EXPECT_EQ(document.undoStack()->count(), steps + 1);
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Add card “Too many ads”"));
    document.undoStack()->undo();
    EXPECT_FALSE(findCard(project(), card));
    document.undoStack()->redo();
    EXPECT_EQ(findCard(project(), card)->text, QStringLiteral("Too many ads"));

    // In a later run, a rename is a step of its own.
    document.beginEditRun();
    document.set(card, &LaneCard::text, QStringLiteral("Ads everywhere"));
    EXPECT_EQ(document.undoStack()->count(), steps + 2);

    // An empty new card dropped for good: nothing to redo.
    document.beginEditRun();
    const Id empty = document.addCard(s.stage, s.textLane, -1, QString());
    EXPECT_FALSE(document.dropLastAdd(EntityKind::Card, card)) << "not the last add";
    EXPECT_TRUE(document.dropLastAdd(EntityKind::Card, empty));
    EXPECT_FALSE(findCard(project(), empty));
    EXPECT_FALSE(document.undoStack()->canRedo());
    EXPECT_EQ(document.undoStack()->count(), steps + 2);
}

} // namespace
} // namespace js::test
