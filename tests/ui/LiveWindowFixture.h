#pragma once

#include "HttpClient.h"
#include "SampleProject.h"
#include "WindowTest.h"
#include "core/model/ProjectQueries.h"
#include "live/LiveServer.h"
#include "live/LiveSession.h"
#include "ui/assess/AssessmentContext.h"
#include "ui/live/JoinScreen.h"
#include "ui/live/LiveController.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace js::test {
using namespace Qt::Literals::StringLiterals;

// The demo in a window, a fresh workshop round on its current journey as the
// window's round (no raters yet: the participants become them), and the live
// session's server on 127.0.0.1 so that the test's client reaches it.
class LiveWindowTest : public WindowTest {
protected:
    void SetUp() override
    {
        qputenv("JOURNEYSCOPE_LIVE_ADDRESS", "127.0.0.1");
        WindowTest::SetUp();
        journey = project().journeys.front().id;
        round = document()->addRound(makeRound(u"Live workshop"_s, journey, QDate(2026, 12, 2)));
        ASSERT_NE(round, NoId);
        window->assessment()->setRound(round);
        settle();
    }
    void TearDown() override
    {
        client.reset();
        WindowTest::TearDown();
        qunsetenv("JOURNEYSCOPE_LIVE_ADDRESS");
    }

    LiveController* live() const { return window->liveController(); }
    live::LiveSession* session() const { return live()->session(); }

    // Assess > Start live session, and the client on the port it listens on.
    void start()
    {
        action("actionLiveSession")->trigger();
        settle();
        ASSERT_TRUE(live()->isRunning())
            << dialogs::testing::takeMessages().join(u' ').toStdString();
        client = std::make_unique<HttpClient>(QHostAddress(QHostAddress::LocalHost),
                                              live()->server()->port());
        prefix = "/s/" + session()->token();
    }

    static QByteArray body(const QJsonObject& object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    // Joins under a name through the API; the participant's id and key.
    std::pair<Id, QByteArray> join(const QString& name)
    {
        const HttpResponse response =
            client->post(prefix + "/api/join", body(QJsonObject{{u"name"_s, name}}));
        EXPECT_EQ(response.status, 200) << response.body.toStdString();
        const QJsonObject reply = QJsonDocument::fromJson(response.body).object();
        settle();
        return {Id(reply["participant"_L1].toDouble()), reply["key"_L1].toString().toLatin1()};
    }
    HttpResponse rate(const QByteArray& key, Id touchpoint, Id criterion, const QJsonValue& score)
    {
        const HttpResponse response = client->post(
            prefix + "/api/rate", body(QJsonObject{{u"key"_s, QString::fromLatin1(key)},
                                                   {u"touchpoint"_s, double(touchpoint)},
                                                   {u"criterion"_s, double(criterion)},
                                                   {u"score"_s, score}}));
        settle();
        return response;
    }

    Id journey = NoId;
    Id round = NoId;
    std::unique_ptr<HttpClient> client;
    QByteArray prefix;
};

} // namespace js::test
