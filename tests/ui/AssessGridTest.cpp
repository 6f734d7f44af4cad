// The Assess tab driven with the keyboard, as a facilitator types a room's
// scores: one rater's row, another rater, N/A, a note, the aggregate with its
// "discuss" marks, and a locked round that refuses typing.
#include "WindowTest.h"
#include "ui/assess/AssessGridModel.h"
#include "ui/assess/AssessGridView.h"
#include "ui/assess/AssessTab.h"
#include "ui/assess/AssessmentContext.h"
#include "ui/assess/FocusView.h"
#include "ui/mainwindow/SelectionModel.h"
#include "ui/map/MapCanvas.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>

namespace js::test {
namespace {

class AssessGridTest : public WindowTest {
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        tab = window->assess();
        grid = tab->grid();
        model = tab->model();
        window->tabs()->setCurrentWidget(tab);
        // The demo's follow-up workshop is open; the baseline is locked.
        followUp = project().rounds.back().id;
        baseline = project().rounds.front().id;
        window->assessment()->setRound(followUp);
        settle();
        grid->setFocus();
    }

    const Round& round() const { return *findRound(project(), followUp); }
    const Rating* ratingOf(Id rater, Id touchpoint, Id criterion) const
    {
        return document()->rating({followUp, rater, touchpoint, criterion});
    }
    // The first touchpoint row, first column.
    void home()
    {
        grid->setCurrentIndex(model->index(1, 0));
        ASSERT_NE(grid->currentTouchpoint(), NoId);
    }
    void type(const char* keys)
    {
        for (const char* k = keys; *k; ++k)
            QTest::keyClick(grid, *k);
        settle();
    }

