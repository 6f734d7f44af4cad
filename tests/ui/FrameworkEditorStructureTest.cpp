// The framework editor's lists: adding, deleting, duplicating, reordering
// and resetting frameworks and criteria, with the questions asked first.
#include "FrameworkEditorFixture.h"
#include "core/content/FrameworkReset.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QMimeData>
#include <QStackedWidget>

#include <algorithm>

namespace js {
namespace {

using test::FrameworkEditorTest;

TEST_F(FrameworkEditorTest, ReordersCriteriaByButtonKeyAndDrag)
{
    clickRow(4);
    ASSERT_EQ(editor->currentCriterion(), criterion("impact"));
    click("moveCriterionUp");
    EXPECT_EQ(trixie().criteria.at(3).key, QStringLiteral("impact"));
    EXPECT_EQ(rowName(3), QStringLiteral("Impact"));
    EXPECT_EQ(table()->currentIndex().row(), 3) << "the selection moves with it";

    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(trixie().criteria.at(2).key, QStringLiteral("impact"));
    click("moveCriterionDown");
    EXPECT_EQ(trixie().criteria.at(3).key, QStringLiteral("impact"));

    // Trust dragged to stand before the fourth row.
    std::unique_ptr<QMimeData> data(criteria()->mimeData({criteria()->index(0, 0)}));
    ASSERT_TRUE(data);
    EXPECT_TRUE(criteria()->dropMimeData(data.get(), Qt::MoveAction, 3, 0, {}));
    EXPECT_EQ(trixie().criteria.at(2).key, QStringLiteral("trust"));
    EXPECT_EQ(tableNames(), names());
    EXPECT_EQ(steps(), 4);

    clickRow(6);
    EXPECT_FALSE(field<QPushButton>("moveCriterionDown")->isEnabled());
    for (int i = 0; i < 4; ++i)
        document.undoStack()->undo();
    EXPECT_EQ(tableNames(), names());
    EXPECT_EQ(names().front(), QStringLiteral("Trust"));
}

TEST_F(FrameworkEditorTest, AddsAndDeletesCriteriaAskingWhenRated)
{
    click("addCriterion");
    ASSERT_EQ(trixie().criteria.size(), 8u);
    const Id added = trixie().criteria.back().id;
    EXPECT_EQ(editor->currentCriterion(), added);
    auto* name = field<QLineEdit>("criterionName");
    EXPECT_TRUE(name->hasFocus());
    EXPECT_EQ(name->selectedText(), QStringLiteral("New criterion"));
    QTest::keyClicks(name, QStringLiteral("Speed"));
    EXPECT_EQ(rowName(7), QStringLiteral("Speed"));

    click("removeCriterion");
    EXPECT_TRUE(dialogs::testing::takeMessages().isEmpty()) << "nothing rated: no question";
    EXPECT_FALSE(findCriterion(project(), added));
    EXPECT_EQ(criteria()->rowCount(), 7);
    EXPECT_EQ(table()->currentIndex().row(), 6);
    EXPECT_TRUE(table()->selectionModel()->isRowSelected(6));

    clickRow(0);
    const Id trust = criterion("trust");
    int rated = 0;
    for (const auto& [key, rating] : project().ratings)
        rated += key.criterion == trust ? 1 : 0;
    ASSERT_GT(rated, 0);
    dialogs::testing::queueAnswer(QStringLiteral("no"));
    click("removeCriterion");
    QStringList messages = dialogs::testing::takeMessages();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].contains(QStringLiteral("The %1 ratings").arg(rated)))
        << messages[0].toStdString();
    EXPECT_TRUE(findCriterion(project(), trust));

    dialogs::testing::queueAnswer(QStringLiteral("yes"));
    click("removeCriterion");
    EXPECT_FALSE(findCriterion(project(), trust));
    EXPECT_EQ(rowName(0), QStringLiteral("Relevance"));
    EXPECT_EQ(editor->currentCriterion(), criterion("relevance"));
    document.undoStack()->undo();
    EXPECT_EQ(rowName(0), QStringLiteral("Trust"));
    EXPECT_EQ(
        static_cast<int>(std::count_if(project().ratings.begin(), project().ratings.end(),
                                       [&](const auto& r) { return r.first.criterion == trust; })),
        rated);
}

