// The phone page in a real browser: headless chromium, driven through
// chromedriver, against a live session served in-process on 127.0.0.1.
#include "live/LivePage.h"

#include "ReloadProject.h"
#include "SampleProject.h"
#include "TempDir.h"
#include "WebDriver.h"
#include "core/document/ProjectDocument.h"
#include "core/model/ProjectQueries.h"
#include "core/storage/ProjectSession.h"
#include "live/LiveServer.h"
#include "live/LiveSession.h"

#include <QDeadlineTimer>

#include <functional>
#include <gtest/gtest.h>
#include <memory>

namespace js::test {
namespace {
using namespace Qt::Literals::StringLiterals;

class LivePageTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        if (!hasChromeDriver())
            return; // each test skips
        QString error;
        s_driver = WebDriver::start(PhoneScreen{360, 740, 2}, &error).release();
        s_error = error;
    }
    static void TearDownTestSuite()
    {
        delete s_driver;
        s_driver = nullptr;
    }

    void SetUp() override
    {
        if (!hasChromeDriver())
            GTEST_SKIP() << chromeDriverPath().toStdString()
                         << " is missing: install chromium and chromium-driver "
                            "(scripts/setup.sh does) to run the browser tests";
        ASSERT_TRUE(s_driver) << s_error.toStdString();
        driver = s_driver;
        ProjectDocument scratch;
        sample = buildSample(scratch);
        QString error;
        path = dir.path(u"browser.journey"_s);
        session = ProjectSession::create(path, scratch.project(), &error);
        ASSERT_TRUE(session) << error.toStdString();
        document = session->document();
    }

    void serve(live::LiveSession::Mode mode)
    {
        live = std::make_unique<live::LiveSession>(document, sample.round);
        live->setMode(mode);
        server = std::make_unique<live::LiveServer>(live.get());
        QString error;
        ASSERT_TRUE(server->start(QHostAddress::LocalHost, 0, &error)) << error.toStdString();
    }

    // Opens the page, types a name and taps join; true once a question shows.
    bool joinAs(const QString& name)
    {
        if (!driver->navigate(server->joinUrl().toString()))
            return false;
        const QString field = driver->waitForVisible(u"#name"_s);
        if (field.isEmpty() || !driver->type(field, name))
            return false;
        if (!driver->click(driver->find(u"#join-button"_s)))
            return false;
        return !driver->waitForVisible(u"#scores button[data-score=\"5\"]"_s).isEmpty();
    }

    bool tapScore(const QString& score)
    {
        return driver->click(driver->find(u"[data-score=\"%1\"]"_s.arg(score)));
    }

    // Waits, serving the browser meanwhile, until done() holds.
    static bool waitFor(const std::function<bool()>& done, int timeoutMs = 10000)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (!done()) {
            if (deadline.hasExpired())
                return false;
            WebDriver::pause(50);
        }
        return true;
    }

    QString textOf(const QString& css) { return driver->text(driver->find(css)); }

    int scrollWidth()
    {
        return driver->execute(u"return document.documentElement.scrollWidth;"_s).toInt();
    }

    const Rater* raterNamed(const Project& project, const QString& name) const
    {
        const Round* round = findRound(project, sample.round);
        for (const Rater& rater : round->raters) {
            if (rater.name == name)
                return &rater;
        }
        return nullptr;
    }

    static inline WebDriver* s_driver = nullptr;
    static inline QString s_error;
    WebDriver* driver = nullptr;
    TempDir dir;
    QString path;
    Sample sample;
    std::unique_ptr<ProjectSession> session;
    ProjectDocument* document = nullptr;
    std::unique_ptr<live::LiveSession> live;
    std::unique_ptr<live::LiveServer> server;
};

