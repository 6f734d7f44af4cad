#pragma once

// A workshop's worth of phones at once, shared by LiveLoadTest (correctness)
// and LiveBench (figures): participants in their own threads, each with its
// own HttpClient on its own loopback address (127.0.0.2, .3, ...), join a
// free-mode session and rate every cell of the round as fast as the server
// lets them, waiting out each 429 as its Retry-After says. The server, the
// session and the project's file live in the calling (main) thread, whose
// event loop is watched by a 5 ms timer.
#include "HttpClient.h"
#include "core/content/BuiltInFrameworks.h"
#include "core/content/JourneyTemplates.h"
#include "core/model/Project.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectSession.h"
#include "live/LiveSession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

namespace js::test::load {

// One journey of `touchpoints` touchpoints over the lifecycle's five stages,
// TRIXIE and the 5 Cs with every criterion switched on (12), and a round
// "Workshop" that rates the first `criteria` of them, with no raters yet.
struct Grid {
    Project project;
    Id round = NoId;
    std::vector<Id> touchpoints;
    std::vector<Id> criteria;
    int cells() const { return int(touchpoints.size() * criteria.size()); }
};

inline Grid makeGrid(int touchpoints, int criteria)
{
    Grid grid;
    Id next = 1;
    Journey journey = journeyFromTemplate(JourneyTemplate::Lifecycle);
    journey.id = next++;
    journey.name = QStringLiteral("Workshop journey");
    for (Lane& lane : journey.lanes)
        lane.id = next++;
    for (Stage& stage : journey.stages)
        stage.id = next++;
    for (int t = 0; t < touchpoints; ++t) {
        Touchpoint touchpoint;
        touchpoint.id = next++;
        touchpoint.name = QStringLiteral("Touchpoint %1").arg(t + 1);
        grid.touchpoints.push_back(touchpoint.id);
        journey.stages[size_t(t) % journey.stages.size()].touchpoints.push_back(touchpoint);
    }
    grid.project.name = QStringLiteral("Live load");
    grid.project.journeys.push_back(journey);
    for (Framework framework : builtInFrameworks()) {
        framework.id = next++;
        for (Criterion& criterion : framework.criteria) {
            criterion.id = next++;
            criterion.enabled = true;
        }
        grid.project.frameworks.push_back(std::move(framework));
    }
    Round round;
    round.id = next++;
    round.name = QStringLiteral("Workshop");
    round.journeyId = journey.id;
    round.date = QDate(2026, 12, 1);
    for (const RoundCriterion& criterion : defaultRoundCriteria(grid.project.frameworks)) {
        if (int(round.criteria.size()) == criteria)
            break;
        round.criteria.push_back(criterion);
        grid.criteria.push_back(criterion.criterionId);
    }
    grid.round = round.id;
    grid.project.rounds.push_back(round);
    return grid;
}

// What participant p gives cell (t, c): a score 1..5, N/A on every 11th cell.
inline int scoreFor(int participant, int t, int c)
{
    const int n = participant * 7 + t * 3 + c;
    return n % 11 == 0 ? Rating::NotApplicable : 1 + n % 5;
}

inline QString participantName(int participant)
{
    return QStringLiteral("Participant %1").arg(participant + 1);
}

struct PhoneResult {
    Id rater = NoId;
    int rated = 0;    // ratings answered 200
    int retries = 0;  // requests answered 429 and sent again
    int failures = 0; // requests answered anything else, or not at all
    QByteArray firstFailure;
};

// One phone: join, fetch the state (again every 1.5 s, as the page polls),
// rate every cell. Runs in its own thread.
inline PhoneResult ratePhone(quint16 port, const QByteArray& prefix, int participant,
                             const Grid& grid)
{
    PhoneResult result;
    HttpClient client(QHostAddress(QHostAddress::LocalHost), port,
                      QHostAddress(QStringLiteral("127.0.0.%1").arg(2 + participant)));
    auto send = [&](const HttpRequest& request) {
        for (;;) {
            const HttpResponse response = client.send(request);
            if (response.status != 429)
                return response;
            ++result.retries;
            const int seconds = std::clamp(response.header("retry-after").toInt(), 1, 10);
            QThread::msleep(ulong(seconds) * 1000);
        }
    };
    auto failed = [&](const HttpResponse& response) {
        if (result.failures++ == 0)
            result.firstFailure = QByteArray::number(response.status) + ' ' + response.body;
    };
    HttpRequest join{"POST", prefix + "/api/join", {}, {}, {}};
    join.body = QJsonDocument(QJsonObject{{QStringLiteral("name"), participantName(participant)}})
                    .toJson(QJsonDocument::Compact);
    const HttpResponse joined = send(join);
    const QJsonObject reply = QJsonDocument::fromJson(joined.body).object();
    const QByteArray key = reply.value(QStringLiteral("key")).toString().toLatin1();
    if (joined.status != 200 || key.isEmpty()) {
        failed(joined);
        return result;
    }
    result.rater = Id(reply.value(QStringLiteral("participant")).toDouble());
    HttpRequest state{"GET", prefix + "/api/state", {}, {{"X-Participant-Key", key}}, {}};
    QElapsedTimer sinceState;
    for (int t = 0; t < int(grid.touchpoints.size()); ++t) {
        for (int c = 0; c < int(grid.criteria.size()); ++c) {
            if (!sinceState.isValid() || sinceState.elapsed() >= 1500) {
                if (const HttpResponse r = send(state); r.status != 200)
                    failed(r);
                sinceState.start();
            }
            const int score = scoreFor(participant, t, c);
            const QJsonObject rating{
                {QStringLiteral("key"), QString::fromLatin1(key)},
                {QStringLiteral("touchpoint"), double(grid.touchpoints[t])},
                {QStringLiteral("criterion"), double(grid.criteria[c])},
                {QStringLiteral("score"), score == Rating::NotApplicable
                                              ? QJsonValue(QStringLiteral("na"))
                                              : QJsonValue(score)}};
            HttpRequest rate{"POST", prefix + "/api/rate", {}, {}, {}};
            rate.body = QJsonDocument(rating).toJson(QJsonDocument::Compact);
            const HttpResponse r = send(rate);
            if (r.status == 200)
                ++result.rated;
            else
                failed(r);
        }
    }
    return result;
}

// The longest time between two events the main thread dispatches: how long
// one handler held the loop (with the 5 ms timer running, idle time counts for
// at most that). Unlike the timer's ticks, it does not count the time timers
// wait behind a busy queue of other events.
class EventGaps : public QObject {
public:
    EventGaps()
    {
        m_clock.start();
        QCoreApplication::instance()->installEventFilter(this);
    }
    ~EventGaps() override { QCoreApplication::instance()->removeEventFilter(this); }
    double longestMs() const { return double(m_longestNs) / 1e6; }

protected:
    bool eventFilter(QObject*, QEvent*) override
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_longestNs = std::max(m_longestNs, now - m_lastNs);
        m_lastNs = now;
        return false;
    }

private:
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
};

