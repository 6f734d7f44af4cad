// The focus view in a paced live session: it moves the phones on, and shows
// who has voted and how, as the votes arrive over HTTP.
#include "LiveWindowFixture.h"
#include "ui/assess/FocusView.h"
#include "ui/assess/ScoreDistribution.h"

#include <QLabel>
#include <QPushButton>
#include <QRadioButton>

namespace js::test {
namespace {

class LiveFocusTest : public LiveWindowTest {
protected:
    // A session with three participants, rating from the focus view's cell.
    void SetUp() override
    {
        LiveWindowTest::SetUp();
        start();
        for (const QString& name : {u"Anna"_s, u"Ben"_s, u"Cleo"_s})
            keys.push_back(join(name).second);
        window->joinScreen()->findChild<QPushButton*>(u"joinStartRating"_s)->click();
        settle();
        focus = window->focusView();
        ASSERT_NE(focus, nullptr);
    }
    HttpResponse vote(size_t who, const QJsonValue& score)
    {
        return rate(keys[who], focus->touchpoint(), focus->criterion(), score);
    }
    QString text(const char* name) const
    {
        return focus->findChild<QLabel*>(QString::fromLatin1(name))->text();
    }

    std::vector<QByteArray> keys;
    FocusView* focus = nullptr;
};

TEST_F(LiveFocusTest, StartRatingOpensTheFocusViewOnTheSessionsCell)
{
    EXPECT_TRUE(focus->window()->isVisible());
    EXPECT_EQ(session()->mode(), live::LiveSession::Mode::Paced);
    EXPECT_EQ(session()->touchpoint(), focus->touchpoint());
    EXPECT_EQ(session()->criterion(), focus->criterion());
}

TEST_F(LiveFocusTest, MovingTheFocusViewMovesThePhones)
{
    const quint64 version = session()->version();
    focus->stepCriterion(1);
    EXPECT_EQ(session()->criterion(), focus->criterion());
    EXPECT_GT(session()->version(), version);
    focus->stepTouchpoint(1);
    EXPECT_EQ(session()->touchpoint(), focus->touchpoint());
    EXPECT_EQ(session()->criterion(), focus->criterion());
    // A phone rating the cell before is told the facilitator moved on.
    EXPECT_EQ(rate(keys[0], touchpointIds(*findJourney(project(), journey)).front(),
                   findRound(project(), round)->criteria.front().criterionId, 3)
                  .status,
              409);
    EXPECT_EQ(vote(0, 3).status, 200);
}

TEST_F(LiveFocusTest, VotesFillTheListAndEveryonesShowsTheDistribution)
{
    EXPECT_EQ(text("focusRatedCount"), u"0 of 3 rated"_s);
    EXPECT_FALSE(focus->isDistributionShown());
    ASSERT_EQ(vote(0, 4).status, 200);
    EXPECT_EQ(text("focusRatedCount"), u"1 of 3 rated"_s);
    EXPECT_TRUE(text("focusRatedNames").contains(u"Anna"_s));
    ASSERT_EQ(vote(1, 4).status, 200);
    EXPECT_FALSE(focus->isDistributionShown()) << "not before everyone has voted";
    ASSERT_EQ(vote(2, "na"_L1).status, 200);
    EXPECT_EQ(text("focusRatedCount"), u"3 of 3 rated"_s);
    EXPECT_TRUE(focus->isDistributionShown());
    const analysis::CellStats stats =
        focus->findChild<ScoreDistribution*>(u"focusDistribution"_s)->stats();
    EXPECT_EQ(stats.counts[3], 2);
    EXPECT_EQ(stats.notApplicable, 1);
    EXPECT_FALSE(focus->isDiscussShown());
    // Moving on hides it for the next cell.
    focus->stepCriterion(1);
    EXPECT_FALSE(focus->isDistributionShown());
}

TEST_F(LiveFocusTest, RevealShowsTheDistributionEarlier)
{
    ASSERT_EQ(vote(0, 2).status, 200);
    EXPECT_FALSE(focus->isDistributionShown());
    auto* reveal = focus->findChild<QPushButton*>(u"focusReveal"_s);
    ASSERT_TRUE(reveal->isVisible());
    reveal->click();
    EXPECT_TRUE(focus->isDistributionShown());
    EXPECT_EQ(focus->findChild<ScoreDistribution*>(u"focusDistribution"_s)->stats().counts[1], 1);
    // A vote arriving meanwhile is counted at once.
    ASSERT_EQ(vote(1, 5).status, 200);
    EXPECT_EQ(focus->findChild<ScoreDistribution*>(u"focusDistribution"_s)->stats().counts[4], 1);
    // R hides it again, and shows it.
    QTest::keyClick(focus, Qt::Key_R);
    EXPECT_FALSE(focus->isDistributionShown());
    QTest::keyClick(focus, Qt::Key_R);
    EXPECT_TRUE(focus->isDistributionShown());
    focus->stepTouchpoint(1);
    EXPECT_FALSE(focus->isDistributionShown());
    EXPECT_FALSE(focus->isRevealed());
}

TEST_F(LiveFocusTest, ADisagreementShowsDiscuss)
{
    ASSERT_EQ(vote(0, 1).status, 200);
    ASSERT_EQ(vote(1, 3).status, 200);
    ASSERT_EQ(vote(2, 5).status, 200);
    ASSERT_TRUE(focus->isDistributionShown());
    EXPECT_TRUE(focus->isDiscussShown());
    EXPECT_TRUE(focus->findChild<QLabel*>(u"focusDiscuss"_s)->isVisible());
    // A change of mind that brings the room together takes it away.
    ASSERT_EQ(vote(0, 3).status, 200);
    ASSERT_EQ(vote(2, 3).status, 200);
    EXPECT_FALSE(focus->isDiscussShown());
}

TEST_F(LiveFocusTest, FreeModeLeavesThePhonesWhereTheyAre)
{
    window->joinScreen()->findChild<QRadioButton*>(u"joinFree"_s)->click();
    const Id criterion = session()->criterion();
    focus->stepCriterion(1);
    EXPECT_EQ(session()->criterion(), criterion);
    // Back to paced: the phones follow the focus view again.
    window->joinScreen()->findChild<QRadioButton*>(u"joinPaced"_s)->click();
    EXPECT_EQ(session()->criterion(), focus->criterion());
}

} // namespace
} // namespace js::test