TEST_F(LivePageTest, AParticipantJoinsAndRatesTwoCriteriaInFreeMode)
{
    serve(live::LiveSession::Mode::Free);
    const Round* round = findRound(document->project(), sample.round);
    ASSERT_GE(round->criteria.size(), 2u);
    const Id first = round->criteria[0].criterionId;
    const Id second = round->criteria[1].criterionId;

    ASSERT_TRUE(driver->navigate(server->joinUrl().toString()));
    ASSERT_FALSE(driver->waitForVisible(u"#name"_s).isEmpty());
    EXPECT_EQ(driver->execute(u"return window.innerWidth;"_s).toInt(), 360);
    EXPECT_LE(scrollWidth(), 360) << "the join page scrolls sideways";
    // The round's raters are offered to tap.
    EXPECT_FALSE(driver->waitForVisible(u"#raters .rater"_s).isEmpty());

    ASSERT_TRUE(joinAs(u"Dana"_s));
    EXPECT_EQ(textOf(u"#touchpoint"_s),
              findTouchpoint(document->project(), sample.touchpoint)->name);
    EXPECT_EQ(textOf(u"#criterion"_s), findCriterion(document->project(), first)->name);
    EXPECT_LE(scrollWidth(), 360) << "the rating page scrolls sideways";

    ASSERT_TRUE(tapScore(u"4"_s));
    // Free mode steps on to the next criterion of the touchpoint.
    const QString secondName = findCriterion(document->project(), second)->name;
    ASSERT_TRUE(driver->waitUntil(
        u"return document.getElementById('criterion').textContent === arguments[0];"_s,
        QJsonArray{secondName}));
    EXPECT_TRUE(textOf(u"#progress"_s).startsWith(u"1 of "_s))
        << textOf(u"#progress"_s).toStdString();
    ASSERT_TRUE(tapScore(u"2"_s));
    ASSERT_TRUE(driver->waitUntil(
        u"return document.getElementById('progress').textContent.startsWith('2 of ');"_s));
    EXPECT_LE(scrollWidth(), 360);

    const Rater* dana = raterNamed(document->project(), u"Dana"_s);
    ASSERT_TRUE(dana);
    const RatingKey firstKey{sample.round, dana->id, sample.touchpoint, first};
    const RatingKey secondKey{sample.round, dana->id, sample.touchpoint, second};
    ASSERT_TRUE(document->rating(firstKey));
    ASSERT_TRUE(document->rating(secondKey));
    EXPECT_EQ(document->rating(firstKey)->score, 4);
    EXPECT_EQ(document->rating(secondKey)->score, 2);

    ASSERT_TRUE(session->flushNow());
    const Project reloaded = reloadProject(path);
    const Rater* stored = raterNamed(reloaded, u"Dana"_s);
    ASSERT_TRUE(stored);
    const auto firstStored =
        reloaded.ratings.find({sample.round, stored->id, sample.touchpoint, first});
    const auto secondStored =
        reloaded.ratings.find({sample.round, stored->id, sample.touchpoint, second});
    ASSERT_NE(firstStored, reloaded.ratings.end());
    ASSERT_NE(secondStored, reloaded.ratings.end());
    EXPECT_EQ(firstStored->second.score, 4);
    EXPECT_EQ(secondStored->second.score, 2);
}

TEST_F(LivePageTest, MarkupInANameIsShownAsTextAndNeverRuns)
{
    const QString markup = u"<script>alert(1)</script>"_s;
    ASSERT_TRUE(document->set(sample.touchpoint, &Touchpoint::name, markup));
    serve(live::LiveSession::Mode::Paced);
    live->setPosition(sample.touchpoint, sample.criterion);

    ASSERT_TRUE(joinAs(u"Eve <b>bold</b>"_s));
    EXPECT_EQ(textOf(u"#touchpoint"_s), markup);
    EXPECT_EQ(driver
                  ->execute(u"return document.querySelectorAll('#touchpoint *, #who *, "
                            "script:not([src])').length;"_s)
                  .toInt(),
              0);
    EXPECT_EQ(textOf(u"#who"_s), u"Rating as Eve <b>bold</b>"_s);
    EXPECT_FALSE(driver->alertOpen());
    EXPECT_LE(scrollWidth(), 360);

    // A reload resumes with the key kept on the phone: no second join.
    ASSERT_TRUE(driver->navigate(server->joinUrl().toString()));
    ASSERT_FALSE(driver->waitForVisible(u"#touchpoint"_s).isEmpty());
    EXPECT_EQ(textOf(u"#touchpoint"_s), markup);
    EXPECT_FALSE(driver->alertOpen());
    EXPECT_EQ(live->participants().size(), 1u);
}

