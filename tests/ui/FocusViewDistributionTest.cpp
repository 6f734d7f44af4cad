// The focus view's distribution of scores and its Discuss mark, for scores
// typed in the room (no live session).
#include "SampleProject.h"
#include "core/document/ProjectDocument.h"
#include "ui/assess/AssessmentContext.h"
#include "ui/assess/FocusView.h"
#include "ui/assess/ScoreDistribution.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>
#include <memory>

namespace js {
namespace {
using namespace Qt::Literals::StringLiterals;

class FocusViewDistributionTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        sample = test::buildSample(document);
        Round round = test::makeRound(u"Workshop"_s, sample.journey, QDate(2026, 9, 1));
        round.raters = {Rater{NoId, u"Rita"_s, {}}, Rater{NoId, u"Omar"_s, {}},
                        Rater{NoId, u"Lena"_s, {}}, Rater{NoId, u"Sam"_s, {}}};
        workshop = document.addRound(round);
        for (const Rater& rater : findRound(document.project(), workshop)->raters)
            raters.push_back(rater.id);
        context = std::make_unique<AssessmentContext>(&document);
        context->setRound(workshop);
        context->setRater(raters[0]);
        view = std::make_unique<FocusView>(context.get());
        view->resize(1280, 720);
        view->show();
        QApplication::processEvents();
    }
    void score(size_t rater, int value)
    {
        document.setRatingScore(
            RatingKey{workshop, raters[rater], view->touchpoint(), view->criterion()}, value);
    }
    ScoreDistribution* distribution() const
    {
        return view->findChild<ScoreDistribution*>(u"focusDistribution"_s);
    }

    ProjectDocument document;
    test::Sample sample;
    Id workshop = NoId;
    std::vector<Id> raters;
    std::unique_ptr<AssessmentContext> context;
    std::unique_ptr<FocusView> view;
};

TEST_F(FocusViewDistributionTest, HiddenUntilEveryoneHasRated)
{
    score(0, 4);
    score(1, 4);
    score(2, 5);
    EXPECT_FALSE(view->isDistributionShown());
    score(3, 3);
    EXPECT_TRUE(view->isDistributionShown());
    EXPECT_EQ(distribution()->stats().n, 4);
    EXPECT_EQ(distribution()->stats().counts[3], 2);
    EXPECT_FALSE(view->isDiscussShown()) << "sd 0.82 is agreement";
    EXPECT_EQ(view->findChild<QLabel*>(u"focusDistributionCaption"_s)->text(),
              u"Mean 4.0 · 4 scores"_s);
}

TEST_F(FocusViewDistributionTest, TheRoomRatingInTurnRevealsItself)
{
    // Keys in turn: each rater scores, and once all have the view steps on;
    // stepping back shows the cell's distribution.
    for (Qt::Key key : {Qt::Key_1, Qt::Key_5, Qt::Key_2, Qt::Key_5})
        QTest::keyClick(view.get(), key);
    EXPECT_FALSE(view->isDistributionShown()) << "the next cell, not yet rated";
    view->stepCriterion(-1);
    EXPECT_TRUE(view->isDistributionShown());
    EXPECT_TRUE(view->isDiscussShown());
}

TEST_F(FocusViewDistributionTest, RevealShowsItEarlyAndMovingHidesIt)
{
    score(0, 2);
    auto* reveal = view->findChild<QPushButton*>(u"focusReveal"_s);
    ASSERT_TRUE(reveal->isVisible());
    reveal->click();
    EXPECT_TRUE(view->isDistributionShown());
    EXPECT_EQ(distribution()->stats().counts[1], 1);
    score(1, 3); // updates while shown
    EXPECT_EQ(distribution()->stats().counts[2], 1);
    view->stepCriterion(1);
    EXPECT_FALSE(view->isDistributionShown());
    EXPECT_FALSE(view->isRevealed());
}

TEST_F(FocusViewDistributionTest, NotApplicableHasItsOwnBar)
{
    score(0, Rating::NotApplicable);
    score(1, 1);
    score(2, 3);
    score(3, 5);
    ASSERT_TRUE(view->isDistributionShown());
    EXPECT_EQ(distribution()->stats().notApplicable, 1);
    EXPECT_TRUE(view->isDiscussShown()) << "1, 3, 5: sd 2";
}

} // namespace
} // namespace js