struct LoadOutcome {
    std::vector<PhoneResult> phones;
    qint64 elapsedMs = 0;       // from the start to the last phone done
    double maxBlockMs = 0;      // the longest gap between the 5 ms timer's ticks, less 5 ms
    double maxEventMs = 0;      // the longest the main thread spent on one event (or idle)
    qint64 ratingToFileMs = -1; // from the last rating to the flush that wrote it
    int received = 0;           // ratings the session took
    int flushes = 0;            // flushes to the file meanwhile
    double maxFlushBlockMs = 0; // the longest block that ended in a flush
    int retries() const
    {
        int n = 0;
        for (const PhoneResult& phone : phones)
            n += phone.retries;
        return n;
    }
};

// Ratings in the file at `path` that are not what the phones sent.
inline int lostInFile(const QString& path, const load::Grid& grid,
                      const std::vector<load::PhoneResult>& phones)
{
    OpenResult result;
    auto file = ProjectFile::open(path, &result, ProjectFile::Access::ReadOnly);
    QString error;
    const std::optional<Project> project = file ? file->load(&error) : std::nullopt;
    int lost = 0;
    for (int p = 0; p < int(phones.size()); ++p) {
        for (int t = 0; t < int(grid.touchpoints.size()); ++t) {
            for (int c = 0; c < int(grid.criteria.size()); ++c) {
                const RatingKey key{grid.round, phones[size_t(p)].rater,
                                    grid.touchpoints[size_t(t)], grid.criteria[size_t(c)]};
                if (!project) {
                    ++lost;
                    continue;
                }
                const auto it = project->ratings.find(key);
                if (it == project->ratings.end() || it->second.score != load::scoreFor(p, t, c))
                    ++lost;
            }
        }
    }
    return lost;
}

