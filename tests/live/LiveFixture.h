#pragma once

#include "HttpClient.h"
#include "SampleProject.h"
#include "TempDir.h"
#include "core/document/ProjectDocument.h"
#include "core/storage/ProjectSession.h"
#include "live/LiveServer.h"
#include "live/LiveSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>
#include <memory>

namespace js::test {
using namespace Qt::Literals::StringLiterals;

// A sample project in a file, a live session on its round, served on
// 127.0.0.1, and a client to talk to it.
class LiveFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        ProjectDocument scratch;
        sample = buildSample(scratch);
        QString error;
        path = dir.path(QStringLiteral("live.journey"));
        session = ProjectSession::create(path, scratch.project(), &error);
        ASSERT_TRUE(session) << error.toStdString();
        document = session->document();
        live = std::make_unique<live::LiveSession>(document, sample.round);
        server = std::make_unique<live::LiveServer>(live.get());
        ASSERT_TRUE(server->start(QHostAddress::LocalHost, 0, &error)) << error.toStdString();
        client =
            std::make_unique<HttpClient>(QHostAddress(QHostAddress::LocalHost), server->port());
        prefix = "/s/" + live->token();
    }

    QJsonObject json(const HttpResponse& response) const
    {
        return QJsonDocument::fromJson(response.body).object();
    }
    static QByteArray body(const QJsonObject& object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    // Joins under a name; the participant's id and key.
    std::pair<Id, QByteArray> join(const QString& name)
    {
        const HttpResponse response =
            client->post(prefix + "/api/join", body(QJsonObject{{u"name"_s, name}}));
        EXPECT_EQ(response.status, 200) << response.body.toStdString();
        const QJsonObject reply = json(response);
        return {Id(reply["participant"_L1].toDouble()), reply["key"_L1].toString().toLatin1()};
    }

    HttpResponse rate(const QByteArray& key, Id touchpoint, Id criterion, const QJsonValue& score,
                      const QString& note = {})
    {
        QJsonObject request{{u"key"_s, QString::fromLatin1(key)},
                            {u"touchpoint"_s, double(touchpoint)},
                            {u"criterion"_s, double(criterion)},
                            {u"score"_s, score}};
        if (!note.isNull())
            request.insert(u"note"_s, note);
        return client->post(prefix + "/api/rate", body(request));
    }

    TempDir dir;
    QString path;
    Sample sample;
    std::unique_ptr<ProjectSession> session;
    ProjectDocument* document = nullptr;
    std::unique_ptr<live::LiveSession> live;
    std::unique_ptr<live::LiveServer> server;
    std::unique_ptr<HttpClient> client;
    QByteArray prefix;
};

} // namespace js::test