TEST_F(LivePageTest, PacedModeStoresAChangeOfMindAndFollowsTheFacilitator)
{
    serve(live::LiveSession::Mode::Paced);
    live->setPosition(sample.touchpoint, sample.criterion);
    ASSERT_TRUE(joinAs(u"Finn"_s));
    const Rater* finn = raterNamed(document->project(), u"Finn"_s);
    ASSERT_TRUE(finn);
    const RatingKey cell{sample.round, finn->id, sample.touchpoint, sample.criterion};

    ASSERT_TRUE(tapScore(u"3"_s));
    ASSERT_FALSE(driver->waitForVisible(u"#confirmation.is-stored"_s).isEmpty());
    ASSERT_TRUE(tapScore(u"5"_s));
    ASSERT_TRUE(driver->waitUntil(
        u"return document.querySelector('[data-score=\"5\"]').classList.contains('chosen');"_s));
    ASSERT_TRUE(document->rating(cell));
    EXPECT_EQ(document->rating(cell)->score, 5);

    // A note for the score given. The note sits above the dock of buttons: at
    // the end of the page, where a thumb scrolls to, nothing covers it.
    driver->execute(u"window.scrollTo(0, document.documentElement.scrollHeight);"_s);
    ASSERT_TRUE(driver->click(driver->find(u"#note-block summary"_s)));
    const QString note = driver->waitForVisible(u"#note"_s);
    ASSERT_TRUE(driver->type(note, u"Promised a callback, none came"_s));
    ASSERT_TRUE(driver->click(driver->find(u"#save-note"_s)));
    EXPECT_TRUE(waitFor(
        [&] { return document->rating(cell)->note == u"Promised a callback, none came"_s; }));
    EXPECT_EQ(document->rating(cell)->score, 5);

    // The facilitator moves on: the phone follows within a poll or two.
    live->setPosition(sample.secondTouchpoint, sample.criterion);
    const QString next = findTouchpoint(document->project(), sample.secondTouchpoint)->name;
    ASSERT_TRUE(driver->waitUntil(
        u"return document.getElementById('touchpoint').textContent === arguments[0];"_s,
        QJsonArray{next}, 8000));
    EXPECT_TRUE(driver->execute(u"return document.querySelectorAll('.chosen').length;"_s).toInt() ==
                0);
}

TEST_F(LivePageTest, ThePhoneSaysWhenTheRoundIsLockedTheLaptopIsGoneOrTheSessionEnded)
{
    serve(live::LiveSession::Mode::Paced);
    ASSERT_TRUE(joinAs(u"Gina"_s));
    const QHash<QString, QString> texts = live::LivePage::texts();
    const QString messageIs =
        u"return !document.getElementById('message').hidden && "
        "document.getElementById('message-text').textContent === arguments[0];"_s;

    ASSERT_TRUE(document->set(sample.round, &Round::locked, true));
    EXPECT_TRUE(driver->waitUntil(messageIs, QJsonArray{texts[u"locked"_s]}));
    ASSERT_TRUE(document->set(sample.round, &Round::locked, false));
    EXPECT_FALSE(driver->waitForVisible(u"#scores button"_s).isEmpty());

    // The laptop goes away and comes back on the same address: the page keeps
    // polling and carries on.
    const quint16 port = server->port();
    server->stop();
    EXPECT_FALSE(driver->waitForVisible(u"#offline"_s).isEmpty());
    EXPECT_EQ(textOf(u"#offline"_s), texts[u"offline"_s]);
    QString error;
    ASSERT_TRUE(server->start(QHostAddress::LocalHost, port, &error)) << error.toStdString();
    EXPECT_TRUE(
        driver->waitUntil(u"return document.getElementById('offline').hidden;"_s, {}, 15000));
    EXPECT_FALSE(driver->waitForVisible(u"#scores button"_s).isEmpty());

    ASSERT_TRUE(document->removeRound(sample.round));
    EXPECT_TRUE(driver->waitUntil(messageIs, QJsonArray{texts[u"ended"_s]}));
}

} // namespace
} // namespace js::test