    AssessTab* tab = nullptr;
    AssessGridView* grid = nullptr;
    AssessGridModel* model = nullptr;
    Id followUp = NoId;
    Id baseline = NoId;
};

TEST_F(AssessGridTest, TheModelPassesTheTesterAndShowsStagesCriteriaAndFrameworks)
{
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Journey& journey = *findJourney(project(), round().journeyId);
    int touchpoints = 0;
    for (const Stage& stage : journey.stages)
        touchpoints += int(stage.touchpoints.size());
    EXPECT_EQ(model->rowCount(), int(journey.stages.size()) + touchpoints);
    EXPECT_EQ(model->columnCount(), int(round().criteria.size()));
    EXPECT_EQ(model->headerData(0, Qt::Vertical).toString(), journey.stages.front().name);
    EXPECT_EQ(model->headerData(1, Qt::Vertical).toString(),
              journey.stages.front().touchpoints.front().name);
    EXPECT_EQ(model->headerData(0, Qt::Horizontal, AssessGridModel::FrameworkRole).toString(),
              project().frameworks.front().name);
    EXPECT_EQ(model->flags(model->index(0, 0)), Qt::NoItemFlags) << "a stage row is a heading";
    // Typing works with the tester watching every signal.
    home();
    type("3");
}

TEST_F(AssessGridTest, TypeARowOfScoresAsOneRaterThenAnother)
{
    const Id first = round().raters[0].id;
    const Id second = round().raters[1].id;
    QTest::keyClick(grid, Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(window->assessment()->rater(), first);
    home();
    const Id touchpoint = grid->currentTouchpoint();
    type("12345");
    for (int column = 0; column < 5; ++column) {
        const Rating* rating = ratingOf(first, touchpoint, model->criterionAt(column));
        ASSERT_TRUE(rating) << column;
        EXPECT_EQ(rating->score, column + 1);
        EXPECT_EQ(model->index(1, column).data().toString(), QString::number(column + 1));
    }
    EXPECT_EQ(grid->currentIndex(), model->index(1, 5)) << "the cursor moved on by itself";

    // Ctrl+2: the second rater types into the same cells.
    QTest::keyClick(grid, Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(window->assessment()->rater(), second);
    home();
    type("5");
    EXPECT_EQ(ratingOf(second, touchpoint, model->criterionAt(0))->score, 5);
    EXPECT_EQ(ratingOf(first, touchpoint, model->criterionAt(0))->score, 1);

    // Each score is one undo step.
    document()->undoStack()->undo();
    EXPECT_NE(ratingOf(second, touchpoint, model->criterionAt(0))->score, 5);
}

TEST_F(AssessGridTest, NMarksNotApplicableZeroClearsAndDownIsASetting)
{
    const Id rater = round().raters[0].id;
    window->assessment()->setRater(rater);
    grid->setAdvance(AssessGridView::Advance::Down);
    home();
    const Id touchpoint = grid->currentTouchpoint();
    const Id criterion = grid->currentCriterion();
    type("n");
    EXPECT_EQ(ratingOf(rater, touchpoint, criterion)->score, Rating::NotApplicable);
    EXPECT_EQ(model->index(1, 0).data().toString(), QStringLiteral("N/A"));
    EXPECT_EQ(grid->currentIndex().column(), 0) << "down, in the same column";
    EXPECT_EQ(grid->currentIndex().row(), 2);
    QTest::keyClick(grid, Qt::Key_Up);
    type("0");
    const Rating* cleared = ratingOf(rater, touchpoint, criterion);
    EXPECT_TRUE(!cleared || cleared->score == Rating::NotRated);
    EXPECT_EQ(model->index(1, 0).data(AssessGridModel::StateRole).toInt(),
              int(AssessGridModel::CellState::NotRated))
        << "not rated and N/A are told apart";
}

TEST_F(AssessGridTest, ANoteBelongsToTheRatingAndShowsACornerMark)
{
    const Id rater = round().raters[0].id;
    window->assessment()->setRater(rater);
    home();
    type("2");
    QTest::keyClick(grid, Qt::Key_Left);
    QTest::keyClick(grid, Qt::Key_F2);
    auto* note = tab->findChild<QLineEdit*>(QStringLiteral("assessNote"));
    ASSERT_TRUE(note->hasFocus());
    QTest::keyClicks(note, QStringLiteral("The delivery slot was never confirmed"));
    QTest::keyClick(note, Qt::Key_Return);
    settle();
    EXPECT_TRUE(grid->hasFocus()) << "Enter goes back to the grid";
    const Rating* rating = ratingOf(rater, model->touchpointAt(1), model->criterionAt(0));
    ASSERT_TRUE(rating);
    EXPECT_EQ(rating->score, 2);
    EXPECT_EQ(rating->note, QStringLiteral("The delivery slot was never confirmed"));
    EXPECT_EQ(model->index(1, 0).data(AssessGridModel::NoteRole).toString(), rating->note);
}

TEST_F(AssessGridTest, TheAggregateMarksDisagreementAndNamesEveryRater)
{
    // Three raters far apart on one cell.
    home();
    const Id touchpoint = grid->currentTouchpoint();
    const Id criterion = grid->currentCriterion();
    const std::vector<int> scores{1, 3, 5};
    for (size_t i = 0; i < 3; ++i) {
        const RatingKey key{followUp, round().raters[i].id, touchpoint, criterion};
        document()->setRatingScore(key, scores[i]);
        ASSERT_EQ(document()->rating(key)->score, scores[i]);
    }
    // Ctrl+0 shows all raters together.
    QTest::keyClick(grid, Qt::Key_0, Qt::ControlModifier);
    settle();
    EXPECT_EQ(window->assessment()->rater(), NoId);
    const QModelIndex cell = model->index(1, 0);
    EXPECT_TRUE(cell.data(AssessGridModel::DiscussRole).toBool());
    EXPECT_GE(cell.data(AssessGridModel::SpreadRole).toDouble(), 1.0);
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    for (const Rater& rater : round().raters)
        EXPECT_TRUE(tip.contains(rater.name.toHtmlEscaped())) << rater.name.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("Discuss")));
    // Typing is refused in the aggregate, with the reason.
    type("4");
    EXPECT_FALSE(tab->message().isEmpty());
    EXPECT_EQ(document()->rating({followUp, round().raters[0].id, touchpoint, criterion})->score,
              1);
}

TEST_F(AssessGridTest, ALockedRoundRefusesTypingUntilUnlocked)
{
    const Id rater = round().raters[0].id;
    window->assessment()->setRater(rater);
    auto* lock = tab->findChild<QPushButton*>(QStringLiteral("assessLock"));
    auto* banner = tab->findChild<QWidget*>(QStringLiteral("assessLockBanner"));
    EXPECT_FALSE(banner->isVisible());
    lock->click();
    settle();
    EXPECT_TRUE(round().locked);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_EQ(lock->text(), QStringLiteral("Unlock round"));
    home();
    const Id touchpoint = grid->currentTouchpoint();
    const Id criterion = grid->currentCriterion();
    const Rating* before = ratingOf(rater, touchpoint, criterion);
    const int scoreBefore = before ? before->score : Rating::NotRated;
    const int scoreTyped = scoreBefore == 4 ? 2 : 4;
    type(scoreTyped == 4 ? "4" : "2");
    const Rating* after = ratingOf(rater, touchpoint, criterion);
    EXPECT_EQ(after ? after->score : Rating::NotRated, scoreBefore);
    EXPECT_TRUE(tab->message().contains(QStringLiteral("locked"))) << tab->message().toStdString();
    lock->click();
    settle();
    EXPECT_FALSE(banner->isVisible());
    home();
    type(scoreTyped == 4 ? "4" : "2");
    EXPECT_EQ(ratingOf(rater, touchpoint, criterion)->score, scoreTyped);
}

TEST_F(AssessGridTest, TheCursorAndTheWindowSelectionFollowEachOther)
{
    home();
    QTest::keyClick(grid, Qt::Key_Down);
    const Id touchpoint = grid->currentTouchpoint();
    EXPECT_EQ(window->selectionModel()->current(), (Selection{EntityKind::Touchpoint, touchpoint}));
    const Id other = model->touchpointAt(model->rowCount() - 1);
    window->selectionModel()->select({EntityKind::Touchpoint, other});
    EXPECT_EQ(grid->currentTouchpoint(), other);
}

TEST_F(AssessGridTest, ATouchpointsOwnTargetFromTheCellsMenu)
{
    home();
    const Id touchpoint = grid->currentTouchpoint();
    const Id criterion = grid->currentCriterion();
    dialogs::testing::queueAnswer(QStringLiteral("4.5"));
    QMetaObject::invokeMethod(grid, "setTargetOfCurrent");
    settle();
    const TargetOverride* target = findTargetOverride(project(), followUp, touchpoint, criterion);
    ASSERT_TRUE(target);
    EXPECT_EQ(target->target, 4.5);
    EXPECT_EQ(model->index(1, 0).data(AssessGridModel::TargetRole).toDouble(), 4.5);
    EXPECT_TRUE(model->index(1, 0).data(AssessGridModel::OverriddenRole).toBool());
}

TEST_F(AssessGridTest, OneScoreAnnouncesOneCell)
{
    window->assessment()->setRater(round().raters[0].id);
    home();
    int cells = 0;
    int resets = 0;
    QObject::connect(model, &QAbstractItemModel::dataChanged, model,
                     [&](const QModelIndex& a, const QModelIndex& b) {
                         cells += (b.row() - a.row() + 1) * (b.column() - a.column() + 1);
                     });
    QObject::connect(model, &QAbstractItemModel::modelReset, model, [&] { ++resets; });
    const Rating* before =
        ratingOf(round().raters[0].id, grid->currentTouchpoint(), grid->currentCriterion());
    type(before && before->score == 3 ? "4" : "3");
    EXPECT_EQ(cells, 1);
    EXPECT_EQ(resets, 0);
}

TEST_F(AssessGridTest, RenamingARoundOrRaterElsewhereRenamesItsEntry)
{
    auto* rounds = tab->findChild<QComboBox*>(QStringLiteral("assessRound"));
    auto* raters = tab->findChild<QComboBox*>(QStringLiteral("assessRater"));
    const int roundCount = rounds->count();
    ASSERT_TRUE(document()->set(followUp, &Round::name, QStringLiteral("September workshop")));
    EXPECT_EQ(rounds->count(), roundCount);
    EXPECT_TRUE(rounds->itemText(rounds->findData(QVariant::fromValue(followUp)))
                    .startsWith(QStringLiteral("September workshop")));
    EXPECT_EQ(rounds->currentData().value<Id>(), followUp);
    const Id rater = round().raters[1].id;
    ASSERT_TRUE(document()->set(rater, &Rater::name, QStringLiteral("Tom B.")));
    EXPECT_TRUE(raters->itemText(1).startsWith(QStringLiteral("Tom B.")));
    EXPECT_TRUE(raters->itemText(1).endsWith(QStringLiteral("Ctrl+2")));
}

TEST_F(AssessGridTest, TheTabAndTheFocusViewTakeTheKeysAtOnce)
{
    window->tabs()->setCurrentWidget(window->map());
    settle();
    window->tabs()->setCurrentWidget(tab);
    settle();
    EXPECT_TRUE(grid->hasFocus()) << "typing goes to the grid straight away";
    EXPECT_TRUE(grid->currentIndex().isValid());

    // The focus view opens on the grid's cell, keyboard in it.
    grid->setCurrentIndex(model->index(3, 2));
    const Id touchpoint = grid->currentTouchpoint();
    const Id criterion = grid->currentCriterion();
    action("actionFocusView")->trigger();
    settle();
    auto* focus = window->findChild<FocusView*>();
    ASSERT_TRUE(focus);
    EXPECT_EQ(focus->touchpoint(), touchpoint);
    EXPECT_EQ(focus->criterion(), criterion);
    EXPECT_TRUE(focus->hasFocus());
    focus->window()->close();
}

} // namespace
} // namespace js::test
