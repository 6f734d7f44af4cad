// The focus view ("rate one touchpoint") driven by keys and clicks, offscreen.
#include "ui/assess/FocusView.h"

#include "SampleProject.h"
#include "core/content/DemoProject.h"
#include "core/document/ProjectDocument.h"
#include "ui/assess/AssessmentContext.h"
#include "ui/assess/ScoreButton.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>
#include <memory>

namespace js {
namespace {

class FocusViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        sample = test::buildSample(document);
        // A fresh workshop on the default criteria with three raters.
        Round round =
            test::makeRound(QStringLiteral("Workshop"), sample.journey, QDate(2026, 9, 1));
        round.raters = {Rater{NoId, QStringLiteral("Rita"), QStringLiteral("Sales")},
                        Rater{NoId, QStringLiteral("Omar"), {}},
                        Rater{NoId, QStringLiteral("Lena"), {}}};
        workshop = document.addRound(round);
        for (const Rater& rater : findRound(project(), workshop)->raters)
            raters.push_back(rater.id);
        for (const RoundCriterion& c : findRound(project(), workshop)->criteria)
            criteria.push_back(c.criterionId);
        document.undoStack()->clear();
        context = std::make_unique<AssessmentContext>(&document);
        context->setRound(workshop);
        context->setRater(raters[0]);
        view = std::make_unique<FocusView>(context.get());
        view->setInTurn(false); // one rater steps through; TheRoomRatesInTurn tests turns
        view->resize(1280, 720);
        view->show();
        QApplication::processEvents();
    }

    const Project& project() const { return document.project(); }
    template <typename W> W* field(const char* name) const
    {
        auto* widget = view->findChild<W*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }
    QString text(const char* name) const { return field<QLabel>(name)->text(); }
    int score(Id rater, Id touchpoint, Id criterion) const
    {
        const Rating* rating = document.rating(RatingKey{workshop, rater, touchpoint, criterion});
        return rating ? rating->score : Rating::NotRated;
    }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(view.get(), key, modifiers);
    }

    ProjectDocument document;
    test::Sample sample;
    Id workshop = NoId;
    std::vector<Id> raters;
    std::vector<Id> criteria;
    std::unique_ptr<AssessmentContext> context;
    std::unique_ptr<FocusView> view;
};

TEST_F(FocusViewTest, ShowsTheFirstTouchpointAndCriterionOfTheRound)
{
    ASSERT_EQ(criteria.size(), 10u) << "TRIXIE and the 5 Cs without the optional ones";
    EXPECT_EQ(view->touchpoint(), sample.touchpoint);
    EXPECT_EQ(view->criterion(), sample.criterion);
    EXPECT_EQ(text("focusTouchpoint"), QStringLiteral("Instagram ad"));
    EXPECT_EQ(text("focusTouchpointInfo"), QStringLiteral("Awareness stage · Social media"));
    EXPECT_EQ(text("focusCriterion"), QStringLiteral("Trust"));
    EXPECT_TRUE(text("focusFramework").startsWith(QStringLiteral("TRIXIE")));
    EXPECT_FALSE(text("focusDescription").isEmpty());
    EXPECT_TRUE(field<QLabel>("focusQuestions")->isVisible());
    EXPECT_EQ(text("focusProgress"), QStringLiteral("Criterion 1 of 10 · touchpoint 1 of 3"));
    EXPECT_EQ(text("focusRoundName"), QStringLiteral("Workshop"));
    EXPECT_FALSE(field<QLabel>("focusLocked")->isVisible());
    EXPECT_TRUE(field<ScoreButton>("focusScore1")->isEnabled());
}

TEST_F(FocusViewTest, FourThenFiveStoresTwoRatingsAndStepsOn)
{
    press(Qt::Key_4);
    EXPECT_EQ(score(raters[0], sample.touchpoint, criteria[0]), 4);
    EXPECT_EQ(view->criterion(), criteria[1]);
    press(Qt::Key_5);
    EXPECT_EQ(score(raters[0], sample.touchpoint, criteria[1]), 5);
    EXPECT_EQ(view->criterion(), criteria[2]);
    EXPECT_EQ(text("focusProgress"), QStringLiteral("Criterion 3 of 10 · touchpoint 1 of 3"));
    EXPECT_EQ(document.undoStack()->count(), 2);

    press(Qt::Key_Left); // back to the 5
    EXPECT_EQ(view->criterion(), criteria[1]);
    EXPECT_TRUE(field<ScoreButton>("focusScore5")->isChosen());
    EXPECT_FALSE(field<ScoreButton>("focusScore4")->isChosen());

    // After the last criterion comes the next touchpoint.
    QSignalSpy moved(view.get(), &FocusView::touchpointChanged);
    view->setCriterion(criteria.back());
    press(Qt::Key_3);
    EXPECT_EQ(score(raters[0], sample.touchpoint, criteria.back()), 3);
    EXPECT_EQ(view->touchpoint(), sample.secondTouchpoint);
    EXPECT_EQ(view->criterion(), criteria.front());
    ASSERT_EQ(moved.count(), 1);
    EXPECT_EQ(moved.at(0).at(0).value<Id>(), sample.secondTouchpoint);
}

