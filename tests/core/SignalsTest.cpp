// The document says what changed, by kind and id, on do, undo and redo.
#include "CommandTestBase.h"

#include <QSignalSpy>

namespace js::test {
namespace {

using SignalsTest = CommandTest;

TEST_F(SignalsTest, FieldEditAnnouncesTheEntity)
{
    QSignalSpy spy(&document, &ProjectDocument::entityChanged);
    document.set(s.touchpoint, &Touchpoint::owner, QStringLiteral("Sales"));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<EntityKind>(), EntityKind::Touchpoint);
    EXPECT_EQ(spy.at(0).at(1).value<Id>(), s.touchpoint);
    document.undoStack()->undo();
    EXPECT_EQ(spy.count(), 2);
}

TEST_F(SignalsTest, AddRemoveAndMoveAreAnnounced)
{
    QSignalSpy added(&document, &ProjectDocument::entityAdded);
    QSignalSpy removed(&document, &ProjectDocument::entityRemoved);
    QSignalSpy moved(&document, &ProjectDocument::entityMoved);
    const Id stage = document.addStage(s.journey, 0, Stage{});
    ASSERT_EQ(added.count(), 1);
    EXPECT_EQ(added.at(0).at(0).value<EntityKind>(), EntityKind::Stage);
    EXPECT_EQ(added.at(0).at(1).value<Id>(), stage);
    document.moveStage(stage, 2);
    EXPECT_EQ(moved.count(), 1);
    document.undoStack()->undo(); // move
    document.undoStack()->undo(); // add
    EXPECT_EQ(moved.count(), 2);
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(removed.at(0).at(1).value<Id>(), stage);
}

TEST_F(SignalsTest, RemovingAStageAnnouncesTheStageTheMetricAndTheRatings)
{
    QSignalSpy removed(&document, &ProjectDocument::entityRemoved);
    QSignalSpy ratings(&document, &ProjectDocument::ratingsChanged);
    QSignalSpy changed(&document, &ProjectDocument::entityChanged);
    document.removeStage(s.stage);
    bool stageSeen = false;
    bool metricSeen = false;
    for (const QList<QVariant>& args : removed) {
        stageSeen |= args.at(0).value<EntityKind>() == EntityKind::Stage &&
                     args.at(1).value<Id>() == s.stage;
        metricSeen |= args.at(0).value<EntityKind>() == EntityKind::Metric &&
                      args.at(1).value<Id>() == s.metric;
    }
    EXPECT_TRUE(stageSeen);
    EXPECT_TRUE(metricSeen);
    ASSERT_EQ(ratings.count(), 1);
    const auto keys = ratings.at(0).at(0).value<QList<RatingKey>>();
    EXPECT_FALSE(keys.isEmpty());
    for (const RatingKey& key : keys)
        EXPECT_TRUE(key.touchpoint == s.touchpoint || key.touchpoint == s.secondTouchpoint);
    ASSERT_EQ(changed.count(), 1) << "the action that pointed at the touchpoint";
    EXPECT_EQ(changed.at(0).at(1).value<Id>(), s.action);
}

TEST_F(SignalsTest, ResetIsAnnouncedAndClearsHistory)
{
    QSignalSpy spy(&document, &ProjectDocument::projectReset);
    document.set(NoId, &Project::name, QStringLiteral("x"));
    document.resetProject(Project{});
    EXPECT_EQ(spy.count(), 1);
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_TRUE(document.project() == Project{});
}

} // namespace
} // namespace js::test
