// The self-assessment wizard driven end to end as a manager would: the
// journey and its touchpoints, one framework, every cell answered with the
// keys (some skipped, one not applicable), the result with the weakest spots
// and their actions, a second run that shows what moved, and a walk closed
// half-way that continues where it stopped.
#include "SelfAssessmentFixture.h"
#include "core/analysis/RoundDeltas.h"
#include "core/analysis/ScoreText.h"
#include "core/analysis/WeakSpots.h"
#include "core/content/ImprovementStrategies.h"
#include "ui/selfassessment/SelfAssessmentSettings.h"
#include "ui/selfassessment/SelfAssessmentStyle.h"

#include <QPointer>

namespace js::test {
namespace {

using namespace selfassessment;

class SelfAssessmentTest : public SelfAssessmentFixture {
protected:
    // The answer each key gives, in walk order (0 for a skip).
    static std::vector<int> answersOf(const QString& keys)
    {
        std::vector<int> answers;
        for (QChar key : keys) {
            if (key == u'\b')
                answers.pop_back();
            else if (key == u'S')
                answers.push_back(Rating::NotRated);
            else if (key == u'N')
                answers.push_back(Rating::NotApplicable);
            else
                answers.push_back(key.digitValue());
        }
        return answers;
    }
    // Runs the whole walk with the keys; the wizard ends on the result.
    Id runWalk(SelfAssessmentWizard* wizard, const QString& keys)
    {
        toFrameworks(wizard);
        startWithTrixie(wizard);
        type(wizard, keys);
        EXPECT_EQ(wizard->step(), Step::Result);
        return wizard->roundId();
    }
};

TEST_F(SelfAssessmentTest, AManagerWalksTheJourneyAndEveryAnswerIsStoredAsItIsGiven)
{
    auto wizard = open();
    ASSERT_EQ(wizard->step(), Step::Journey) << "nothing to continue yet";
    EXPECT_TRUE(child<QRadioButton>(wizard.get(), "useExistingJourney")->isChecked());

    // The name is asked for, once.
    wizard->next();
    EXPECT_EQ(wizard->step(), Step::Journey);
    EXPECT_EQ(wizard->problem(), QStringLiteral("Enter your name to go on."));
    QTest::keyClicks(child<QLineEdit>(wizard.get(), "raterName"), QStringLiteral("Maria"));
    wizard->next();
    ASSERT_EQ(wizard->step(), Step::Touchpoints);
    EXPECT_EQ(raterName(), QStringLiteral("Maria"));

    // A touchpoint added to the purchase stage, typed in.
    auto* add = child<QLineEdit>(wizard.get(), "stageAdd2");
    QTest::keyClicks(add, QStringLiteral("Checkout page"));
    QTest::keyClick(add, Qt::Key_Return);
    EXPECT_TRUE(add->text().isEmpty());
    EXPECT_EQ(wizard->touchpointsPage()->touchpointCount(), 4);
    wizard->next();
    ASSERT_EQ(wizard->step(), Step::Frameworks);
    const Journey& journey = *findJourney(project(), sample.journey);
    ASSERT_EQ(journey.stages[2].touchpoints.size(), 1u);
    EXPECT_EQ(journey.stages[2].touchpoints[0].name, QStringLiteral("Checkout page"));

    // One framework: TRIXIE, with the criteria switched on.
    const size_t roundsBefore = project().rounds.size();
    startWithTrixie(wizard.get());
    ASSERT_EQ(project().rounds.size(), roundsBefore + 1);
    const Round& round = project().rounds.back();
    EXPECT_EQ(wizard->roundId(), round.id);
    EXPECT_TRUE(round.name.startsWith(QStringLiteral("Self-assessment ")));
    EXPECT_EQ(round.date, QDate::currentDate());
    EXPECT_EQ(round.journeyId, sample.journey);
    ASSERT_EQ(round.raters.size(), 1u);
    EXPECT_EQ(round.raters[0].name, QStringLiteral("Maria"));
    std::vector<Id> rated;
    for (const RoundCriterion& criterion : round.criteria)
        rated.push_back(criterion.criterionId);
    EXPECT_EQ(rated, trixieEnabled());

    // The first cell, with the criterion's text and questions.
    const Criterion& trust = project().frameworks[0].criteria[0];
    EXPECT_EQ(text(wizard.get(), "walkPosition"),
              QStringLiteral("Touchpoint 1 of 4 · criterion 1 of 5"));
    EXPECT_EQ(text(wizard.get(), "walkTouchpoint"), QStringLiteral("Instagram ad"));
    EXPECT_TRUE(text(wizard.get(), "walkStage").contains(QStringLiteral("AWARENESS")));
    EXPECT_EQ(text(wizard.get(), "walkCriterion"), trust.name);
    EXPECT_EQ(text(wizard.get(), "walkDescription"), trust.description);
    EXPECT_TRUE(text(wizard.get(), "walkQuestions").contains(trust.questions[0].toHtmlEscaped()));

    // 4 touchpoints × 5 criteria, with two skips, one N/A and a step back.
    const QString keys = QStringLiteral("23S14\b4"
                                        "52S3N"
                                        "12345"
                                        "22331");
    const std::vector<int> answers = answersOf(keys);
    type(wizard.get(), keys.left(7));
    EXPECT_EQ(text(wizard.get(), "walkPosition"),
              QStringLiteral("Touchpoint 2 of 4 · criterion 1 of 5"));
    EXPECT_EQ(text(wizard.get(), "walkAnswered"), QStringLiteral("4 of 20 answered"));
    // A score is in the document as soon as it is given.
    const WalkPlan plan = walkPlan(project(), round.id);
    ASSERT_EQ(plan.size(), 20);
    const Id rater = round.raters[0].id;
    EXPECT_EQ(document.rating({round.id, rater, plan.cells[4].touchpoint, plan.cells[4].criterion})
                  ->score,
              4);
    type(wizard.get(), keys.mid(7));
    ASSERT_EQ(wizard->step(), Step::Result);

    ASSERT_EQ(answers.size(), 20u);
    for (int i = 0; i < plan.size(); ++i) {
        const WalkCell& cell = plan.cells[size_t(i)];
        const Rating* rating = document.rating({round.id, rater, cell.touchpoint, cell.criterion});
        if (answers[size_t(i)] == Rating::NotRated)
            EXPECT_EQ(rating, nullptr) << "cell " << i << " was skipped";
        else
            EXPECT_EQ(rating ? rating->score : 0, answers[size_t(i)]) << "cell " << i;
    }

    // The result: the journey's score and the three weakest spots in rank order.
    const analysis::RoundResults results = analysis::computeRound(project(), round.id);
    ASSERT_TRUE(results.journey);
    EXPECT_EQ(text(wizard.get(), "overallScore"), analysis::scoreText(results.journey->score));
    EXPECT_EQ(text(wizard.get(), "coverage"),
              QStringLiteral("17 of 20 scored · 1 not applicable · 2 skipped"));
    const std::vector<analysis::WeakSpot> expected = analysis::weakSpots(project(), results);
    ASSERT_GE(expected.size(), 3u);
    ASSERT_EQ(wizard->resultPage()->spots().size(), 3u);
    for (int i = 0; i < 3; ++i) {
        const analysis::WeakSpot& spot = expected[size_t(i)];
        EXPECT_EQ(wizard->resultPage()->spots()[size_t(i)], spot);
        QWidget* card = child<QWidget>(wizard.get(), QStringLiteral("spot%1").arg(i + 1));
        ASSERT_NE(card, nullptr);
        EXPECT_EQ(text(card, "spotReason"), spot.reason);
        const QString title = text(card, "spotTitle");
        EXPECT_TRUE(
            title.startsWith(displayName(project(), EntityKind::Touchpoint, spot.touchpoint)));
        const Criterion* criterion = findCriterion(project(), spot.criterion);
        EXPECT_TRUE(title.endsWith(criterion->name));
        EXPECT_TRUE(
            text(card, "spotSuggestions")
                .contains(improvementAdvice(criterion->key).actions[0].title.toHtmlEscaped()));
    }
    EXPECT_EQ(child<QLabel>(wizard.get(), "movedNone")->isVisible(), true)
        << "the workshop round of two raters is no self-assessment";
    EXPECT_FALSE(resumePoint(projectKey)) << "a walk that reached its result is not resumed";
}

TEST_F(SelfAssessmentTest, OneClickPlansTheThreeActionsInOneUndoStep)
{
    auto wizard = open();
    runWalk(wizard.get(), QStringLiteral("1231212312"
                                         "31212"));
    const std::vector<analysis::WeakSpot> spots = wizard->resultPage()->spots();
    ASSERT_EQ(spots.size(), 3u);
    QUndoStack* undo = document.undoStack();
    const int steps = undo->count();
    const size_t actions = project().actions.size();

    auto* all = child<QPushButton>(wizard.get(), "createAllActions");
    EXPECT_EQ(all->text(), QStringLiteral("Create all three actions"));
    QTest::mouseClick(all, Qt::LeftButton);
    settle();
    ASSERT_EQ(project().actions.size(), actions + 3);
    EXPECT_EQ(undo->count(), steps + 1);
    EXPECT_EQ(undo->text(undo->count() - 1), QStringLiteral("Create 3 actions"));
    for (size_t i = 0; i < 3; ++i) {
        const Action& action = project().actions[actions + i];
        EXPECT_EQ(action.touchpointId, spots[i].touchpoint);
        EXPECT_EQ(action.criterionId, spots[i].criterion);
        EXPECT_EQ(action.status, ActionStatus::Planned);
        EXPECT_FALSE(action.title.isEmpty());
        EXPECT_TRUE(action.description.contains(spots[i].reason));
        auto* button =
            child<QPushButton>(wizard.get(), QStringLiteral("createAction%1").arg(i + 1));
        EXPECT_FALSE(button->isVisible());
        QWidget* card = child<QWidget>(wizard.get(), QStringLiteral("spot%1").arg(i + 1));
        EXPECT_TRUE(child<QLabel>(card, "spotCreated")->isVisible());
    }
    EXPECT_FALSE(all->isEnabled());
    EXPECT_TRUE(
        text(wizard.get(), "actionsMessage").startsWith(QStringLiteral("3 actions created.")));

    // Undone, they can be created again, one by one.
    undo->undo();
    settle();
    EXPECT_EQ(project().actions.size(), actions);
    auto* first = child<QPushButton>(wizard.get(), "createAction1");
    EXPECT_TRUE(first->isVisible());
    EXPECT_TRUE(all->isEnabled());
    QTest::mouseClick(first, Qt::LeftButton);
    settle();
    EXPECT_EQ(project().actions.size(), actions + 1);
    EXPECT_FALSE(first->isVisible());
    EXPECT_TRUE(child<QPushButton>(wizard.get(), "createAction2")->isVisible());
    EXPECT_EQ(wizard->resultPage()->createAllActions(), 2) << "the first is not made twice";
    EXPECT_EQ(project().actions.size(), actions + 3);
}

TEST_F(SelfAssessmentTest, ASecondRunMonthsLaterIsANewRoundAndShowsWhatMoved)
{
    Id first = NoId;
    {
        auto wizard = open();
        first = runWalk(wizard.get(), QStringLiteral("2222222222"
                                                     "22222"));
        wizard->accept();
    }
    // Months go by.
    ASSERT_TRUE(document.set(first, &Round::date, QDate::currentDate().addMonths(-4)));

    auto wizard = open();
    EXPECT_EQ(wizard->step(), Step::Journey);
    EXPECT_EQ(child<QLineEdit>(wizard.get(), "raterName")->text(), QStringLiteral("Maria"))
        << "the name is remembered";
    wizard->next();
    wizard->next();
    ASSERT_EQ(wizard->step(), Step::Frameworks);
    startWithTrixie(wizard.get());
    const Id second = wizard->roundId();
    EXPECT_NE(second, first);
    EXPECT_NE(findRound(project(), second)->name, findRound(project(), first)->name);
    // The first stage better, the second worse.
    type(wizard.get(), QStringLiteral("4444444444"
                                      "11111"));
    ASSERT_EQ(wizard->step(), Step::Result);

    EXPECT_EQ(wizard->resultPage()->previousRound(), first);
    const analysis::RoundDeltas deltas = analysis::roundDeltas(
        analysis::computeRound(project(), first), analysis::computeRound(project(), second));
    EXPECT_EQ(wizard->resultPage()->deltas(), deltas);
    ASSERT_TRUE(deltas.journey);
    EXPECT_TRUE(text(wizard.get(), "movedTitle").startsWith(QStringLiteral("What moved since ")));
    QLabel* journey = child<QLabel>(wizard.get(), "movedJourney");
    EXPECT_EQ(journey->text(), analysis::changeText(deltas.journey->change));
    EXPECT_EQ(journey->text(), QStringLiteral("+1.0")) << "2.0 → 3.0";
    EXPECT_EQ(journey->palette().color(QPalette::WindowText), upColor(journey->palette()));
    const Journey& map = *findJourney(project(), sample.journey);
    QLabel* up = child<QLabel>(wizard.get(), QStringLiteral("movedStage%1").arg(map.stages[0].id));
    QLabel* down =
        child<QLabel>(wizard.get(), QStringLiteral("movedStage%1").arg(map.stages[1].id));
    ASSERT_TRUE(up && down);
    EXPECT_EQ(up->text(), QStringLiteral("+2.0"));
    EXPECT_EQ(down->text(), QStringLiteral("\u22121.0"));
    EXPECT_EQ(down->palette().color(QPalette::WindowText), downColor(down->palette()));
}

TEST_F(SelfAssessmentTest, AWalkClosedHalfWayContinuesWhereItStopped)
{
    Id round = NoId;
    {
        auto wizard = open();
        toFrameworks(wizard.get());
        startWithTrixie(wizard.get());
        round = wizard->roundId();
        type(wizard.get(), QStringLiteral("3434S34\b"));
        EXPECT_EQ(wizard->walkPage()->index(), 6);
        wizard->reject();
    }
    const std::optional<ResumePoint> point = resumePoint(projectKey);
    ASSERT_TRUE(point);
    EXPECT_EQ(point->round, round);
    EXPECT_FALSE(resumePoint(QStringLiteral("/another/project.journey")));

    {
        auto wizard = open();
        ASSERT_EQ(wizard->step(), Step::Start);
        auto* resume = child<QPushButton>(wizard.get(), "continueButton");
        EXPECT_TRUE(resume->text().startsWith(QStringLiteral("Continue the self-assessment of ")));
        EXPECT_TRUE(
            text(wizard.get(), "continueProgress").startsWith(QStringLiteral("6 of 15 answered")));
        QTest::mouseClick(resume, Qt::LeftButton);
        ASSERT_EQ(wizard->step(), Step::Walk);
        EXPECT_EQ(wizard->roundId(), round);
        EXPECT_EQ(wizard->walkPage()->index(), 6);
        EXPECT_EQ(text(wizard.get(), "walkPosition"),
                  QStringLiteral("Touchpoint 2 of 3 · criterion 2 of 5"));
        EXPECT_EQ(text(wizard.get(), "walkAnswer"), QStringLiteral("Your answer: 4, good"));
        // Keys reach the walk wherever the focus is.
        QTest::keyClick(child<QPushButton>(wizard.get(), "nextButton"), Qt::Key_5);
        EXPECT_EQ(wizard->walkPage()->index(), 7);
        // Back from the first cell leads to the frameworks; the walk goes on in the same round.
        wizard->walkPage()->goTo(0);
        wizard->back();
        ASSERT_EQ(wizard->step(), Step::Frameworks);
        EXPECT_EQ(child<QPushButton>(wizard.get(), "nextButton")->text(),
                  QStringLiteral("Continue the walk"));
        const size_t rounds = project().rounds.size();
        wizard->next();
        ASSERT_EQ(wizard->step(), Step::Walk);
        EXPECT_EQ(project().rounds.size(), rounds);
        EXPECT_EQ(wizard->walkPage()->index(), 4) << "the first cell not answered";
        wizard->reject();
    }
    {
        auto wizard = open();
        ASSERT_EQ(wizard->step(), Step::Start);
        QTest::mouseClick(child<QPushButton>(wizard.get(), "startNewButton"), Qt::LeftButton);
        ASSERT_EQ(wizard->step(), Step::Journey);
        toFrameworks(wizard.get());
        startWithTrixie(wizard.get());
        EXPECT_NE(wizard->roundId(), round) << "a new one";
        EXPECT_EQ(resumePoint(projectKey)->round, wizard->roundId());
    }
}

TEST_F(SelfAssessmentTest, AFreshProjectGetsAJourneyFromATemplate)
{
    ProjectDocument fresh;
    for (const Framework& framework : Project(document.project()).frameworks) {
        Framework copy = framework;
        fresh.addFramework(copy);
    }
    SelfAssessmentWizard wizard(&fresh, QStringLiteral("fresh"));
    wizard.resize(1280, 720);
    wizard.show();
    settle();
    EXPECT_FALSE(child<QRadioButton>(&wizard, "useExistingJourney")->isEnabled());
    EXPECT_TRUE(child<QRadioButton>(&wizard, "useTemplateJourney")->isChecked());
    QTest::keyClicks(child<QLineEdit>(&wizard, "raterName"), QStringLiteral("Sam"));
    auto* name = child<QLineEdit>(&wizard, "journeyName");
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Online shop"));
    wizard.next();
    ASSERT_EQ(wizard.step(), Step::Touchpoints);
    wizard.next();
    EXPECT_EQ(wizard.step(), Step::Touchpoints) << "nothing to rate yet";
    EXPECT_FALSE(wizard.problem().isEmpty());
    wizard.touchpointsPage()->addTouchpoint(0, QStringLiteral("Instagram ad"));
    wizard.touchpointsPage()->addTouchpoint(2, QStringLiteral("Checkout"));
    wizard.next();
    ASSERT_EQ(wizard.step(), Step::Frameworks);
    ASSERT_EQ(fresh.project().journeys.size(), 1u);
    const Journey& journey = fresh.project().journeys[0];
    EXPECT_EQ(journey.name, QStringLiteral("Online shop"));
    EXPECT_EQ(touchpointIds(journey).size(), 2u);
    // Back and on again makes no second journey.
    wizard.back();
    wizard.back();
    EXPECT_TRUE(child<QRadioButton>(&wizard, "useExistingJourney")->isChecked());
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.step(), Step::Frameworks);
    EXPECT_EQ(fresh.project().journeys.size(), 1u);

    wizard.frameworksPage()->setFrameworkChecked(fresh.project().frameworks[0].id, false);
    EXPECT_TRUE(text(&wizard, "walkSize").startsWith(QStringLiteral("5 criteria × 2 touchpoints")));
    wizard.next();
    ASSERT_EQ(wizard.step(), Step::Walk);
    type(&wizard, QStringLiteral("1234554321"));
    ASSERT_EQ(wizard.step(), Step::Result);
    EXPECT_EQ(wizard.resultPage()->spots().size(), 3u);
}

TEST_F(SelfAssessmentTest, TheEntryPointOpensOneWindowOverItsParent)
{
    QWidget window;
    window.show();
    QPointer<SelfAssessmentWizard> wizard = showSelfAssessment(&document, projectKey, &window);
    ASSERT_TRUE(wizard);
    EXPECT_TRUE(wizard->isVisible());
    EXPECT_EQ(wizard->windowModality(), Qt::WindowModal);
    EXPECT_EQ(showSelfAssessment(&document, projectKey, &window), wizard.data())
        << "raised, not opened twice";
    wizard->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_FALSE(wizard) << "closed is deleted";
}

} // namespace
} // namespace js::test
