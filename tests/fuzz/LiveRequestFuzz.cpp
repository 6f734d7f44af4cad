// What a phone sends during live rating: the bodies of POST /api/join and
// POST /api/rate, and the key of GET /api/state, parsed and checked by the
// session against the project. The input is a script of requests, split at
// NUL bytes; each starts with a letter naming the call ('j' join, 'r' rate,
// 's' state, 'm' switch paced/free, anything else moves the shown cell).
// "@key" in a body stands for the key of a participant who joined first,
// which no fuzzer could guess.

#include "FuzzSupport.h"
#include "core/content/DemoProject.h"
#include "core/document/ProjectDocument.h"
#include "live/LiveSession.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

JOURNEYSCOPE_FUZZ_STARTS_QT

using js::live::LiveSession;

namespace {

// The demo with its rounds open, as a facilitator starts a session on one.
const js::Project& unlockedDemo()
{
    static const js::Project project = [] {
        js::Project demo = js::demoProject();
        for (js::Round& round : demo.rounds)
            round.locked = false;
        return demo;
    }();
    return project;
}

void checkReply(const LiveSession::Reply& reply)
{
    if (reply.status < 200 || reply.status > 599)
        std::abort();
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(reply.body, &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        std::abort(); // every answer is a JSON object, refusals too
    if (reply.status != 200 && !json.object().contains(QStringLiteral("error")))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    js::ProjectDocument document(unlockedDemo());
    LiveSession session(&document, document.project().rounds.back().id);
    const LiveSession::Reply joined = session.join(R"({"name":"Fuzz"})");
    if (joined.status != 200)
        std::abort();
    const QByteArray key = QJsonDocument::fromJson(joined.body)
                               .object()
                               .value(QStringLiteral("key"))
                               .toString()
                               .toLatin1();

    const QByteArray input = js::fuzz::bytes(data, size);
    qsizetype start = 0;
    while (start < input.size()) {
        qsizetype end = input.indexOf('\0', start);
        if (end < 0)
            end = input.size();
        QByteArray request = input.mid(start, end - start);
        start = end + 1;
        if (request.isEmpty())
            continue;
        const char call = request.front();
        QByteArray body = request.mid(1);
        body.replace("@key", key);
        if (call == 'j') {
            checkReply(session.join(body));
        } else if (call == 'r') {
            checkReply(session.rate(body));
        } else if (call == 's') {
            checkReply(session.state(body));
        } else if (call == 'm') {
            session.setMode(session.mode() == LiveSession::Mode::Paced ? LiveSession::Mode::Free
                                                                       : LiveSession::Mode::Paced);
        } else {
            const QList<QByteArray> ids = body.split(',');
            session.setPosition(js::Id(ids.value(0).toLongLong()),
                                js::Id(ids.value(1).toLongLong()));
        }
    }
    return 0;
}