TEST_F(FocusViewTest, TheRoomRatesACellInTurnThenItStepsOn)
{
    view->setInTurn(true);
    press(Qt::Key_4);
    EXPECT_EQ(view->criterion(), criteria[0]) << "the next rater's turn";
    EXPECT_EQ(context->rater(), raters[1]);
    press(Qt::Key_2);
    EXPECT_EQ(context->rater(), raters[2]);
    press(Qt::Key_N);
    EXPECT_EQ(score(raters[0], sample.touchpoint, criteria[0]), 4);
    EXPECT_EQ(score(raters[1], sample.touchpoint, criteria[0]), 2);
    EXPECT_EQ(score(raters[2], sample.touchpoint, criteria[0]), Rating::NotApplicable);
    EXPECT_EQ(view->criterion(), criteria[1]) << "everyone rated: on to the next";
    EXPECT_EQ(context->rater(), raters[0]);
    // Ctrl+3 hands the keys to the third rater; one already rated is skipped.
    press(Qt::Key_3, Qt::ControlModifier);
    EXPECT_EQ(context->rater(), raters[2]);
    press(Qt::Key_5);
    EXPECT_EQ(context->rater(), raters[0]);
    EXPECT_EQ(view->criterion(), criteria[1]);
}

TEST_F(FocusViewTest, NMarksNotApplicableAndZeroClears)
{
    press(Qt::Key_N);
    EXPECT_EQ(score(raters[0], sample.touchpoint, criteria[0]), Rating::NotApplicable);
    EXPECT_EQ(view->criterion(), criteria[1]);
    press(Qt::Key_PageUp);
    EXPECT_TRUE(field<ScoreButton>("focusNotApplicable")->isChosen());
    press(Qt::Key_0);
    EXPECT_EQ(score(raters[0], sample.touchpoint, criteria[0]), Rating::NotRated);
    EXPECT_EQ(view->criterion(), criteria[0]) << "clearing stays";
    press(Qt::Key_2);
    press(Qt::Key_Left);
    press(Qt::Key_Delete);
    EXPECT_EQ(score(raters[0], sample.touchpoint, criteria[0]), Rating::NotRated);
}

TEST_F(FocusViewTest, ClicksOnTheAnswersRateToo)
{
    QTest::mouseClick(field<ScoreButton>("focusScore2"), Qt::LeftButton);
    EXPECT_EQ(score(raters[0], sample.touchpoint, criteria[0]), 2);
    QTest::mouseClick(field<ScoreButton>("focusNotApplicable"), Qt::LeftButton);
    EXPECT_EQ(score(raters[0], sample.touchpoint, criteria[1]), Rating::NotApplicable);
    EXPECT_EQ(view->criterion(), criteria[2]);
}

TEST_F(FocusViewTest, ArrowsStepCriteriaAndTouchpoints)
{
    press(Qt::Key_Right);
    EXPECT_EQ(view->criterion(), criteria[1]);
    press(Qt::Key_PageDown);
    EXPECT_EQ(view->criterion(), criteria[2]);
    press(Qt::Key_Down);
    EXPECT_EQ(view->touchpoint(), sample.secondTouchpoint);
    EXPECT_EQ(view->criterion(), criteria[2]) << "the criterion stays";
    press(Qt::Key_Right, Qt::ControlModifier);
    EXPECT_EQ(view->touchpoint(), sample.otherTouchpoint);
    EXPECT_EQ(text("focusTouchpoint"), QStringLiteral("Product page"));
    press(Qt::Key_Down); // the last one
    EXPECT_EQ(view->touchpoint(), sample.otherTouchpoint);
    press(Qt::Key_Up);
    press(Qt::Key_Left, Qt::ControlModifier);
    EXPECT_EQ(view->touchpoint(), sample.touchpoint);
    press(Qt::Key_Left);
    press(Qt::Key_Left);
    press(Qt::Key_Left); // before the first criterion of the first touchpoint
    EXPECT_EQ(view->criterion(), criteria[0]);
    EXPECT_FALSE(field<QPushButton>("focusPreviousCriterion")->isEnabled());
}