TEST_F(FrameworkEditorTest, AddsDuplicatesAndDeletesFrameworks)
{
    dialogs::testing::queueAnswer(QStringLiteral("Our model"));
    click("addFramework");
    ASSERT_EQ(project().frameworks.size(), 3u);
    const Framework& own = project().frameworks.back();
    EXPECT_EQ(own.name, QStringLiteral("Our model"));
    EXPECT_TRUE(own.key.isEmpty());
    EXPECT_EQ(editor->currentFramework(), own.id);
    EXPECT_EQ(list()->currentIndex().row(), 2);
    EXPECT_EQ(field<QLineEdit>("frameworkName")->text(), QStringLiteral("Our model"));
    EXPECT_FALSE(field<QWidget>("builtInNote")->isVisible());
    EXPECT_TRUE(field<QLabel>("criterionPlaceholder")->isVisible());
    EXPECT_TRUE(
        field<QLabel>("criterionPlaceholder")->text().contains(QStringLiteral("no criteria")));
    click("addCriterion");
    EXPECT_EQ(project().frameworks.back().criteria.size(), 1u);
    EXPECT_FALSE(field<QLabel>("criterionPlaceholder")->isVisible());

    // A copy of TRIXIE is the user's own, right after it.
    list()->setCurrentIndex(list()->model()->index(0, 0));
    const int before = steps();
    click("duplicateFramework");
    EXPECT_EQ(steps(), before + 1);
    EXPECT_EQ(document.undoStack()->undoText(), QStringLiteral("Duplicate framework “TRIXIE”"));
    const Framework& copy = project().frameworks.at(1);
    EXPECT_EQ(copy.name, QStringLiteral("TRIXIE (copy)"));
    EXPECT_TRUE(copy.key.isEmpty());
    EXPECT_EQ(copy.criteria.size(), trixie().criteria.size());
    EXPECT_TRUE(copy.criteria.front().key.isEmpty());
    EXPECT_NE(copy.criteria.front().id, trixie().criteria.front().id);
    EXPECT_EQ(editor->currentFramework(), copy.id);
    EXPECT_FALSE(field<QWidget>("builtInNote")->isVisible());

    // Deleting TRIXIE says how many ratings go with it.
    list()->setCurrentIndex(list()->model()->index(0, 0));
    int rated = 0;
    for (const auto& [key, rating] : project().ratings)
        rated += findCriterion(project(), key.criterion) &&
                         ownerOf(project(), EntityKind::Criterion, key.criterion) == trixie().id
                     ? 1
                     : 0;
    ASSERT_GT(rated, 0);
    const Id trixieId = trixie().id;
    dialogs::testing::queueAnswer(QStringLiteral("yes"));
    click("removeFramework");
    const QStringList messages = dialogs::testing::takeMessages();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].contains(QStringLiteral("The %1 ratings").arg(rated)))
        << messages[0].toStdString();
    EXPECT_TRUE(messages[0].contains(QStringLiteral("7 criteria")));
    EXPECT_FALSE(findFramework(project(), trixieId));
    EXPECT_EQ(editor->currentFramework(), project().frameworks.front().id);
    EXPECT_TRUE(list()->selectionModel()->isRowSelected(0));

    document.undoStack()->undo();
    EXPECT_TRUE(findFramework(project(), trixieId));
    EXPECT_EQ(list()->model()->rowCount(), 4);
}

TEST_F(FrameworkEditorTest, ReordersFrameworksByKeyAndDrag)
{
    const Id trixieId = trixie().id;
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(project().frameworks.at(1).id, trixieId);
    EXPECT_EQ(list()->currentIndex().row(), 1) << "the selection moves with it";
    EXPECT_EQ(editor->currentFramework(), trixieId);
    std::unique_ptr<QMimeData> data(list()->model()->mimeData({list()->model()->index(1, 0)}));
    EXPECT_TRUE(list()->model()->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    EXPECT_EQ(project().frameworks.at(0).id, trixieId);
    EXPECT_EQ(list()->model()->index(0, 0).data().toString(), QStringLiteral("TRIXIE"));
    EXPECT_EQ(steps(), 2);
}

TEST_F(FrameworkEditorTest, ResetsACustomisedTrixieInOneStep)
{
    const Id trust = criterion("trust");
    const Id impact = criterion("impact");
    const Id reliability = criterion("reliability");
    typeInto(field<QLineEdit>("criterionName"), QStringLiteral("Honesty"));
    clickRow(5);
    toggle(field<QCheckBox>("criterionEnabled"));
    ASSERT_TRUE(findCriterion(project(), criterion("reliability"))->enabled);
    clickRow(4);
    click("moveCriterionUp");
    clickRow(6);
    ASSERT_EQ(editor->currentCriterion(), criterion("interaction"));
    click("removeCriterion"); // not rated: no question
    click("addCriterion");
    QTest::keyClicks(field<QLineEdit>("criterionName"), QStringLiteral("Speed"));
    const Id speed = editor->currentCriterion();
    ASSERT_TRUE(field<QPushButton>("resetFramework")->isEnabled());
    EXPECT_EQ(field<QLabel>("builtInNote")->text(),
              QStringLiteral("Built into Journeyscope, with your changes."));

    const Project customised = project();
    const int before = steps();
    dialogs::testing::queueAnswer(QStringLiteral("yes"));
    click("resetFramework");
    const QStringList messages = dialogs::testing::takeMessages();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].contains(QStringLiteral("stay, after the built-in ones")));

    EXPECT_EQ(steps(), before + 1) << "one undo step";
    QStringList expected;
    for (const Criterion& c : bundledFramework(QStringLiteral("trixie"))->criteria)
        expected << c.name;
    expected << QStringLiteral("Speed");
    EXPECT_EQ(names(), expected);
    EXPECT_EQ(tableNames(), expected);
    EXPECT_EQ(criterion("trust"), trust);
    EXPECT_EQ(criterion("impact"), impact);
    EXPECT_EQ(criterion("reliability"), reliability);
    EXPECT_FALSE(findCriterion(project(), reliability)->enabled);
    EXPECT_NE(criterion("interaction"), NoId);
    EXPECT_EQ(trixie().criteria.back().id, speed);
    EXPECT_EQ(editor->currentCriterion(), speed) << "the selection stays";
    EXPECT_FALSE(field<QPushButton>("resetFramework")->isEnabled());

    document.undoStack()->undo();
    EXPECT_EQ(project(), customised);
    EXPECT_EQ(tableNames(), names());
    EXPECT_EQ(rowName(0), QStringLiteral("Honesty"));
    EXPECT_TRUE(field<QPushButton>("resetFramework")->isEnabled());
}

