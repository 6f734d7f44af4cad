// Assess > Start live session on the demo: the join screen, participants
// arriving over HTTP, the status bar, the lock, stopping.
#include "LiveWindowFixture.h"
#include "ui/live/JoinScreen.h"
#include "ui/live/QrCodeWidget.h"
#include "ui/mainwindow/SelectionModel.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

namespace js::test {
namespace {

using LiveSessionTest = LiveWindowTest;

TEST_F(LiveSessionTest, StartsFromTheMenuAndShowsTheJoinScreen)
{
    EXPECT_EQ(action("actionLiveSession")->text().remove(u'&'), u"Start live session…"_s);
    start();
    JoinScreen* join = window->joinScreen();
    ASSERT_NE(join, nullptr);
    EXPECT_TRUE(join->window()->isVisible());
    EXPECT_NE(join->window(), window) << "a window of its own, for the projector";
    EXPECT_EQ(session()->round(), round);
    EXPECT_TRUE(live()->server()->isListening());
    const QString url = live()->server()->joinUrl().toString();
    EXPECT_TRUE(url.startsWith(u"http://127.0.0.1:"_s)) << url.toStdString();
    EXPECT_EQ(join->qrCode()->text(), url);
    EXPECT_FALSE(join->qrCode()->isNull());
    auto* address = join->findChild<QLabel*>(u"joinAddress"_s);
    ASSERT_NE(address, nullptr);
    EXPECT_EQ(address->text().remove(u'\n'), url);
    // The page is served there.
    EXPECT_EQ(client->get(prefix + "/").status, 200);
    // The menu now stops, and the status bar says it runs.
    EXPECT_EQ(action("actionLiveSession")->text().remove(u'&'), u"Stop live session"_s);
    auto* status = window->findChild<QPushButton*>(u"liveStatus"_s);
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->isVisible());
    EXPECT_EQ(status->text(), u"Live: 0 participants"_s);
}

TEST_F(LiveSessionTest, ParticipantsAppearAsTheyJoin)
{
    start();
    auto* names = window->joinScreen()->findChild<QLabel*>(u"joinParticipants"_s);
    auto* heading = window->joinScreen()->findChild<QLabel*>(u"joinJoinedHeading"_s);
    EXPECT_EQ(heading->text(), u"Waiting for the first participant…"_s);
    join(u"Anna"_s);
    join(u"Ben <b>"_s);
    EXPECT_TRUE(names->text().contains(u"Anna"_s));
    EXPECT_TRUE(names->text().contains(u"Ben &lt;b&gt;"_s)) << "names are escaped";
    EXPECT_EQ(heading->text(), u"2 joined"_s);
    EXPECT_EQ(window->findChild<QPushButton*>(u"liveStatus"_s)->text(), u"Live: 2 participants"_s);
    // They are raters of the round now.
    EXPECT_EQ(findRound(project(), round)->raters.size(), 2u);
}

TEST_F(LiveSessionTest, AParticipantJoiningTakesNeitherTheRaterShownNorTheSelection)
{
    start();
    const Id before = window->assessment()->rater();
    const Id anna = join(u"Anna"_s).first;
    for (int i = 0; i < 5; ++i)
        settle(); // the navigator selects what was added, a little later
    EXPECT_EQ(window->assessment()->rater(), before)
        << "the focus view must not show a phone's vote before it is revealed";
    EXPECT_NE(window->assessment()->rater(), anna);
    EXPECT_FALSE((window->selectionModel()->current() == Selection{EntityKind::Rater, anna}))
        << "a join never takes the facilitator's selection";
    window->stopLiveSession();
    const Id added = document()->addRater(round, -1, Rater{NoId, u"Added by hand"_s, {}});
    for (int i = 0; i < 5; ++i)
        settle();
    EXPECT_TRUE((window->selectionModel()->current() == Selection{EntityKind::Rater, added}))
        << "outside a session, a rater added is selected as before";
}

TEST_F(LiveSessionTest, TheWindowTypesForNoOneWhoRatesOnAPhone)
{
    const Id rita = document()->addRater(round, -1, Rater{NoId, u"Rita"_s, {}});
    const Id omar = document()->addRater(round, -1, Rater{NoId, u"Omar"_s, {}});
    settle();
    window->assessment()->setRater(rita);
    start();
    EXPECT_EQ(window->assessment()->rater(), NoId)
        << "the projector shows no one's answer while the room votes";
    window->assessment()->setRater(rita); // typing for someone without a phone
    EXPECT_EQ(join(u"Rita"_s).first, rita) << "the rater of that name, taken over";
    EXPECT_EQ(window->assessment()->rater(), NoId) << "Rita rates on her phone now";
    window->assessment()->setRater(omar);
    join(u"Anna"_s);
    EXPECT_EQ(window->assessment()->rater(), omar) << "someone else joining changes nothing";
}

TEST_F(LiveSessionTest, ARoomOfTwentyFitsOnTheJoinScreen)
{
    start();
    window->joinScreen()->window()->resize(1280, 720);
    settle();
    for (int i = 1; i <= 20; ++i)
        join(u"Participant with a long name %1"_s.arg(i));
    settle();
    auto* names = window->joinScreen()->findChild<QLabel*>(u"joinParticipants"_s);
    ASSERT_TRUE(names->text().contains(u"long name 20"_s));
    // Every name is shown: what the label holds needs no more than its height.
    EXPECT_LE(names->heightForWidth(names->width()), names->height());
    EXPECT_GE(names->font().pixelSize(), 9);
}

TEST_F(LiveSessionTest, FreeModeShowsHowFarEachHasGot)
{
    start();
    window->joinScreen()->findChild<QRadioButton*>(u"joinFree"_s)->click();
    EXPECT_EQ(session()->mode(), live::LiveSession::Mode::Free);
    const auto [anna, key] = join(u"Anna"_s);
    const Round* r = findRound(project(), round);
    const int cells =
        int(touchpointIds(*findJourney(project(), journey)).size() * r->criteria.size());
    auto* names = window->joinScreen()->findChild<QLabel*>(u"joinParticipants"_s);
    EXPECT_TRUE(names->text().contains(u"0 of %1"_s.arg(cells))) << names->text().toStdString();
    const Id touchpoint = touchpointIds(*findJourney(project(), journey)).back();
    EXPECT_EQ(rate(key, touchpoint, r->criteria.back().criterionId, 4).status, 200);
    // Shown a moment later: progress is laid out a few times a second, not per score.
    EXPECT_FALSE(names->text().contains(u"1 of %1"_s.arg(cells)));
    EXPECT_TRUE(QTest::qWaitFor([&] { return names->text().contains(u"1 of %1"_s.arg(cells)); },
                                10 * JoinScreen::ProgressIntervalMs))
        << names->text().toStdString();
}

TEST_F(LiveSessionTest, TheStatusBarBringsTheJoinScreenBack)
{
    start();
    window->joinScreen()->window()->close();
    settle();
    EXPECT_EQ(window->joinScreen(), nullptr);
    EXPECT_TRUE(live()->isRunning()) << "closing the join screen does not stop the session";
    window->findChild<QPushButton*>(u"liveStatus"_s)->click();
    settle();
    ASSERT_NE(window->joinScreen(), nullptr);
    EXPECT_TRUE(window->joinScreen()->window()->isVisible());
}

TEST_F(LiveSessionTest, StopClosesThePortAndKeepsTheRatings)
{
    start();
    const auto [anna, key] = join(u"Anna"_s);
    const Id touchpoint = session()->touchpoint();
    const Id criterion = session()->criterion();
    ASSERT_EQ(rate(key, touchpoint, criterion, 5).status, 200);
    const quint16 port = live()->server()->port();
    window->joinScreen()->findChild<QPushButton*>(u"joinStop"_s)->click();
    settle();
    EXPECT_FALSE(live()->isRunning());
    EXPECT_EQ(window->joinScreen(), nullptr);
    EXPECT_FALSE(window->findChild<QPushButton*>(u"liveStatus"_s)->isVisible());
    EXPECT_EQ(action("actionLiveSession")->text().remove(u'&'), u"Start live session…"_s);
    HttpClient after(QHostAddress(QHostAddress::LocalHost), port);
    EXPECT_EQ(after.get(prefix + "/").status, 0) << "nothing listens any more";
    const Rating* rating = document()->rating(RatingKey{round, anna, touchpoint, criterion});
    ASSERT_NE(rating, nullptr);
    EXPECT_EQ(rating->score, 5);
    // Through the document: undo takes the rating back.
    document()->undoStack()->undo();
    rating = document()->rating(RatingKey{round, anna, touchpoint, criterion});
    EXPECT_TRUE(!rating || rating->score == Rating::NotRated);
}

TEST_F(LiveSessionTest, TheMenuStopsTheSession)
{
    start();
    action("actionLiveSession")->trigger();
    settle();
    EXPECT_FALSE(live()->isRunning());
}

TEST_F(LiveSessionTest, ALockedRoundRefusesToStart)
{
    document()->set(round, &Round::locked, true);
    settle();
    dialogs::testing::takeMessages();
    action("actionLiveSession")->trigger();
    settle();
    EXPECT_FALSE(live()->isRunning());
    EXPECT_EQ(live()->server(), nullptr);
    EXPECT_EQ(window->joinScreen(), nullptr);
    const QStringList messages = dialogs::testing::takeMessages();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.front().contains(u"locked"_s)) << messages.front().toStdString();
}