TEST_F(FocusViewTest, ALockedRoundRefusesKeys)
{
    document.set(workshop, &Round::locked, true);
    QApplication::processEvents();
    EXPECT_TRUE(field<QLabel>("focusLocked")->isVisible());
    EXPECT_TRUE(text("focusLocked").startsWith(QStringLiteral("This round is locked")));
    press(Qt::Key_4);
    press(Qt::Key_N);
    EXPECT_EQ(score(raters[0], sample.touchpoint, criteria[0]), Rating::NotRated);
    EXPECT_EQ(view->criterion(), criteria[0]) << "no step either";
    for (const char* name : {"focusScore1", "focusScore5", "focusNotApplicable"})
        EXPECT_FALSE(field<ScoreButton>(name)->isEnabled()) << name;
    press(Qt::Key_Right); // reading on is fine
    EXPECT_EQ(view->criterion(), criteria[1]);

    document.set(workshop, &Round::locked, false);
    EXPECT_FALSE(field<QLabel>("focusLocked")->isVisible());
    press(Qt::Key_4);
    EXPECT_EQ(score(raters[0], sample.touchpoint, criteria[1]), 4);
}

TEST_F(FocusViewTest, WhoHasRatedFollowsTheDocument)
{
    EXPECT_EQ(text("focusRatedCount"), QStringLiteral("0 of 3 rated"));
    EXPECT_TRUE(field<QLabel>("focusRatedNames")->text().contains(QStringLiteral("Omar")));
    // Another rater's score arrives (from the grid, or another laptop).
    document.setRatingScore(RatingKey{workshop, raters[1], sample.touchpoint, criteria[0]}, 3);
    EXPECT_EQ(text("focusRatedCount"), QStringLiteral("1 of 3 rated"));
    std::vector<FocusView::RaterState> states = view->raterStates();
    ASSERT_EQ(states.size(), 3u);
    EXPECT_FALSE(states[0].rated);
    EXPECT_TRUE(states[1].rated);
    EXPECT_EQ(states[1].name, QStringLiteral("Omar"));
    EXPECT_TRUE(field<QLabel>("focusRatedNames")->text().contains(QStringLiteral("✓")));
    EXPECT_FALSE(field<ScoreButton>("focusScore3")->isChosen()) << "not the current rater's";

    document.setRatingScore(RatingKey{workshop, raters[2], sample.touchpoint, criteria[0]},
                            Rating::NotApplicable);
    EXPECT_EQ(text("focusRatedCount"), QStringLiteral("2 of 3 rated"));
    document.undoStack()->undo();
    EXPECT_EQ(text("focusRatedCount"), QStringLiteral("1 of 3 rated"));
    // Another touchpoint's rating changes nothing here.
    document.setRatingScore(RatingKey{workshop, raters[2], sample.otherTouchpoint, criteria[0]}, 5);
    EXPECT_EQ(text("focusRatedCount"), QStringLiteral("1 of 3 rated"));

    // The consultant shows only the count.
    auto* names = field<QLabel>("focusRatedNames");
    EXPECT_TRUE(names->isVisible());
    QTest::mouseClick(field<QPushButton>("focusCountOnly"), Qt::LeftButton);
    EXPECT_TRUE(view->isCountOnly());
    EXPECT_FALSE(names->isVisible());
    EXPECT_TRUE(field<QLabel>("focusRatedCount")->isVisible());

    // A rater added to the round shows up.
    document.addRater(workshop, -1, Rater{NoId, QStringLiteral("Zoe"), {}});
    EXPECT_EQ(text("focusRatedCount"), QStringLiteral("1 of 4 rated"));
}

