// The Edit menu and the navigator with the real window: every kind of entity
// can be added from the menu and lands selected, with its name ready to type;
// the tree keeps its open branches; deleting selects the neighbour; undo
// selects what it brings back.
#include "WindowTest.h"
#include "core/content/DemoProject.h"
#include "core/content/JourneyTemplates.h"
#include "core/document/ProjectDocument.h"
#include "core/storage/ProjectSession.h"
#include "ui/assess/RoundDialog.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/mainwindow/Inspector.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/Navigator.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidgetItemIterator>

#include <gtest/gtest.h>

namespace js {
namespace {

class EditMenuTest : public test::WindowTest {
protected:
    Navigator* navigator() const { return window->navigator(); }
    void trigger(const char* name)
    {
        QAction* item = action(name);
        ASSERT_TRUE(item) << name;
        ASSERT_TRUE(item->isEnabled()) << name;
        item->trigger();
        settle();
    }
    QTreeWidgetItem* itemFor(EntityKind kind, Id id) const
    {
        navigator()->select({kind, id});
        return navigator()->currentItem();
    }
    // The name field of the inspector: it has the focus and its text selected.
    void expectNameReadyToType(const QString& name)
    {
        auto* field = window->inspector()->findChild<QLineEdit*>();
        ASSERT_TRUE(field);
        EXPECT_EQ(field->text(), name);
        EXPECT_EQ(field->selectedText(), name);
        EXPECT_TRUE(field->hasFocus());
    }
};

TEST_F(EditMenuTest, AJourneyFromTheServiceBlueprintTemplate)
{
    const size_t before = project().journeys.size();
    dialogs::testing::queueAnswer(journeyTemplateName(JourneyTemplate::ServiceBlueprint));
    trigger("actionAddJourney");
    ASSERT_EQ(project().journeys.size(), before + 1);
    const Journey& added = project().journeys.back();
    EXPECT_EQ(added.lanes.front().name, QStringLiteral("Evidence"));
    EXPECT_EQ(added.lanes.back().name, QStringLiteral("Support processes"));
    EXPECT_EQ(added.personaId, project().personas.front().id);
    EXPECT_EQ(navigator()->selection(), (Selection{EntityKind::Journey, added.id}));
    expectNameReadyToType(added.name);

    dialogs::testing::queueAnswer(QString()); // cancel
    trigger("actionAddJourney");
    EXPECT_EQ(project().journeys.size(), before + 1) << "cancel adds nothing";
}

TEST_F(EditMenuTest, EveryKindCanBeAddedAndLandsSelected)
{
    trigger("actionAddPersona");
    EXPECT_EQ(navigator()->selection(),
              (Selection{EntityKind::Persona, project().personas.back().id}));
    expectNameReadyToType(QStringLiteral("New persona"));

    trigger("actionAddFramework_trixie");
    const Framework& copy = project().frameworks.back();
    EXPECT_EQ(copy.name, QStringLiteral("TRIXIE (copy)"));
    EXPECT_TRUE(copy.key.isEmpty()) << "the built-in one keeps its key";
    EXPECT_EQ(copy.criteria.size(), project().frameworks.front().criteria.size());
    EXPECT_EQ(navigator()->selection(), (Selection{EntityKind::Framework, copy.id}));

    // With a framework selected, a criterion goes into it.
    trigger("actionAddCriterion");
    EXPECT_EQ(project().frameworks.back().criteria.back().name, QStringLiteral("New criterion"));
    expectNameReadyToType(QStringLiteral("New criterion"));

    // The new round's dialog, accepted as it comes.
    RoundDialog::setTestFiller([](RoundDialog& dialog) { dialog.accept(); });
    trigger("actionAddRound");
    RoundDialog::setTestFiller({});
    const Round& round = project().rounds.back();
    EXPECT_EQ(round.date, QDate::currentDate());
    EXPECT_NE(round.journeyId, NoId);
    EXPECT_EQ(navigator()->selection(), (Selection{EntityKind::Round, round.id}));

    trigger("actionAddRater");
    ASSERT_EQ(project().rounds.back().raters.size(), 1u) << "into the selected round";
    expectNameReadyToType(QStringLiteral("New rater"));

    // Each addition is one undo step.
    EXPECT_EQ(document()->undoStack()->count(), 5);
}

TEST_F(EditMenuTest, OpenBranchesStayOpenThroughEditsAndRebuilds)
{
    const Framework& trixie = project().frameworks.front();
    QTreeWidgetItem* frameworkItem = itemFor(EntityKind::Framework, trixie.id);
    ASSERT_TRUE(frameworkItem);
    frameworkItem->setExpanded(true);
    QTreeWidgetItem* stageItem =
        itemFor(EntityKind::Stage, project().journeys.front().stages[2].id);
    stageItem->setExpanded(false);
    const Id touchpoint = project().journeys.front().stages[0].touchpoints[0].id;

    // A rename changes the row in place.
    document()->set(touchpoint, &Touchpoint::name, QStringLiteral("Reels ad"));
    settle();
    EXPECT_EQ(itemFor(EntityKind::Touchpoint, touchpoint)->text(0), QStringLiteral("Reels ad"));
    // A structural change rebuilds the tree, as the user left it.
    document()->addStage(project().journeys.front().id, -1, Stage{});
    settle();
    EXPECT_TRUE(itemFor(EntityKind::Framework, trixie.id)->isExpanded());
    EXPECT_FALSE(itemFor(EntityKind::Stage, project().journeys.front().stages[2].id)->isExpanded());
}

TEST_F(EditMenuTest, DeletingSelectsTheNeighbourAndUndoSelectsWhatComesBack)
{
    const Stage& stage = project().journeys.front().stages[1];
    const Id gone = stage.touchpoints[1].id;
    const Id next = stage.touchpoints[2].id;
    const QString name = stage.touchpoints[1].name;
    navigator()->select({EntityKind::Touchpoint, gone});
    navigator()->setFocus(); // deleted in the tree: its neighbour there comes next
    settle();
    trigger("actionDelete");
    EXPECT_EQ(navigator()->selection(), (Selection{EntityKind::Touchpoint, next}));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(name))
        << window->statusBar()->currentMessage().toStdString();

