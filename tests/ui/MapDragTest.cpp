// Dragging on the map canvas with the real window: touchpoints and cards
// between stages and lanes, stages and lanes into a new order, emotion points
// up and down, a rubber band, and the map scrolling at its edge.
#include "MapCanvasFixture.h"

#include <gtest/gtest.h>

namespace js {
namespace {

using test::MapCanvasTest;

TEST_F(MapCanvasTest, DragATouchpointToAnotherStage)
{
    const Stage& from = journey().stages[0];
    const Stage& to = journey().stages[2];
    const Id moved = from.touchpoints[0].id;
    const QString name = from.touchpoints[0].name;
    const size_t toCount = to.touchpoints.size();
    const Id toFirst = to.touchpoints[0].id;
    // Onto the top half of the second touchpoint there: it lands before it.
    drag(at(EntityKind::Touchpoint, moved),
         at(EntityKind::Touchpoint, to.touchpoints[1].id, {0.5, 0.2}));
    const Stage& now = journey().stages[2];
    ASSERT_EQ(now.touchpoints.size(), toCount + 1);
    EXPECT_EQ(now.touchpoints[0].id, toFirst);
    EXPECT_EQ(now.touchpoints[1].id, moved);
    EXPECT_EQ(undo()->undoText(), QStringLiteral("Move touchpoint “%1”").arg(name));
    EXPECT_EQ(scene()->layout().touchpoint(moved)->stageId, now.id) << "the map follows";

    undo()->undo();
    settle();
    EXPECT_EQ(journey().stages[0].touchpoints[0].id, moved);
    undo()->redo();
    EXPECT_EQ(journey().stages[2].touchpoints[1].id, moved);
}

TEST_F(MapCanvasTest, DragSeveralSelectedTouchpointsAtOnce)
{
    const Stage& from = journey().stages[0];
    const Id a = from.touchpoints[0].id;
    const Id b = from.touchpoints[2].id;
    press(at(EntityKind::Touchpoint, a));
    QTest::mouseRelease(view()->viewport(), Qt::LeftButton, {}, at(EntityKind::Touchpoint, a));
    press(at(EntityKind::Touchpoint, b), Qt::ControlModifier);
    QTest::mouseRelease(view()->viewport(), Qt::LeftButton, Qt::ControlModifier,
                        at(EntityKind::Touchpoint, b));
    settle();
    ASSERT_EQ(selection()->ids(EntityKind::Touchpoint).size(), 2);
    const Stage& to = journey().stages[1];
    const QRectF column = scene()->layout().stage(to.id)->column;
    const QRectF last = scene()->layout().touchpoint(to.touchpoints.back().id)->rect;
    drag(at(EntityKind::Touchpoint, a), atScene(QPointF(column.center().x(), last.bottom() + 20)));
    const Stage& now = journey().stages[1];
    ASSERT_GE(now.touchpoints.size(), 2u);
    EXPECT_EQ(now.touchpoints[now.touchpoints.size() - 2].id, a);
    EXPECT_EQ(now.touchpoints.back().id, b) << "they keep their order";
    EXPECT_EQ(undo()->undoText(), QStringLiteral("Move 2 touchpoints"));
    undo()->undo();
    settle();
    EXPECT_EQ(journey().stages[0].touchpoints[0].id, a);
    EXPECT_EQ(journey().stages[0].touchpoints[2].id, b);
}

TEST_F(MapCanvasTest, DragACardIntoAnotherLaneAndStage)
{
    const Journey& j = journey();
    const LaneCard card = j.stages[0].cards.front();
    Id otherLane = NoId;
    for (const Lane& lane : j.lanes) {
        if (lane.kind == LaneKind::Text && lane.id != card.laneId) {
            otherLane = lane.id;
            break;
        }
    }
    ASSERT_NE(otherLane, NoId);
    const QRectF row = scene()->layout().lane(otherLane)->row;
    const QRectF column = scene()->layout().stage(j.stages[1].id)->column;
    drag(at(EntityKind::Card, card.id), atScene(QPointF(column.center().x(), row.bottom() - 6)));
    const LaneCard* moved = findCard(project(), card.id);
    ASSERT_TRUE(moved);
    EXPECT_EQ(moved->laneId, otherLane);
    EXPECT_EQ(ownerOf(project(), EntityKind::Card, card.id), journey().stages[1].id);
    EXPECT_TRUE(undo()->undoText().startsWith(QStringLiteral("Move card")));
    undo()->undo();
    EXPECT_EQ(findCard(project(), card.id)->laneId, card.laneId);
    EXPECT_EQ(ownerOf(project(), EntityKind::Card, card.id), journey().stages[0].id);
}

TEST_F(MapCanvasTest, DragStagesAndLanesIntoANewOrder)
{
    const Id first = journey().stages[0].id;
    const QRectF third = scene()->layout().stage(journey().stages[2].id)->header;
    drag(at(EntityKind::Stage, first), atScene(QPointF(third.right() - 10, third.center().y())));
    EXPECT_EQ(journey().stages[2].id, first);
    EXPECT_TRUE(undo()->undoText().startsWith(QStringLiteral("Move stage")));

    const Id lane = journey().lanes[0].id;
    const QRectF target = scene()->layout().lanes[2].row;
    drag(at(EntityKind::Lane, lane), atScene(QPointF(60, target.bottom() - 5)));
    EXPECT_EQ(journey().lanes[2].id, lane);
    undo()->undo();
    undo()->undo();
    settle();
    EXPECT_EQ(journey().stages[0].id, first);
    EXPECT_EQ(journey().lanes[0].id, lane);
}

TEST_F(MapCanvasTest, DragAnEmotionPointUpOrDown)
{
    const EmotionCurve& curve = scene()->layout().curve;
    ASSERT_FALSE(curve.points.empty());
    EmotionPoint point = curve.points[3];
    const int before = findTouchpoint(project(), point.touchpointId)->emotion;
    const int wanted = before >= 1 ? before - 2 : before + 2;
    view()->centerOn(point.position);
    const QPoint from = atScene(point.position);
    // Past the exact height: it snaps to the nearest whole value.
    const QPoint to = atScene(QPointF(point.position.x(), curve.yOf(wanted) + 3));
    drag(from, to);
    EXPECT_EQ(findTouchpoint(project(), point.touchpointId)->emotion, wanted);
    EXPECT_EQ(selection()->current(), (Selection{EntityKind::Touchpoint, point.touchpointId}));
    EXPECT_TRUE(undo()->undoText().startsWith(QStringLiteral("Change emotion")));
    undo()->undo();
    EXPECT_EQ(findTouchpoint(project(), point.touchpointId)->emotion, before);

    // Dragged far beyond the lane it stays at the end of the scale.
    drag(atScene(scene()->layout().curve.points[3].position),
         atScene(QPointF(point.position.x(), curve.band.top() - 400)));
    EXPECT_EQ(findTouchpoint(project(), point.touchpointId)->emotion, Touchpoint::MaxEmotion);
}

TEST_F(MapCanvasTest, ARubberBandSelectsWhatItTouches)
{
    const Stage& stage = journey().stages[1];
    const QRectF first = scene()->layout().touchpoint(stage.touchpoints[0].id)->rect;
    const QRectF second = scene()->layout().touchpoint(stage.touchpoints[1].id)->rect;
    // From the gap between columns, across two touchpoints.
    const QPoint from = atScene(QPointF(first.left() - 5, first.top() + 4));
    const QPoint to = atScene(QPointF(first.center().x(), second.center().y()));
    m_last = from;
    press(from);
    moveTo(to);
    QTest::mouseRelease(view()->viewport(), Qt::LeftButton, {}, to);
    settle();
    const QList<Id> selected = selection()->ids(EntityKind::Touchpoint);
    EXPECT_TRUE(selected.contains(stage.touchpoints[0].id));
    EXPECT_TRUE(selected.contains(stage.touchpoints[1].id));
}

TEST_F(MapCanvasTest, DraggingToTheEdgeScrollsTheMap)
{
    view()->setZoom(1.5);
    view()->horizontalScrollBar()->setValue(0);
    settle();
    const Id moved = journey().stages[0].touchpoints[0].id;
    const QPoint from = at(EntityKind::Touchpoint, moved);
    const int before = view()->horizontalScrollBar()->value();
    m_last = from;
    press(from);
    moveTo(from + QPoint(12, 0));
    const QPoint edge(view()->viewport()->width() - 6, from.y());
    moveTo(edge);
    QTest::qWait(400);
    EXPECT_GT(view()->horizontalScrollBar()->value(), before + 50);
    QTest::mouseRelease(view()->viewport(), Qt::LeftButton, {}, edge);
    settle();
    EXPECT_NE(ownerOf(project(), EntityKind::Touchpoint, moved), journey().stages[0].id)
        << "dropped where the map had scrolled to";
}

TEST_F(MapCanvasTest, ABandNeverSelectsAWholeStageOrLane)
{
    const LaneBox& lane = scene()->layout().lanes[0];
    const CardBox& card = scene()->layout().cards[0];
    // From inside a card's cell across into the lane titles.
    const QPoint from = atScene(QPointF(card.rect.right() + 3, card.rect.bottom() + 3));
    const QPoint to = atScene(QPointF(lane.header.center().x(), card.rect.top() + 2));
    m_last = from;
    press(from);
    moveTo(to);
    QTest::mouseRelease(view()->viewport(), Qt::LeftButton, {}, to);
    settle();
    EXPECT_TRUE(selection()->ids(EntityKind::Lane).isEmpty());
    EXPECT_TRUE(selection()->ids(EntityKind::Stage).isEmpty());
    EXPECT_TRUE(selection()->isSelected(EntityKind::Card, card.id));
}

} // namespace
} // namespace js