TEST_F(FocusViewTest, FollowsTheWindowsTouchpointAndRater)
{
    QSignalSpy moved(view.get(), &FocusView::touchpointChanged);
    view->setTouchpoint(sample.otherTouchpoint);
    EXPECT_EQ(view->touchpoint(), sample.otherTouchpoint);
    EXPECT_EQ(text("focusTouchpoint"), QStringLiteral("Product page"));
    view->setTouchpoint(sample.otherTouchpoint);
    view->setTouchpoint(999999); // not of this journey
    EXPECT_EQ(view->touchpoint(), sample.otherTouchpoint);
    EXPECT_EQ(moved.count(), 1);

    context->setRater(raters[1]);
    press(Qt::Key_1);
    EXPECT_EQ(score(raters[1], sample.otherTouchpoint, criteria[0]), 1);
    EXPECT_EQ(score(raters[0], sample.otherTouchpoint, criteria[0]), Rating::NotRated);

    // The aggregate (no rater) cannot be typed into.
    context->setRater(NoId);
    press(Qt::Key_2);
    EXPECT_EQ(view->criterion(), criteria[1]);
    EXPECT_FALSE(field<ScoreButton>("focusScore2")->isEnabled());

    // A removed touchpoint moves the view to the first one.
    document.removeTouchpoint(sample.otherTouchpoint);
    EXPECT_EQ(view->touchpoint(), sample.touchpoint);
}

TEST_F(FocusViewTest, ItsKeysWinOverTheWindowsShortcuts)
{
    // Embedded in a window whose Edit menu deletes with Delete.
    QWidget window;
    auto* remove = new QAction(&window);
    remove->setShortcut(QKeySequence::Delete);
    window.addAction(remove);
    QSignalSpy deleted(remove, &QAction::triggered);
    view->setParent(&window);
    window.resize(1280, 720);
    window.show();
    view->show();
    view->setFocus();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    press(Qt::Key_3);
    press(Qt::Key_Left);
    press(Qt::Key_Delete);
    EXPECT_EQ(score(raters[0], sample.touchpoint, criteria[0]), Rating::NotRated);
    EXPECT_EQ(deleted.count(), 0);
    view->setParent(nullptr);
}

TEST_F(FocusViewTest, OpensInAWindowOfItsOwn)
{
    QPointer<FocusView> opened = FocusView::openWindow(context.get(), nullptr);
    ASSERT_TRUE(opened);
    QWidget* window = opened->window();
    EXPECT_NE(window, opened.data());
    EXPECT_TRUE(window->isVisible());
    EXPECT_EQ(window->windowTitle(), QStringLiteral("Rate one touchpoint"));
    EXPECT_EQ(opened->touchpoint(), sample.touchpoint);
    window->close();
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_FALSE(opened) << "deleted on close";
}

TEST_F(FocusViewTest, TypeScalesWithTheSize)
{
    const int small = field<QLabel>("focusCriterion")->font().pixelSize();
    view->resize(1920, 1080);
    QApplication::processEvents();
    const int large = field<QLabel>("focusCriterion")->font().pixelSize();
    EXPECT_GT(large, small * 14 / 10);
}

// Not a check: pictures of the view at projector sizes, to look at.
TEST(FocusViewScreenshots, AtProjectorSizes)
{
    ProjectDocument document(demoProject());
    AssessmentContext context(&document);
    for (const Round& round : document.project().rounds) {
        if (!round.locked && !round.raters.empty())
            context.setRound(round.id);
    }
    ASSERT_NE(context.round(), NoId);
    const Round round = *context.currentRound();
    FocusView view(&context);
    const Journey* journey = findJourney(document.project(), round.journeyId);
    const std::vector<Id> touchpoints = touchpointIds(*journey);
    view.setTouchpoint(touchpoints[std::min<size_t>(4, touchpoints.size() - 1)]);
    view.setCriterion(round.criteria[std::min<size_t>(2, round.criteria.size() - 1)].criterionId);
    context.setRater(round.raters[0].id);
    document.setRatingScore(
        RatingKey{round.id, round.raters[0].id, view.touchpoint(), view.criterion()}, 2);
    if (round.raters.size() > 1)
        document.clearRating(
            RatingKey{round.id, round.raters[1].id, view.touchpoint(), view.criterion()});
    for (const QSize size : {QSize(1280, 720), QSize(1920, 1080), QSize(1024, 640)}) {
        view.resize(size);
        view.show();
        QApplication::processEvents();
        EXPECT_TRUE(view.grab().save(
            QStringLiteral("/tmp/focus-view-%1x%2.png").arg(size.width()).arg(size.height())));
    }
    // Locked, with the count only, on the next touchpoint's first criterion.
    document.set(round.id, &Round::locked, true);
    view.setCountOnly(true);
    view.stepTouchpoint(1);
    view.setCriterion(round.criteria[0].criterionId);
    view.resize(1280, 720);
    QApplication::processEvents();
    EXPECT_TRUE(view.grab().save(QStringLiteral("/tmp/focus-view-locked.png")));
}

} // namespace
} // namespace js