    trigger("actionUndo");
    EXPECT_EQ(navigator()->selection(), (Selection{EntityKind::Touchpoint, gone}));
}

TEST_F(EditMenuTest, JourneysShowTheirStateAndLongNamesHaveATooltip)
{
    const Journey& current = project().journeys.front();
    QTreeWidgetItem* item = itemFor(EntityKind::Journey, current.id);
    EXPECT_EQ(item->text(0), QStringLiteral("%1 (current state)").arg(current.name));
    EXPECT_TRUE(item->toolTip(0).contains(project().personas.front().name));
    const Id touchpoint = current.stages[0].touchpoints[0].id;
    EXPECT_TRUE(itemFor(EntityKind::Touchpoint, touchpoint)->toolTip(0).contains(u'('))
        << "the channel";
}

TEST_F(EditMenuTest, AReadOnlyProjectOffersNothingToAdd)
{
    // The window holds the file, so a second opening is read-only.
    OpenResult result;
    auto session = ProjectSession::open(window->session()->path(), &result);
    ASSERT_TRUE(session);
    ASSERT_TRUE(session->isReadOnly());
    MainWindow readOnly(std::move(session));
    for (const char* name : {"actionAddJourney", "actionAddPersona", "actionAddRound",
                             "actionAddStage", "actionAddTouchpoint", "actionDelete"}) {
        QAction* item = readOnly.findChild<QAction*>(QString::fromLatin1(name));
        ASSERT_TRUE(item) << name;
        EXPECT_FALSE(item->isEnabled()) << name;
    }
}

} // namespace
} // namespace js
