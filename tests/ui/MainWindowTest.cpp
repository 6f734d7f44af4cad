// The main window driven through its real widgets, offscreen.
#include "ui/mainwindow/MainWindow.h"

#include "WindowTest.h"
#include "core/content/DemoProject.h"
#include "core/document/ProjectDocument.h"
#include "core/storage/ProjectSession.h"
#include "ui/actions/ActionList.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/mainwindow/AboutBox.h"
#include "ui/mainwindow/Inspector.h"
#include "ui/mainwindow/Navigator.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace js {
namespace {

class MainWindowTest : public test::WindowTest {
protected:
    Id firstTouchpoint() const
    {
        return document()->project().journeys[0].stages[0].touchpoints[0].id;
    }
};

TEST_F(MainWindowTest, ShowsNavigatorTabsAndInspector)
{
    EXPECT_TRUE(window->navigator()->isVisible());
    EXPECT_TRUE(window->inspector()->isVisible());
    QStringList tabs;
    for (int i = 0; i < window->tabs()->count(); ++i)
        tabs << window->tabs()->tabText(i);
    EXPECT_EQ(tabs, (QStringList{QStringLiteral("Map"), QStringLiteral("Assess"),
                                 QStringLiteral("Insights"), QStringLiteral("Actions")}));
    QStringList sections;
    for (int i = 0; i < window->navigator()->topLevelItemCount(); ++i)
        sections << window->navigator()->topLevelItem(i)->text(0);
    EXPECT_TRUE(sections.contains(QStringLiteral("Journeys")));
    EXPECT_TRUE(sections.contains(QStringLiteral("Personas")));
    EXPECT_TRUE(sections.contains(QStringLiteral("Frameworks")));
    EXPECT_TRUE(sections.contains(QStringLiteral("Rounds")));
    EXPECT_TRUE(window->windowTitle().startsWith(QStringLiteral("Fernbrook")));
}

TEST_F(MainWindowTest, MenusHaveTheStandardShortcuts)
{
    EXPECT_EQ(action("actionNew")->shortcut(), QKeySequence(QKeySequence::New));
    EXPECT_EQ(action("actionOpen")->shortcut(), QKeySequence(QKeySequence::Open));
    EXPECT_EQ(action("actionUndo")->shortcuts(), QKeySequence::keyBindings(QKeySequence::Undo));
    // Redo answers to every key the platform binds to it, not only the first.
    EXPECT_EQ(action("actionRedo")->shortcuts(), QKeySequence::keyBindings(QKeySequence::Redo));
    EXPECT_TRUE(action("actionRedo")->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+Y"))));
    EXPECT_EQ(action("actionQuit")->shortcut(), QKeySequence(QKeySequence::Quit));
    for (QAction* menu : window->menuBar()->actions()) {
        for (QAction* item : menu->menu()->actions())
            EXPECT_FALSE(item->text().contains(QStringLiteral("coming"), Qt::CaseInsensitive));
    }
}

TEST_F(MainWindowTest, TheAboutBoxNamesTheVersion)
{
    const QString text = aboutText();
    EXPECT_TRUE(
        text.contains(QStringLiteral("Journeyscope %1").arg(QStringLiteral(JOURNEYSCOPE_VERSION))))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QString::fromLatin1(qVersion())));
}

TEST_F(MainWindowTest, TypingInTheInspectorEditsTheModelAndUndoShowsInTheField)
{
    const Id id = firstTouchpoint();
    const QString original = findTouchpoint(document()->project(), id)->name;
    window->navigator()->select({EntityKind::Touchpoint, id});
    auto* name = window->inspector()->findChild<QLineEdit*>(QStringLiteral("touchpointName"));
    ASSERT_TRUE(name);
    EXPECT_EQ(name->text(), original);
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Reels ad"));
    EXPECT_EQ(findTouchpoint(document()->project(), id)->name, QStringLiteral("Reels ad"));
    EXPECT_EQ(document()->undoStack()->count(), 1) << "typing is one undo step";

    action("actionUndo")->trigger();
    settle();
    EXPECT_EQ(findTouchpoint(document()->project(), id)->name, original);
    EXPECT_EQ(name->text(), original);
    action("actionRedo")->trigger();
    settle();
    EXPECT_EQ(name->text(), QStringLiteral("Reels ad"));
}