TEST_F(LiveSessionTest, AReadOnlyFileRefusesToStart)
{
    // The window holds the file, so a second opening is read-only.
    OpenResult result;
    auto session = ProjectSession::open(window->session()->path(), &result);
    ASSERT_TRUE(session);
    ASSERT_TRUE(session->isReadOnly());
    MainWindow readOnly(std::move(session));
    readOnly.setAttribute(Qt::WA_DeleteOnClose, false);
    auto* item = readOnly.findChild<QAction*>(u"actionLiveSession"_s);
    ASSERT_TRUE(item);
    EXPECT_FALSE(item->isEnabled());
    dialogs::testing::takeMessages();
    readOnly.startLiveSession();
    EXPECT_FALSE(readOnly.liveController()->isRunning());
    const QStringList messages = dialogs::testing::takeMessages();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages.front().contains(u"read-only"_s)) << messages.front().toStdString();
}

TEST_F(LiveSessionTest, LockingDuringTheSessionRefusesThePhonesAndSaysSo)
{
    start();
    const auto [anna, key] = join(u"Anna"_s);
    document()->set(round, &Round::locked, true);
    settle();
    EXPECT_TRUE(window->notice().contains(u"locked"_s)) << window->notice().toStdString();
    EXPECT_TRUE(window->joinScreen()->findChild<QLabel*>(u"joinLocked"_s)->isVisible());
    EXPECT_EQ(window->findChild<QPushButton*>(u"liveStatus"_s)->text(), u"Live: round locked"_s);
    EXPECT_EQ(rate(key, session()->touchpoint(), session()->criterion(), 3).status, 409);
    const HttpResponse joining =
        client->post(prefix + "/api/join", body(QJsonObject{{u"name"_s, u"Ben"_s}}));
    EXPECT_EQ(joining.status, 409);
    document()->set(round, &Round::locked, false);
    settle();
    EXPECT_TRUE(window->notice().isEmpty());
    EXPECT_EQ(rate(key, session()->touchpoint(), session()->criterion(), 3).status, 200);
}

TEST_F(LiveSessionTest, ClosingTheWindowStopsTheSession)
{
    start();
    const quint16 port = live()->server()->port();
    window->close();
    settle();
    EXPECT_FALSE(live()->isRunning());
    HttpClient after(QHostAddress(QHostAddress::LocalHost), port);
    EXPECT_EQ(after.get(prefix + "/").status, 0);
}

TEST_F(LiveSessionTest, TheNetworkComboListsTheAddressInUse)
{
    start();
    auto* network = window->joinScreen()->findChild<QComboBox*>(u"joinNetwork"_s);
    ASSERT_NE(network, nullptr);
    ASSERT_GE(network->count(), 1);
    EXPECT_EQ(network->currentData().toString(), u"127.0.0.1"_s);
}

} // namespace
} // namespace js::test
