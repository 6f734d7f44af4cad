// Selecting on the map with the real window: many at once, in step with the
// navigator, deleted in one step; and the clipboard, between journeys,
// windows and other programs.
#include "MapCanvasFixture.h"

#include <gtest/gtest.h>

namespace js {
namespace {

using test::MapCanvasTest;

TEST_F(MapCanvasTest, SelectManyAndDeleteThemInOneStep)
{
    const Stage& stage = journey().stages[0];
    ASSERT_GE(stage.cards.size(), 2u);
    const Id a = stage.cards[0].id;
    const Id b = stage.cards[1].id;
    press(at(EntityKind::Card, a));
    QTest::mouseRelease(view()->viewport(), Qt::LeftButton, {}, at(EntityKind::Card, a));
    press(at(EntityKind::Card, b), Qt::ShiftModifier);
    QTest::mouseRelease(view()->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                        at(EntityKind::Card, b));
    settle();
    EXPECT_EQ(selection()->ids(EntityKind::Card), (QList<Id>{a, b}));
    EXPECT_TRUE(scene()->itemFor(EntityKind::Card, a)->isSelected());
    // The inspector shows the last one picked.
    EXPECT_EQ(window->inspector()->form()->selection(), (Selection{EntityKind::Card, b}));

    view()->setFocus();
    key(Qt::Key_Delete);
    EXPECT_FALSE(findCard(project(), a));
    EXPECT_FALSE(findCard(project(), b));
    EXPECT_EQ(undo()->undoText(), QStringLiteral("Delete 2 cards"));
    EXPECT_FALSE(scene()->itemFor(EntityKind::Card, a));
    settle();
    EXPECT_TRUE(selection()->isEmpty()) << "nothing else is picked for a second Delete";
    undo()->undo();
    settle();
    EXPECT_TRUE(findCard(project(), a) && findCard(project(), b));
    EXPECT_TRUE(scene()->itemFor(EntityKind::Card, b));
}

TEST_F(MapCanvasTest, SelectingOnTheMapSelectsInTheNavigatorAndBack)
{
    const Id touchpoint = journey().stages[2].touchpoints[1].id;
    press(at(EntityKind::Touchpoint, touchpoint));
    QTest::mouseRelease(view()->viewport(), Qt::LeftButton, {},
                        at(EntityKind::Touchpoint, touchpoint));
    settle();
    EXPECT_EQ(window->navigator()->selection(), (Selection{EntityKind::Touchpoint, touchpoint}));
    EXPECT_EQ(window->inspector()->form()->selection(),
              (Selection{EntityKind::Touchpoint, touchpoint}));
    const Id other = journey().stages[3].touchpoints[0].id;
    window->navigator()->select({EntityKind::Touchpoint, other});
    settle();
    EXPECT_TRUE(scene()->itemFor(EntityKind::Touchpoint, other)->isSelected());
    EXPECT_FALSE(scene()->itemFor(EntityKind::Touchpoint, touchpoint)->isSelected());
}

TEST_F(MapCanvasTest, SeveralPickedInTheNavigatorAreSelectedOnTheMapToo)
{
    Navigator* tree = window->navigator();
    const Id a = journey().stages[1].touchpoints[0].id;
    const Id b = journey().stages[1].touchpoints[2].id;
    // The second row, then back to the first; then Ctrl+click the second.
    tree->select({EntityKind::Touchpoint, b});
    QTreeWidgetItem* second = tree->currentItem();
    tree->select({EntityKind::Touchpoint, a});
    settle();
    ASSERT_TRUE(second);
    for (QTreeWidgetItem* parent = second->parent(); parent; parent = parent->parent())
        parent->setExpanded(true);
    tree->scrollToItem(second);
    settle();
    const QRect rect = tree->visualItemRect(second);
    ASSERT_TRUE(tree->isVisible()) << "the navigator is shown";
    // Anywhere on the row (the panel may be narrower than the indented text).
    const QPoint onRow(tree->viewport()->width() - 4, rect.center().y());
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::ControlModifier, onRow);
    settle();
    EXPECT_EQ(selection()->ids(EntityKind::Touchpoint).size(), 2);
    EXPECT_EQ(selection()->current(), (Selection{EntityKind::Touchpoint, b}));
    EXPECT_TRUE(scene()->itemFor(EntityKind::Touchpoint, a)->isSelected());
    EXPECT_TRUE(scene()->itemFor(EntityKind::Touchpoint, b)->isSelected());
    // And several picked on the map show in the tree.
    selection()->setSelection(
        {{EntityKind::Stage, journey().stages[0].id}, {EntityKind::Stage, journey().stages[1].id}});
    settle();
    EXPECT_EQ(tree->selections().size(), 2);
}

TEST_F(MapCanvasTest, CopyAndPasteCardsAndTouchpointsBetweenJourneys)
{
    const Stage& stage = journey().stages[0];
    const Touchpoint original = stage.touchpoints[0];
    const QString cardText = stage.cards[0].text;
    selection()->setSelection(
        {{EntityKind::Touchpoint, original.id}, {EntityKind::Card, stage.cards[0].id}});
    settle();
    view()->setFocus();
    key(Qt::Key_C, Qt::ControlModifier);
    const QMimeData* data = QApplication::clipboard()->mimeData();
    ASSERT_TRUE(data && data->hasFormat(MapClipboard::mimeType()));
    EXPECT_TRUE(data->text().contains(original.name)) << "plain text for other programs";

    const Journey& other = project().journeys[1];
    const Id target = other.stages[1].id;
    const size_t touchpoints = other.stages[1].touchpoints.size();
    const size_t cards = other.stages[1].cards.size();
    selection()->select({EntityKind::Stage, target});
    settle();
    ASSERT_EQ(canvas()->journeyId(), other.id);
    view()->setFocus();
    key(Qt::Key_V, Qt::ControlModifier);
    const Stage* pasted = findStage(project(), target);
    ASSERT_EQ(pasted->touchpoints.size(), touchpoints + 1);
    ASSERT_EQ(pasted->cards.size(), cards + 1);
    const Touchpoint& copy = pasted->touchpoints.back();
    EXPECT_NE(copy.id, original.id) << "a paste is new";
    EXPECT_EQ(copy.name, original.name);
    EXPECT_EQ(copy.channel, original.channel);
    EXPECT_EQ(copy.owner, original.owner);
    const bool found = std::any_of(pasted->cards.begin(), pasted->cards.end(),
                                   [&](const LaneCard& c) { return c.text == cardText; });
    EXPECT_TRUE(found);
    EXPECT_EQ(undo()->undoText(), QStringLiteral("Paste 2 items"));
    EXPECT_EQ(selection()->selected().size(), 2) << "what was pasted is selected";
    undo()->undo();
    EXPECT_EQ(findStage(project(), target)->touchpoints.size(), touchpoints);
    EXPECT_EQ(findStage(project(), target)->cards.size(), cards);
}

TEST_F(MapCanvasTest, CopyInOneWindowAndPasteInAnother)
{
    const Touchpoint original = journey().stages[2].touchpoints[0];
    selection()->select({EntityKind::Touchpoint, original.id});
    settle();
    canvas()->copy();

    auto session = ProjectSession::create(dir.path(QStringLiteral("Other client.journey")),
                                          demoProject(), nullptr);
    ASSERT_TRUE(session);
    MainWindow other(std::move(session));
    other.show();
    settle();
    const Journey& target = other.document()->project().journeys[1];
    const Id stage = target.stages[0].id;
    const size_t before = target.stages[0].touchpoints.size();
    other.selectionModel()->select({EntityKind::Stage, stage});
    settle();
    EXPECT_EQ(other.map()->paste(), 1);
    const Stage* pasted = findStage(other.document()->project(), stage);
    ASSERT_EQ(pasted->touchpoints.size(), before + 1);
    EXPECT_EQ(pasted->touchpoints.back().name, original.name);
    EXPECT_EQ(pasted->touchpoints.back().channel, original.channel);
    EXPECT_EQ(findStage(project(), journey().stages[2].id)->touchpoints.front().id, original.id)
        << "the first window is unchanged";
}

TEST_F(MapCanvasTest, CutTakesThemAwayAndPlainTextPastesAsCards)
{
    const Id card = journey().stages[0].cards[0].id;
    const QString text = journey().stages[0].cards[0].text;
    selection()->select({EntityKind::Card, card});
    settle();
    view()->setFocus();
    key(Qt::Key_X, Qt::ControlModifier);
    EXPECT_FALSE(findCard(project(), card));
    EXPECT_EQ(undo()->undoText(), QStringLiteral("Cut %1").arg(quoted(text)));
    settle();
    EXPECT_TRUE(selection()->isEmpty()) << "no neighbour takes over";

    // Lines from another program become cards in the selected card's lane.
    const LaneCard anchor = journey().stages[1].cards[0];
    selection()->select({EntityKind::Card, anchor.id});
    QApplication::clipboard()->setText(QStringLiteral("First idea\n\n  Second idea  \n"));
    settle();
    view()->setFocus();
    key(Qt::Key_V, Qt::ControlModifier);
    const Stage& stage = journey().stages[1];
    QStringList texts;
    for (const LaneCard& c : stage.cards) {
        if (c.laneId == anchor.laneId)
            texts << c.text;
    }
    EXPECT_EQ(texts.mid(1, 2),
              (QStringList{QStringLiteral("First idea"), QStringLiteral("Second idea")}))
        << "right after the selected card";
}

} // namespace
} // namespace js