TEST_F(MainWindowTest, UndoKeysInAFieldUndoTheProject)
{
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window));
    const Id id = firstTouchpoint();
    const QString original = findTouchpoint(document()->project(), id)->name;
    window->navigator()->select({EntityKind::Touchpoint, id});
    settle();
    auto* name = window->inspector()->findChild<QLineEdit*>(QStringLiteral("touchpointName"));
    ASSERT_TRUE(name);
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Reels ad"));
    ASSERT_EQ(document()->undoStack()->count(), 1);

    QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
    settle();
    EXPECT_EQ(findTouchpoint(document()->project(), id)->name, original);
    EXPECT_EQ(name->text(), original);
    EXPECT_TRUE(document()->undoStack()->canRedo()) << "the project's history, not the field's";

    QTest::keyClick(name, Qt::Key_Y, Qt::ControlModifier);
    settle();
    EXPECT_EQ(findTouchpoint(document()->project(), id)->name, QStringLiteral("Reels ad"));
    EXPECT_EQ(name->text(), QStringLiteral("Reels ad"));
}

TEST_F(MainWindowTest, ImportanceOutOfRangeCannotBeEntered)
{
    const Id id = firstTouchpoint();
    window->navigator()->select({EntityKind::Touchpoint, id});
    auto* importance =
        window->inspector()->findChild<QSpinBox*>(QStringLiteral("touchpointImportance"));
    ASSERT_TRUE(importance);
    importance->setValue(9);
    EXPECT_EQ(findTouchpoint(document()->project(), id)->importance, 5);
}

TEST_F(MainWindowTest, AddAndDeleteTouchpointThroughTheMenuAndUndo)
{
    const Id stage = document()->project().journeys[0].stages[1].id;
    const size_t before = findStage(document()->project(), stage)->touchpoints.size();
    window->navigator()->select({EntityKind::Stage, stage});
    action("actionAddTouchpoint")->trigger();
    settle();
    EXPECT_EQ(findStage(document()->project(), stage)->touchpoints.size(), before + 1);
    const Selection selected = window->navigator()->selection();
    EXPECT_EQ(selected.kind, EntityKind::Touchpoint);

    const size_t ratings = document()->project().ratings.size();
    window->navigator()->select({EntityKind::Touchpoint, firstTouchpoint()});
    action("actionDelete")->trigger();
    settle();
    EXPECT_LT(document()->project().ratings.size(), ratings);
    action("actionUndo")->trigger();
    settle();
    EXPECT_EQ(document()->project().ratings.size(), ratings);
}

TEST_F(MainWindowTest, ActionsTabListsThePlan)
{
    auto* table = window->findChild<QTableWidget*>(QStringLiteral("actionList"));
    ASSERT_TRUE(table);
    EXPECT_EQ(table->rowCount(), int(document()->project().actions.size()));
    EXPECT_EQ(table->item(0, 0)->text(), document()->project().actions[0].title);
}

TEST_F(MainWindowTest, TheActionListFollowsEditsRowByRow)
{
    auto* list = window->findChild<ActionList*>(QStringLiteral("actionList"));
    ASSERT_TRUE(list);
    const int rebuilds = list->rebuilds();
    const Action& first = document()->project().actions[0];
    const Id id = first.id;
    document()->set(id, &Action::title, QStringLiteral("Show freight cost up front"));
    EXPECT_EQ(list->item(0, 0)->text(), QStringLiteral("Show freight cost up front"));
    // A touchpoint's new name shows in the rows that name it.
    const Id touchpoint = first.touchpointId;
    ASSERT_NE(touchpoint, NoId);
    document()->set(touchpoint, &Touchpoint::name, QStringLiteral("Product page v2"));
    EXPECT_EQ(list->item(0, 1)->text(), QStringLiteral("Product page v2"));
    // Rows come and go with their actions, in the plan's order.
    const int rows = list->rowCount();
    Action added;
    added.title = QStringLiteral("Call back within a day");
    document()->addAction(added, 1);
    ASSERT_EQ(list->rowCount(), rows + 1);
    EXPECT_EQ(list->item(1, 0)->text(), QStringLiteral("Call back within a day"));
    document()->undoStack()->undo();
    EXPECT_EQ(list->rowCount(), rows);
    EXPECT_EQ(list->item(1, 0)->text(), document()->project().actions[1].title);
    ASSERT_TRUE(document()->removeAction(id));
    EXPECT_EQ(list->rowCount(), rows - 1);
    EXPECT_EQ(list->rebuilds(), rebuilds) << "no edit rebuilt the table";
}

} // namespace
} // namespace js