TEST_F(FrameworkEditorTest, ShowsAPlaceholderWithoutFrameworks)
{
    editor.reset();
    document.resetProject(Project{});
    open();
    auto* detail = editor->findChild<QStackedWidget*>();
    ASSERT_TRUE(detail);
    EXPECT_TRUE(field<QLabel>("frameworkPlaceholder")->isVisible());
    EXPECT_FALSE(field<QPushButton>("duplicateFramework")->isEnabled());
    EXPECT_FALSE(field<QPushButton>("removeFramework")->isEnabled());
    dialogs::testing::queueAnswer(QStringLiteral("Mine"));
    click("addFramework");
    EXPECT_FALSE(field<QLabel>("frameworkPlaceholder")->isVisible());
    EXPECT_EQ(field<QLineEdit>("frameworkName")->text(), QStringLiteral("Mine"));
}

TEST_F(FrameworkEditorTest, OneEditorPerDocumentClosingWithIt)
{
    editor.reset();
    QWidget window;
    auto* document2 = new ProjectDocument(demoProject());
    FrameworkEditor* first = showFrameworkEditor(document2, &window);
    const Id relevance = document2->project().frameworks[0].criteria[1].id;
    FrameworkEditor* again = showFrameworkEditor(document2, &window, relevance);
    EXPECT_EQ(first, again);
    EXPECT_EQ(again->currentCriterion(), relevance);
    QPointer<FrameworkEditor> watch(first);
    delete document2;
    EXPECT_FALSE(watch->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_FALSE(watch) << "the editor goes with its document";
}

// Writes a picture of the dialog to $JOURNEYSCOPE_SCREENSHOTS when it is set.

TEST_F(FrameworkEditorTest, ItsModelsPassQtsModelChecker)
{
    QAbstractItemModelTester frameworks(list()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester criteriaChecker(criteria(),
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Id trixieId = trixie().id;
    document.moveCriterion(criterion("impact"), 0);
    document.removeCriterion(criterion("trust"));
    document.addCriterion(trixieId, 2, Criterion{});
    ASSERT_TRUE(resetToBuiltIn(document, trixieId));
    Framework own;
    own.name = QStringLiteral("Ours");
    document.addFramework(own, 1);
    document.moveFramework(trixieId, 2);
    document.removeFramework(trixieId);
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    while (document.undoStack()->canRedo())
        document.undoStack()->redo();
    document.resetProject(demoProject());
    EXPECT_EQ(criteria()->rowCount(), 7);
}

TEST_F(FrameworkEditorTest, ACriterionRatedInALockedRoundStaysAndTheEditorSaysWhy)
{
    const Round& baseline = project().rounds.front();
    ASSERT_TRUE(document.set(baseline.id, &Round::locked, true));
    const int steps = document.undoStack()->count();
    clickRow(0);
    const Id trust = criterion("trust");
    click("removeCriterion");
    const QStringList messages = dialogs::testing::takeMessages();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].contains(QStringLiteral("locked round"))) << messages[0].toStdString();
    EXPECT_TRUE(messages[0].contains(baseline.name)) << messages[0].toStdString();
    EXPECT_TRUE(findCriterion(project(), trust));
    click("removeFramework");
    EXPECT_EQ(dialogs::testing::takeMessages().size(), 1);
    EXPECT_TRUE(findFramework(project(), trixie().id));
    EXPECT_EQ(document.undoStack()->count(), steps);
}

} // namespace
} // namespace js
