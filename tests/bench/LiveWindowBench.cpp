// Live rating with the window open: the room of LiveBench (30 phones, a 20 ×
// 12 grid, 7,200 ratings in free mode) against a session started from the
// window's Assess menu, with the map, the Assess grid or the focus view on
// show, so that the views that follow every score are in the measure. The
// target is the same: the event loop never blocked longer than 50 ms, none
// lost, all in the file within the flush window.
#include "GuiBenchMain.h"
#include "LiveCounters.h"
#include "core/document/ProjectDocument.h"
#include "live/LiveServer.h"
#include "ui/assess/AssessTab.h"
#include "ui/live/LiveController.h"
#include "ui/mainwindow/MainWindow.h"

#include <QElapsedTimer>
#include <QTabWidget>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

using namespace js;
using namespace js::test;

constexpr int Participants = 30;

// Argument: 0 the map on show, 1 the Assess grid, 2 the focus view.
void RoomOfThirtyWithTheWindowOpen(benchmark::State& state)
{
    qputenv("JOURNEYSCOPE_LIVE_ADDRESS", "127.0.0.1");
    const load::Grid grid = load::makeGrid(20, 12);
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
        MainWindow window(std::move(session));
        window.resize(1920, 1080);
        window.show();
        if (state.range(0) == 1)
            window.tabs()->setCurrentWidget(window.assess());
        window.startLiveSession();
        LiveController* controller = window.liveController();
        if (!controller || !controller->isRunning()) {
            state.SkipWithError("the live session did not start");
            return;
        }
        controller->setMode(live::LiveSession::Mode::Free);
        if (state.range(0) == 2) // the focus view on the projector, as in a workshop
            window.findChild<QAction*>(QStringLiteral("actionFocusView"))->trigger();
        // Let the windows show and paint before the room starts.
        QElapsedTimer settle;
        settle.start();
        while (settle.elapsed() < 500)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        outcome = load::runLoad(*window.session(), *controller->session(),
                                controller->server()->port(), grid, Participants);
        state.PauseTiming();
        lost = Participants * grid.cells() - outcome.received +
               load::lostInFile(path, grid, outcome.phones);
        window.stopLiveSession();
        state.ResumeTiming();
    }
    load::reportLoad(state, outcome, lost);
}
BENCHMARK(RoomOfThirtyWithTheWindowOpen)
    ->Arg(0)
    ->Arg(1)
    ->Arg(2)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    return js::bench::runGuiBenchmarks(argc, argv);
}
