// Live rating under a full room: 30 phones rating a 20 × 12 grid at once
// (7,200 ratings) in free mode, against the targets of the live rating
// issue: none lost, the window's event loop never blocked longer than 50 ms,
// all of it in the file within the flush window. The phones are threads of
// this process on 127.0.0.2 to 127.0.0.31 (tests/live/LiveLoad.h); the
// server, the session and the file are on the main thread, as in the window.
#include "LiveCounters.h"
#include "core/document/ProjectDocument.h"
#include "core/storage/ProjectFile.h"
#include "live/LiveServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

using namespace js;
using namespace js::test;

constexpr int Participants = 30;
constexpr int Touchpoints = 20;
constexpr int Criteria = 12;

// First argument 0: the server's default throttle (bursts of 120, then 60 a
// second per phone), as in a workshop; 1: no throttle, to see what the main
// thread can take when every phone sends as fast as it can. ProjectSession
// flushes as soon as EarlyFlushChanges ratings wait, else after its pause.
void RoomOfThirtyRateEverything(benchmark::State& state)
{
    const load::Grid grid = load::makeGrid(Touchpoints, Criteria);
    load::LoadOutcome outcome;
    int lost = 0;
    for (auto _ : state) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.journey"));
        QString error;
        auto session = ProjectSession::create(path, grid.project, &error);
        if (!session) {
            state.SkipWithError(error.toUtf8().constData());
            return;
        }
        live::LiveSession live(session->document(), grid.round);
        live.setMode(live::LiveSession::Mode::Free);
        live::LiveServer server(&live);
        if (state.range(0) == 1)
            server.setThrottle(1000000, 1000000);
        if (!server.start(QHostAddress::LocalHost, 0, &error)) {
            state.SkipWithError(error.toUtf8().constData());
            return;
        }
        outcome = load::runLoad(*session, live, server.port(), grid, Participants);
        server.stop();
        state.PauseTiming();
        lost = Participants * grid.cells() - outcome.received +
               load::lostInFile(path, grid, outcome.phones);
        state.ResumeTiming();
    }
    load::reportLoad(state, outcome, lost);
}
BENCHMARK(RoomOfThirtyRateEverything)
    ->Arg(0)
    ->Arg(1)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Of that, the flush alone: N ratings, each its own undo step as a phone's
// is, written to the file in one transaction by flushNow(), the call the
// session's flush timer makes on the main thread.
void FlushOfLiveRatings(benchmark::State& state)
{
    const load::Grid grid = load::makeGrid(Touchpoints, Criteria);
    QTemporaryDir dir;
    QString error;
    auto session =
        ProjectSession::create(dir.filePath(QStringLiteral("flush.journey")), grid.project, &error);
    if (!session) {
        state.SkipWithError(error.toUtf8().constData());
        return;
    }
    ProjectDocument* document = session->document();
    std::vector<Id> raters;
    for (int p = 0; p < Participants; ++p)
        raters.push_back(
            document->addRater(grid.round, -1, Rater{NoId, load::participantName(p), {}}));
    session->flushNow();
    const int count = int(state.range(0));
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        ++round;
        for (int i = 0; i < count; ++i) {
            const int cell = i / Participants;
            const RatingKey key{grid.round, raters[size_t(i % Participants)],
                                grid.touchpoints[size_t(cell / Criteria)],
                                grid.criteria[size_t(cell % Criteria)]};
            ProjectDocument::Batch batch(document, QStringLiteral("Live rating"));
            document->setRatingScore(key, 1 + (i + round) % 5);
        }
        state.ResumeTiming();
        if (!session->flushNow())
            state.SkipWithError("the flush failed");
    }
    state.counters["ratings"] = count;
}
BENCHMARK(FlushOfLiveRatings)
    ->Arg(1)
    ->Arg(300)
    ->Arg(2400)
    ->Arg(7200)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
