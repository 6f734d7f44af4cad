// The map canvas with the real window: building a journey by typing on the
// canvas, zoom, frozen headers, presentation mode, lanes, the keyboard, undo
// and redo. Each test drives the widgets and asserts the document.
#include "MapCanvasFixture.h"

#include <gtest/gtest.h>

namespace js {
namespace {

using test::MapCanvasTest;

TEST_F(MapCanvasTest, TheCanvasShowsTheJourneySelectedInTheNavigator)
{
    const Journey& future = project().journeys[1];
    window->navigator()->select({EntityKind::Journey, future.id});
    settle();
    EXPECT_EQ(canvas()->journeyId(), future.id);
    EXPECT_EQ(scene()->layout().stages.size(), future.stages.size());
    ASSERT_TRUE(scene()->item(MapItem::Part::Stage, future.stages[0].id));
    document()->set(future.stages[0].id, &Stage::name, QStringLiteral("Discover"));
    settle();
    EXPECT_EQ(scene()->layout().stage(future.stages[0].id)->name.text, QStringLiteral("Discover"));
}

TEST_F(MapCanvasTest, OneEditRefreshesOnlyTheItemsOfThatEntity)
{
    const Stage& stage = journey().stages[1];
    const Id renamed = stage.touchpoints[0].id;
    std::map<MapItem*, int> before;
    for (MapItem* item : scene()->mapItems())
        before[item] = item->refreshes();
    const int rebuilds = scene()->rebuilds();

    // Same length, same wrap: nothing else moves.
    QString name = stage.touchpoints[0].name;
    name[0] = name[0] == u'X' ? u'Y' : u'X';
    document()->set(renamed, &Touchpoint::name, name);
    settle();
    EXPECT_EQ(scene()->rebuilds(), rebuilds) << "the scene was not rebuilt";
    for (MapItem* item : scene()->mapItems()) {
        ASSERT_TRUE(before.contains(item)) << "no item was made anew";
        const bool isIt = item->part() == MapItem::Part::Touchpoint && item->id() == renamed;
        EXPECT_EQ(item->refreshes(), before[item] + (isIt ? 1 : 0))
            << int(item->part()) << " " << item->id();
    }

    // An edit the map does not show (importance) touches nothing at all.
    for (MapItem* item : scene()->mapItems())
        before[item] = item->refreshes();
    document()->set(renamed, &Touchpoint::importance, 1);
    settle();
    for (MapItem* item : scene()->mapItems())
        EXPECT_EQ(item->refreshes(), before[item]);

    // An emotion refreshes the curve only.
    document()->set(renamed, &Touchpoint::emotion, Touchpoint::MinEmotion);
    settle();
    for (MapItem* item : scene()->mapItems()) {
        const bool isCurve = item->part() == MapItem::Part::Curve;
        EXPECT_EQ(item->refreshes(), before[item] + (isCurve ? 1 : 0)) << int(item->part());
    }
}

TEST_F(MapCanvasTest, BuildAJourneyByTypingOnTheCanvas)
{
    // A new, empty journey says what to do.
    Journey blank;
    blank.name = QStringLiteral("Blank");
    blank.lanes = {Lane{NoId, QStringLiteral("Touchpoints"), LaneKind::Touchpoints},
                   Lane{NoId, QStringLiteral("Pain points"), LaneKind::Text}};
    const Id id = document()->addJourney(blank);
    selection()->select({EntityKind::Journey, id});
    settle();
    ASSERT_EQ(canvas()->journeyId(), id);
    ASSERT_FALSE(scene()->layout().hints.empty());

    // A stage: one click, type, Enter for the next, Escape ends.
    auto* addStage = canvas()->findChild<QToolButton*>(QStringLiteral("mapAddStage"));
    ASSERT_TRUE(addStage);
    QTest::mouseClick(addStage, Qt::LeftButton);
    settle();
    ASSERT_TRUE(editor()->isEditing());
    ASSERT_TRUE(editor()->hasFocus());
    type(QStringLiteral("Discover"));
    key(Qt::Key_Return);
    type(QStringLiteral("Buy"));
    key(Qt::Key_Escape);
    ASSERT_EQ(journey().stages.size(), 2u);
    EXPECT_EQ(journey().stages[0].name, QStringLiteral("Discover"));
    EXPECT_EQ(journey().stages[1].name, QStringLiteral("Buy"));
    EXPECT_FALSE(editor()->isEditing());
    EXPECT_TRUE(scene()->layout().hints.empty());

    // Touchpoints go into the selected stage; Ctrl+T from the keyboard.
    selection()->select({EntityKind::Stage, journey().stages[0].id});
    view()->setFocus();
    key(Qt::Key_T, Qt::ControlModifier);
    type(QStringLiteral("Search ad"));
    key(Qt::Key_Return);
    type(QStringLiteral("Blog post"));
    key(Qt::Key_Escape);
    ASSERT_EQ(journey().stages[0].touchpoints.size(), 2u);
    EXPECT_EQ(journey().stages[0].touchpoints[0].name, QStringLiteral("Search ad"));
    EXPECT_EQ(journey().stages[0].touchpoints[1].name, QStringLiteral("Blog post"));

    // Cards: Ctrl+K adds one to the first text lane of the selected stage.
    view()->setFocus();
    key(Qt::Key_K, Qt::ControlModifier);
    type(QStringLiteral("Too many ads"));
    key(Qt::Key_Escape);
    ASSERT_EQ(journey().stages[0].cards.size(), 1u);
    EXPECT_EQ(journey().stages[0].cards[0].text, QStringLiteral("Too many ads"));
    EXPECT_EQ(journey().stages[0].cards[0].laneId, journey().lanes[1].id);

    // Tab moves on to the next touchpoint and types over it.
    selection()->select({EntityKind::Touchpoint, journey().stages[0].touchpoints[0].id});
    view()->setFocus();
    key(Qt::Key_F2);
    ASSERT_TRUE(editor()->isEditing());
    key(Qt::Key_Tab);
    EXPECT_EQ(editor()->target(),
              (Selection{EntityKind::Touchpoint, journey().stages[0].touchpoints[1].id}));
    type(QStringLiteral("Video"));
    key(Qt::Key_Escape);
    EXPECT_EQ(journey().stages[0].touchpoints[1].name, QStringLiteral("Video"));

    // Every step undoes, one by one, back to the blank journey.
    // A rename is named by what it was called.
    EXPECT_EQ(undo()->undoText(), QStringLiteral("Rename touchpoint “Blog post”"));
    while (journey().stages.size() > 0 && undo()->canUndo())
        undo()->undo();
    settle();
    EXPECT_TRUE(journey().stages.empty());
    while (undo()->canRedo())
        undo()->redo();
    settle();
    EXPECT_EQ(journey().stages[0].touchpoints[1].name, QStringLiteral("Video"));
    EXPECT_EQ(scene()->layout().touchpoints.size(), 2u);
}

TEST_F(MapCanvasTest, AnItemLeftEmptyIsTakenAwayAgain)
{
    const size_t stages = journey().stages.size();
    const int steps = undo()->count();
    canvas()->addStage();
    settle();
    ASSERT_EQ(journey().stages.size(), stages + 1);
    key(Qt::Key_Escape);
    EXPECT_EQ(journey().stages.size(), stages);
    EXPECT_EQ(undo()->index(), steps) << "no undo step is left for it";
    EXPECT_FALSE(undo()->canRedo()) << "and nothing to redo";
    EXPECT_EQ(selection()->current().kind, EntityKind::Project) << "nothing was selected before";

    // From a selected card, an empty new card gives the selection back.
    const Id card = journey().stages[1].cards[0].id;
    selection()->select({EntityKind::Card, card});
    settle();
    canvas()->addCard();
    settle();
    key(Qt::Key_Escape);
    EXPECT_EQ(selection()->current(), (Selection{EntityKind::Card, card}));
}

TEST_F(MapCanvasTest, DoubleClickEditsAnItemInPlace)
{
    const Touchpoint t = journey().stages[0].touchpoints[0];
    const Id id = t.id;
    QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, at(EntityKind::Touchpoint, id));
    settle();
    ASSERT_TRUE(editor()->isEditing());
    EXPECT_EQ(editor()->target(), (Selection{EntityKind::Touchpoint, id}));
    EXPECT_EQ(editor()->text(), t.name);
    type(QStringLiteral("Reels ad"));
    const size_t touchpoints = journey().stages[0].touchpoints.size();
    key(Qt::Key_Return); // confirms a rename; nothing new follows it
    EXPECT_EQ(findTouchpoint(project(), id)->name, QStringLiteral("Reels ad"));
    EXPECT_FALSE(editor()->isEditing());
    EXPECT_EQ(journey().stages[0].touchpoints.size(), touchpoints);
    EXPECT_EQ(undo()->undoText(), QStringLiteral("Rename touchpoint “%1”").arg(t.name));
    // One step takes the whole name back.
    undo()->undo();
    settle();
    EXPECT_EQ(findTouchpoint(project(), id)->name, t.name);
}

TEST_F(MapCanvasTest, EachSittingAtANameIsItsOwnUndoStep)
{
    const Id id = journey().stages[0].cards[0].id;
    const QString original = findCard(project(), id)->text;
    selection()->select({EntityKind::Card, id});
    settle();
    view()->setFocus();
    key(Qt::Key_F2);
    key(Qt::Key_End);
    type(QStringLiteral(" first"));
    key(Qt::Key_Escape);
    key(Qt::Key_F2);
    key(Qt::Key_End);
    type(QStringLiteral(" second"));
    EXPECT_EQ(findCard(project(), id)->text, original + QStringLiteral(" first second"));
    // Undo while typing takes back this sitting only, and the field shows it.
    key(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(findCard(project(), id)->text, original + QStringLiteral(" first"));
    EXPECT_TRUE(editor()->isEditing());
    EXPECT_EQ(editor()->text(), original + QStringLiteral(" first"));
    key(Qt::Key_Escape);
    undo()->undo();
    EXPECT_EQ(findCard(project(), id)->text, original);
}

TEST_F(MapCanvasTest, ANewItemAndItsNameAreOneUndoStep)
{
    selection()->select({EntityKind::Card, journey().stages[1].cards[0].id});
    settle();
    const int steps = undo()->count();
    view()->setFocus();
    key(Qt::Key_K, Qt::ControlModifier);
    type(QStringLiteral("Too many ads"));
    key(Qt::Key_Escape);
    EXPECT_EQ(undo()->count(), steps + 1);
    EXPECT_EQ(undo()->undoText(), QStringLiteral("Add card “Too many ads”"));
    const size_t cards = journey().stages[1].cards.size();
    undo()->undo();
    EXPECT_EQ(journey().stages[1].cards.size(), cards - 1) << "one undo takes it all";
    undo()->redo();
    EXPECT_EQ(journey().stages[1].cards.size(), cards);

    // Undo while typing into a new item takes it back, as it was typed.
    view()->setFocus();
    key(Qt::Key_K, Qt::ControlModifier);
    type(QStringLiteral("Oops"));
    key(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_FALSE(editor()->isEditing());
    EXPECT_EQ(journey().stages[1].cards.size(), cards);
    EXPECT_EQ(undo()->redoText(), QStringLiteral("Add card “Oops”"));

    // Other edits while a new item is open stay their own steps.
    view()->setFocus();
    key(Qt::Key_K, Qt::ControlModifier);
    const Id lane = journey().lanes.back().id;
    document()->set(lane, &Lane::hidden, true);
    settle();
    EXPECT_TRUE(findLane(project(), lane)->hidden);
    EXPECT_TRUE(undo()->undoText().startsWith(QStringLiteral("Hide lane")));
}

TEST_F(MapCanvasTest, DuplicateAJourneyAsItsFutureState)
{
    const Journey original = journey();
    ASSERT_EQ(original.state, JourneyState::Current);
    dialogs::testing::queueAnswer(QStringLiteral("Patio order, reimagined"));
    action("actionDuplicateJourney")->trigger();
    settle();
    const Journey& copy = *findJourney(project(), canvas()->journeyId());
    EXPECT_NE(copy.id, original.id);
    EXPECT_EQ(copy.name, QStringLiteral("Patio order, reimagined"));
    EXPECT_EQ(copy.state, JourneyState::Future);
    ASSERT_EQ(copy.stages.size(), original.stages.size());
    EXPECT_EQ(copy.stages[1].touchpoints.size(), original.stages[1].touchpoints.size());
    EXPECT_NE(copy.stages[1].touchpoints[0].id, original.stages[1].touchpoints[0].id);
    EXPECT_EQ(undo()->undoText(), QStringLiteral("Duplicate journey “%1”").arg(original.name));
    const Id copyId = copy.id;
    undo()->undo();
    settle();
    EXPECT_FALSE(findJourney(project(), copyId)) << "one undo takes the whole copy";
    EXPECT_NE(canvas()->journeyId(), copyId);
    EXPECT_TRUE(findJourney(project(), canvas()->journeyId()));
}

TEST_F(MapCanvasTest, ZoomAndFrozenHeaders)
{
    view()->setZoom(1.0);
    action("actionZoomIn")->trigger();
    EXPECT_GT(view()->zoom(), 1.0);
    action("actionZoomOut")->trigger();
    EXPECT_NEAR(view()->zoom(), 1.0, 1e-9);
    QWheelEvent wheel(QPointF(200, 200), view()->viewport()->mapToGlobal(QPointF(200, 200)),
                      QPoint(), QPoint(0, 240), Qt::NoButton, Qt::ControlModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(view()->viewport(), &wheel);
    EXPECT_GT(view()->zoom(), 1.2);

    action("actionFitToWindow")->trigger();
    settle();
    const QRectF visible = view()->mapToScene(view()->viewport()->rect()).boundingRect();
    EXPECT_TRUE(visible.adjusted(-2, -2, 2, 2).contains(scene()->layout().bounds))
        << "the whole map fits";

    // Scrolled down and right, the stage headers and lane titles stay.
    view()->setZoom(1.5);
    view()->verticalScrollBar()->setValue(view()->verticalScrollBar()->maximum());
    view()->horizontalScrollBar()->setValue(view()->horizontalScrollBar()->maximum());
    settle();
    const QRectF now = view()->mapToScene(view()->viewport()->rect()).boundingRect();
    MapItem* stage = scene()->item(MapItem::Part::Stage, journey().stages.back().id);
    MapItem* lane = scene()->item(MapItem::Part::Lane, journey().lanes.front().id);
    EXPECT_NEAR(stage->sceneBoundingRect().top() + 6 * scene()->layout().style.scale, now.top(),
                1.0);
    EXPECT_NEAR(lane->sceneBoundingRect().left() + 6 * scene()->layout().style.scale, now.left(),
                1.0);
}

TEST_F(MapCanvasTest, PresentationModeStepsThroughTheStages)
{
    view()->setZoom(0.9);
    view()->horizontalScrollBar()->setValue(120);
    const int scrolled = view()->horizontalScrollBar()->value();
    QAction* present = action("actionPresent");
    ASSERT_TRUE(present);
    present->trigger();
    settle();
    EXPECT_TRUE(window->isPresenting());
    EXPECT_TRUE(window->isFullScreen());
    EXPECT_FALSE(window->menuBar()->isVisible());
    EXPECT_FALSE(window->findChild<QDockWidget*>(QStringLiteral("navigatorDock"))->isVisible());
    EXPECT_FALSE(view()->isEditable() && !view()->isPresenting());
    EXPECT_GT(scene()->layout().style.scale, 1.2) << "large type";
    EXPECT_EQ(scene()->currentStage(), journey().stages[0].id);
    QTest::keyClick(view(), Qt::Key_Right);
    QTest::keyClick(view(), Qt::Key_Right);
    EXPECT_EQ(scene()->currentStage(), journey().stages[2].id);
    QTest::keyClick(view(), Qt::Key_Left);
    EXPECT_EQ(scene()->currentStage(), journey().stages[1].id);
    // No editing while presenting: no typing, no Delete, no Paste.
    EXPECT_FALSE(action("actionDelete")->isEnabled());
    EXPECT_FALSE(action("actionPaste")->isEnabled());
    EXPECT_FALSE(action("actionAddTouchpoint")->isEnabled());
    const size_t touchpoints = journey().stages[0].touchpoints.size();
    selection()->select({EntityKind::Touchpoint, journey().stages[0].touchpoints[0].id});
    QTest::keyClick(view(), Qt::Key_Delete);
    EXPECT_EQ(journey().stages[0].touchpoints.size(), touchpoints);
    EXPECT_FALSE(canvas()->paste());
    const size_t stages = journey().stages.size();
    QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {},
                       at(EntityKind::Stage, journey().stages[1].id));
    EXPECT_FALSE(editor()->isEditing());
    EXPECT_EQ(journey().stages.size(), stages);

    // Clicks select nothing: the room sees the map, not the facilitator's
    // clicks.
    const Selection before = selection()->current();
    QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {},
                       at(EntityKind::Card, journey().stages[1].cards[0].id));
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {},
                      atScene(scene()->layout().curve.points[2].position));
    settle();
    EXPECT_EQ(selection()->current(), before);
    EXPECT_FALSE(action("actionToggle_inspectorDock")->isEnabled()) << "panels stay away";

    QTest::keyClick(view(), Qt::Key_Escape);
    settle();
    EXPECT_FALSE(window->isPresenting());
    EXPECT_FALSE(window->isFullScreen());
    EXPECT_TRUE(window->menuBar()->isVisible());
    EXPECT_TRUE(window->findChild<QDockWidget*>(QStringLiteral("navigatorDock"))->isVisible());
    EXPECT_EQ(scene()->currentStage(), NoId);
    EXPECT_DOUBLE_EQ(scene()->layout().style.scale, 1.0);
    EXPECT_DOUBLE_EQ(view()->zoom(), 0.9) << "the view comes back as it was";
    EXPECT_EQ(view()->horizontalScrollBar()->value(), scrolled);
    EXPECT_TRUE(action("actionDelete")->isEnabled());
}

TEST_F(MapCanvasTest, SidePanelsHideWithOneShortcutEach)
{
    auto* navigator = window->findChild<QDockWidget*>(QStringLiteral("navigatorDock"));
    auto* inspector = window->findChild<QDockWidget*>(QStringLiteral("inspectorDock"));
    ASSERT_TRUE(navigator->isVisible() && inspector->isVisible());
    view()->setFocus();
    key(Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_FALSE(navigator->isVisible());
    key(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_FALSE(inspector->isVisible());
    // Remembered for the next window.
    auto session =
        ProjectSession::create(dir.path(QStringLiteral("Second.journey")), demoProject(), nullptr);
    ASSERT_TRUE(session);
    {
        MainWindow second(std::move(session));
        second.show();
        settle();
        EXPECT_FALSE(second.findChild<QDockWidget*>(QStringLiteral("navigatorDock"))->isVisible());
    }
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window));
    view()->setFocus();
    key(Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    key(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(navigator->isVisible());
    EXPECT_TRUE(inspector->isVisible());
}

TEST_F(MapCanvasTest, ArrowKeysStepBetweenTouchpointsAndCards)
{
    const Stage& first = journey().stages[0];
    selection()->select({EntityKind::Touchpoint, first.touchpoints[0].id});
    settle();
    view()->setFocus();
    key(Qt::Key_Down);
    EXPECT_EQ(selection()->current(), (Selection{EntityKind::Touchpoint, first.touchpoints[1].id}));
    key(Qt::Key_Up);
    EXPECT_EQ(selection()->current(), (Selection{EntityKind::Touchpoint, first.touchpoints[0].id}));
    key(Qt::Key_Right);
    const Id owner = ownerOf(project(), selection()->current().kind, selection()->current().id);
    EXPECT_EQ(owner, journey().stages[1].id);
}

TEST_F(MapCanvasTest, AltArrowsMoveWhatIsSelected)
{
    const Id touchpoint = journey().stages[1].touchpoints[0].id;
    selection()->select({EntityKind::Touchpoint, touchpoint});
    settle();
    view()->setFocus();
    key(Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(journey().stages[1].touchpoints[1].id, touchpoint);
    key(Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(journey().stages[2].touchpoints[1].id, touchpoint);
    EXPECT_EQ(selection()->current(), (Selection{EntityKind::Touchpoint, touchpoint}));

    const Id stage = journey().stages[0].id;
    selection()->select({EntityKind::Stage, stage});
    settle();
    key(Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(journey().stages[1].id, stage);
    key(Qt::Key_Left, Qt::AltModifier);
    key(Qt::Key_Left, Qt::AltModifier); // already first: nothing
    EXPECT_EQ(journey().stages[0].id, stage);

    const LaneCard card = journey().stages[0].cards[0];
    selection()->select({EntityKind::Card, card.id});
    settle();
    key(Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(ownerOf(project(), EntityKind::Card, card.id), journey().stages[1].id);
    EXPECT_EQ(findCard(project(), card.id)->laneId, card.laneId);
    // Each was one undo step.
    undo()->undo();
    EXPECT_EQ(ownerOf(project(), EntityKind::Card, card.id), journey().stages[0].id);
}

TEST_F(MapCanvasTest, NoTouchpointGoesIntoAHiddenLane)
{
    Id lane = NoId;
    for (const Lane& l : journey().lanes) {
        if (l.kind == LaneKind::Touchpoints)
            lane = l.id;
    }
    document()->set(lane, &Lane::hidden, true);
    settle();
    selection()->select({EntityKind::Stage, journey().stages[0].id});
    settle();
    EXPECT_FALSE(action("actionAddTouchpoint")->isEnabled());
    const size_t before = journey().stages[0].touchpoints.size();
    canvas()->addTouchpoint();
    EXPECT_EQ(journey().stages[0].touchpoints.size(), before);
    // Nor does a paste put one there.
    QApplication::clipboard()->setText(QStringLiteral("Hidden ad"));
    canvas()->paste();
    EXPECT_EQ(journey().stages[0].touchpoints.size(), before);
    // Shown again, it can be added to at once.
    document()->set(lane, &Lane::hidden, false);
    settle();
    EXPECT_TRUE(action("actionAddTouchpoint")->isEnabled());
}

TEST_F(MapCanvasTest, TheLanesMenuHidesALaneAndBringsItBack)
{
    auto* menu = canvas()->findChild<QMenu*>(QStringLiteral("mapLanesMenu"));
    ASSERT_TRUE(menu);
    Q_EMIT menu->aboutToShow();
    ASSERT_EQ(menu->actions().size(), int(journey().lanes.size()));
    const Lane backstage = journey().lanes.back();
    QAction* last = menu->actions().back();
    EXPECT_EQ(last->text(), backstage.name);
    EXPECT_TRUE(last->isChecked());
    last->trigger();
    settle();
    EXPECT_TRUE(findLane(project(), backstage.id)->hidden);
    EXPECT_FALSE(scene()->item(MapItem::Part::Lane, backstage.id)) << "gone from the map";
    // A hidden lane is still in the menu, unchecked: that is how it comes back.
    Q_EMIT menu->aboutToShow();
    ASSERT_FALSE(menu->actions().back()->isChecked());
    menu->actions().back()->trigger();
    settle();
    EXPECT_FALSE(findLane(project(), backstage.id)->hidden);
    EXPECT_TRUE(scene()->item(MapItem::Part::Lane, backstage.id));
}

TEST_F(MapCanvasTest, ClosingTheWindowWhileANewCardIsEmptyLeavesNoEmptyCard)
{
    selection()->select({EntityKind::Card, journey().stages[1].cards[0].id});
    settle();
    const size_t cards = journey().stages[1].cards.size();
    canvas()->addCard();
    settle();
    ASSERT_TRUE(editor()->isEditing());
    ASSERT_EQ(journey().stages[1].cards.size(), cards + 1);
    const Id stage = journey().stages[1].id;
    window->close();
    delete window;
    window = nullptr;
    OpenResult result;
    auto reopened = ProjectSession::open(path, &result);
    ASSERT_TRUE(reopened);
    EXPECT_EQ(findStage(reopened->document()->project(), stage)->cards.size(), cards);
}

TEST_F(MapCanvasTest, HelpListsEveryShortcut)
{
    dialogs::testing::queueAnswer(QStringLiteral("ok"));
    action("actionKeyboardShortcuts")->trigger();
    const QStringList messages = dialogs::testing::takeMessages();
    ASSERT_EQ(messages.size(), 1);
    const QString list = messages.front();
    for (const char* line :
         {"Add touchpoint: Ctrl+T", "Add card: Ctrl+K", "Add stage: Ctrl+Shift+N",
          "Presentation mode: F11", "Fit to window: Ctrl+0", "Undo: Ctrl+Z",
          "Move to the left: Alt+Left", "Redo: ", "Ctrl+Shift+Z",
          "Show or hide the inspector: Ctrl+Shift+I", "Double-click"})
        EXPECT_TRUE(list.contains(QString::fromUtf8(line))) << line;
    EXPECT_FALSE(list.contains(QStringLiteral("F14"))) << "no keys of rare keyboards";
    EXPECT_FALSE(list.contains(QStringLiteral("Undo Delete"))) << "commands by their own names";
}

} // namespace
} // namespace js