// Runs `participants` phones against a server already listening on `port`
// for `live`, in the calling thread's event loop, then waits (at most 10 s)
// for the flush that writes the last rating.
inline LoadOutcome runLoad(ProjectSession& session, live::LiveSession& live, quint16 port,
                           const Grid& grid, int participants)
{
    LoadOutcome outcome;
    outcome.phones.resize(size_t(participants));
    QElapsedTimer clock;
    clock.start();
    qint64 lastRatingMs = -1;
    qint64 flushAfterLastMs = -1;
    QObject guard; // disconnects everything below on the way out
    QObject::connect(&live, &live::LiveSession::ratingReceived, &guard, [&] {
        ++outcome.received;
        lastRatingMs = clock.elapsed();
        flushAfterLastMs = -1;
    });
    QTimer ticks;
    ticks.setTimerType(Qt::PreciseTimer);
    qint64 lastTickNs = clock.nsecsElapsed();
    QObject::connect(&session, &ProjectSession::flushed, &guard, [&] {
        if (flushAfterLastMs < 0)
            flushAfterLastMs = clock.elapsed();
        // The flush ran since the last tick: most of this is its time.
        ++outcome.flushes;
        outcome.maxFlushBlockMs =
            std::max(outcome.maxFlushBlockMs, double(clock.nsecsElapsed() - lastTickNs) / 1e6);
    });
    QObject::connect(&ticks, &QTimer::timeout, &guard, [&] {
        const qint64 now = clock.nsecsElapsed();
        outcome.maxBlockMs = std::max(outcome.maxBlockMs, double(now - lastTickNs) / 1e6 - 5.0);
        lastTickNs = now;
    });
    ticks.start(5);
    EventGaps gaps;

    QEventLoop loop;
    int done = 0;
    const QByteArray prefix = "/s/" + live.token();
    std::vector<std::unique_ptr<QThread>> threads;
    for (int p = 0; p < participants; ++p) {
        threads.emplace_back(QThread::create([&outcome, &grid, port, prefix, p] {
            outcome.phones[size_t(p)] = ratePhone(port, prefix, p, grid);
        }));
        QObject::connect(threads.back().get(), &QThread::finished, &loop, [&] {
            if (++done == participants)
                loop.quit();
        });
    }
    for (const auto& thread : threads)
        thread->start();
    loop.exec();
    outcome.elapsedMs = clock.elapsed();
    for (const auto& thread : threads)
        thread->wait();

    QTimer giveUp;
    giveUp.setSingleShot(true);
    QObject::connect(&giveUp, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&session, &ProjectSession::flushed, &loop, &QEventLoop::quit);
    if (flushAfterLastMs < 0 && session.hasUnflushedChanges()) {
        giveUp.start(10000);
        loop.exec();
    }
    // A few more ticks, so that the block of that last flush is measured too.
    QObject::disconnect(&session, &ProjectSession::flushed, &loop, &QEventLoop::quit);
    giveUp.start(30);
    loop.exec();
    if (flushAfterLastMs >= 0 && lastRatingMs >= 0)
        outcome.ratingToFileMs = flushAfterLastMs - lastRatingMs;
    outcome.maxEventMs = gaps.longestMs();
    return outcome;
}

} // namespace js::test::load
