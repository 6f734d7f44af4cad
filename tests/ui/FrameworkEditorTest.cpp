// The framework editor's fields, driven through its widgets: typing, undo
// in one step, numbers, the on/off switch, and following the document.
#include "FrameworkEditorFixture.h"
#include "ui/frameworks/FrameworkListModel.h"

#include <QApplication>
#include <QDir>
#include <QLabel>

namespace js {
namespace {

using test::FrameworkEditorTest;

TEST_F(FrameworkEditorTest, ShowsTheFrameworksAndTheFirstCriterion)
{
    ASSERT_EQ(list()->model()->rowCount(), 2);
    EXPECT_TRUE(list()->model()->index(0, 0).data(FrameworkListModel::BuiltInRole).toBool());
    EXPECT_EQ(list()->currentIndex().row(), 0);
    EXPECT_EQ(editor->currentFramework(), trixie().id);
    EXPECT_EQ(field<QLineEdit>("frameworkName")->text(), QStringLiteral("TRIXIE"));
    EXPECT_EQ(criteria()->rowCount(), 7);
    EXPECT_EQ(editor->currentCriterion(), criterion("trust"));
    EXPECT_EQ(field<QLineEdit>("criterionName")->text(), QStringLiteral("Trust"));
    const QModelIndex reliability = criteria()->index(5, CriterionTableModel::EnabledColumn);
    EXPECT_EQ(reliability.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    EXPECT_TRUE(field<QWidget>("builtInNote")->isVisible());
    EXPECT_FALSE(field<QPushButton>("resetFramework")->isEnabled()) << "nothing to reset";
    EXPECT_FALSE(field<QPushButton>("moveCriterionUp")->isEnabled());
    EXPECT_TRUE(field<QPushButton>("moveCriterionDown")->isEnabled());
    EXPECT_TRUE(field<QLabel>("newRoundsHint")->isVisible());
    EXPECT_TRUE(field<QLabel>("newRoundsHint")->text().contains(QStringLiteral("new rounds")));
    for (QLabel* label : editor->findChildren<QLabel*>()) {
        if (label->text().contains(u'&')) {
            EXPECT_TRUE(label->buddy()) << label->text().toStdString();
        }
    }
}

TEST_F(FrameworkEditorTest, RenamingACriterionByTypingIsOneUndoStep)
{
    auto* name = field<QLineEdit>("criterionName");
    typeInto(name, QStringLiteral("Honesty"));
    EXPECT_EQ(findCriterion(project(), criterion("trust"))->name, QStringLiteral("Honesty"));
    EXPECT_EQ(steps(), 1) << "typing is one undo step";
    EXPECT_EQ(rowName(0), QStringLiteral("Honesty"));
    EXPECT_EQ(name->cursorPosition(), 7) << "the cursor stays where the typing is";

    // Typing in the middle leaves the cursor there.
    name->setCursorPosition(3);
    QTest::keyClicks(name, QStringLiteral("ee"));
    EXPECT_EQ(name->text(), QStringLiteral("Honeeesty"));
    EXPECT_EQ(name->cursorPosition(), 5);
    EXPECT_EQ(steps(), 1);

    ctrlZ(name);
    EXPECT_EQ(findCriterion(project(), criterion("trust"))->name, QStringLiteral("Trust"));
    EXPECT_EQ(name->text(), QStringLiteral("Trust"));
    EXPECT_EQ(rowName(0), QStringLiteral("Trust"));
    ctrlZ(name, true);
    EXPECT_EQ(name->text(), QStringLiteral("Honeeesty"));

    // A second sitting at the same field is a step of its own.
    field<QPlainTextEdit>("criterionDescription")->setFocus();
    typeInto(name, QStringLiteral("Candour"));
    EXPECT_EQ(steps(), 2);
}

TEST_F(FrameworkEditorTest, TypingADescriptionKeepsTheCursor)
{
    auto* description = field<QPlainTextEdit>("criterionDescription");
    QTest::mouseClick(description->viewport(), Qt::LeftButton);
    QTextCursor cursor = description->textCursor();
    cursor.setPosition(10);
    description->setTextCursor(cursor);
    QTest::keyClicks(description, QStringLiteral("really "));
    EXPECT_TRUE(findCriterion(project(), criterion("trust"))
                    ->description.startsWith(QStringLiteral("Customers really believe")));
    EXPECT_EQ(description->textCursor().position(), 17);
    EXPECT_EQ(steps(), 1);
}

TEST_F(FrameworkEditorTest, GuidingQuestionsAreOneStepPerSittingOnePerLine)
{
    auto* questions = field<QPlainTextEdit>("criterionQuestions");
    const QStringList original = findCriterion(project(), criterion("trust"))->questions;
    EXPECT_EQ(questions->toPlainText(), original.join(u'\n'));
    QTest::mouseClick(questions->viewport(), Qt::LeftButton);
    questions->moveCursor(QTextCursor::End);
    QTest::keyClick(questions, Qt::Key_Return);
    QTest::keyClick(questions, Qt::Key_Return);
    QTest::keyClicks(questions, QStringLiteral("  Do we answer within a day?"));
    EXPECT_EQ(steps(), 0) << "written when the field is left";
    // A change elsewhere leaves the typing alone.
    document.set(criterion("trust"), &Criterion::weight, 2.0);
    EXPECT_TRUE(questions->toPlainText().endsWith(QStringLiteral("within a day?")));

    field<QLineEdit>("criterionName")->setFocus();
    EXPECT_EQ(steps(), 2);
    EXPECT_EQ(findCriterion(project(), criterion("trust"))->questions,
              original + QStringList{QStringLiteral("Do we answer within a day?")})
        << "blank lines dropped, each line trimmed";
    EXPECT_EQ(questions->toPlainText(),
              (original + QStringList{QStringLiteral("Do we answer within a day?")}).join(u'\n'));

    // Ctrl+Z while typing takes the typing back.
    QTest::mouseClick(questions->viewport(), Qt::LeftButton);
    questions->moveCursor(QTextCursor::End);
    QTest::keyClicks(questions, QStringLiteral(" Really?"));
    ctrlZ(questions);
    EXPECT_EQ(steps(), 3) << "the typing was written, then undone";
    EXPECT_EQ(document.undoStack()->index(), 2);
    EXPECT_FALSE(questions->toPlainText().endsWith(QStringLiteral("Really?")));
    QTest::mouseClick(field<QPushButton>("undoButton"), Qt::LeftButton);
    EXPECT_EQ(findCriterion(project(), criterion("trust"))->questions, original);
    EXPECT_EQ(questions->toPlainText(), original.join(u'\n'));
}

TEST_F(FrameworkEditorTest, ChangesWeightAndTarget)
{
    auto* weight = field<QDoubleSpinBox>("criterionWeight");
    auto* target = field<QDoubleSpinBox>("criterionTarget");
    EXPECT_DOUBLE_EQ(weight->minimum(), 0.1);
    EXPECT_DOUBLE_EQ(weight->maximum(), 100.0);
    EXPECT_DOUBLE_EQ(target->minimum(), 1.0);
    EXPECT_DOUBLE_EQ(target->maximum(), 5.0);
    EXPECT_DOUBLE_EQ(target->singleStep(), 0.1);

    QTest::mouseClick(weight, Qt::LeftButton);
    weight->selectAll();
    QTest::keyClicks(weight, QLocale().toString(2.5, 'f', 1));
    QTest::keyClick(weight, Qt::Key_Return);
    EXPECT_DOUBLE_EQ(findCriterion(project(), criterion("trust"))->weight, 2.5);
    EXPECT_EQ(steps(), 1) << "a typed number is one edit";
    EXPECT_TRUE(editor->isVisible()) << "Enter does not close the dialog";

    target->setFocus();
    QTest::keyClick(target, Qt::Key_Up);
    EXPECT_DOUBLE_EQ(findCriterion(project(), criterion("trust"))->target, 4.1);
    EXPECT_EQ(criteria()->index(0, CriterionTableModel::WeightColumn).data().toString(),
              QLocale().toString(2.5, 'f', 1));
    EXPECT_EQ(criteria()->index(0, CriterionTableModel::TargetColumn).data().toString(),
              QLocale().toString(4.1, 'f', 1));
    EXPECT_TRUE(field<QPushButton>("resetFramework")->isEnabled());

    document.undoStack()->undo();
    EXPECT_DOUBLE_EQ(target->value(), 4.0);
    document.undoStack()->undo();
    EXPECT_DOUBLE_EQ(weight->value(), 1.0);
    EXPECT_FALSE(field<QPushButton>("resetFramework")->isEnabled());
}

TEST_F(FrameworkEditorTest, SwitchesReliabilityOn)
{
    clickRow(5);
    EXPECT_EQ(editor->currentCriterion(), criterion("reliability"));
    auto* enabled = field<QCheckBox>("criterionEnabled");
    EXPECT_EQ(enabled->text(), QStringLiteral("&Rated in new rounds"));
    EXPECT_FALSE(enabled->isChecked());
    toggle(enabled);
    EXPECT_TRUE(findCriterion(project(), criterion("reliability"))->enabled);
    const QModelIndex check = criteria()->index(5, CriterionTableModel::EnabledColumn);
    EXPECT_EQ(check.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);

    // The table's check box switches too, through the document.
    EXPECT_TRUE(criteria()->setData(criteria()->index(6, CriterionTableModel::EnabledColumn),
                                    Qt::Checked, Qt::CheckStateRole));
    EXPECT_TRUE(findCriterion(project(), criterion("interaction"))->enabled);
    EXPECT_EQ(steps(), 2);
    document.undoStack()->undo();
    document.undoStack()->undo();
    EXPECT_FALSE(enabled->isChecked());
    EXPECT_EQ(check.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
}

TEST_F(FrameworkEditorTest, FollowsTheDocumentWhenItChangesElsewhere)
{
    auto* name = field<QLineEdit>("criterionName");
    const Id trust = criterion("trust");
    document.set(trust, &Criterion::name, QStringLiteral("Faith"));
    EXPECT_EQ(name->text(), QStringLiteral("Faith"));
    EXPECT_EQ(rowName(0), QStringLiteral("Faith"));
    document.undoStack()->undo();
    EXPECT_EQ(name->text(), QStringLiteral("Trust"));
    EXPECT_EQ(rowName(0), QStringLiteral("Trust"));

    // An edit of another criterion leaves the field being typed in alone.
    typeInto(name, QStringLiteral("Trusty"));
    name->setCursorPosition(2);
    document.set(criterion("impact"), &Criterion::name, QStringLiteral("Results"));
    EXPECT_EQ(rowName(4), QStringLiteral("Results"));
    EXPECT_EQ(name->cursorPosition(), 2);

    // The shown criterion deleted elsewhere: the next one is shown.
    document.removeCriterion(trust);
    EXPECT_EQ(editor->currentCriterion(), criterion("relevance"));
    EXPECT_EQ(name->text(), QStringLiteral("Relevance"));
    document.undoStack()->undo();
    EXPECT_EQ(rowName(0), QStringLiteral("Trusty"));

    // Frameworks added and renamed elsewhere.
    const Id trixieId = trixie().id;
    Framework own;
    own.name = QStringLiteral("Service basics");
    document.addFramework(own, 0);
    EXPECT_EQ(list()->model()->index(0, 0).data().toString(), QStringLiteral("Service basics"));
    EXPECT_EQ(editor->currentFramework(), trixieId) << "the selection stays on TRIXIE";
    document.set(trixieId, &Framework::name, QStringLiteral("TRIXIE+"));
    EXPECT_EQ(list()->model()->index(1, 0).data().toString(), QStringLiteral("TRIXIE+"));
    EXPECT_EQ(field<QLineEdit>("frameworkName")->text(), QStringLiteral("TRIXIE+"));
}

TEST_F(FrameworkEditorTest, Screenshot)
{
    const QString folder = qEnvironmentVariable("JOURNEYSCOPE_SCREENSHOTS");
    editor->resize(1160, 660);
    clickRow(5);
    QApplication::processEvents();
    const QImage picture = editor->grab().toImage();
    EXPECT_FALSE(picture.isNull());
    if (!folder.isEmpty()) {
        EXPECT_TRUE(picture.save(QDir(folder).filePath(QStringLiteral("framework-editor.png"))));
        editor->resize(editor->minimumSizeHint().expandedTo(editor->minimumSize()));
        QApplication::processEvents();
        EXPECT_TRUE(editor->grab().save(
            QDir(folder).filePath(QStringLiteral("framework-editor-smallest.png"))));
        editor->resize(1160, 660);
        dialogs::testing::queueAnswer(QStringLiteral("Service basics"));
        click("addFramework");
        QApplication::processEvents();
        EXPECT_TRUE(editor->grab().save(
            QDir(folder).filePath(QStringLiteral("framework-editor-new-framework.png"))));
    }
    // The smallest the dialog gets fits a 1280×720 screen with its title bar.
    const QSize smallest = editor->minimumSizeHint().expandedTo(editor->minimumSize());
    EXPECT_LE(smallest.width(), 1280);
    EXPECT_LE(smallest.height(), 660);
}

} // namespace
} // namespace js
