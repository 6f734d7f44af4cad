// Storage speed against the targets of the project-file issue: opening the
// large project compared with the sqlite3 tool reading every row, one edit
// flushed in the demo and in the large project, and memory after loading.
#include "LargeProject.h"
#include "core/content/DemoProject.h"
#include "core/document/ProjectDocument.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectSession.h"
#include "core/storage/Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <unistd.h>

namespace {

QTemporaryDir* folder = nullptr;
QString largePath;
QString demoPath;

double residentMegabytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toDouble() * double(::sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

// Seconds the sqlite3 tool takes to read every row of every table.
double sqlite3Seconds(const QString& path)
{
    QStringList selects;
    for (const QString& table : js::schema::tableNames())
        selects << QStringLiteral("SELECT * FROM %1;").arg(table);
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("sqlite3"), {path, selects.join(u' ')});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return -1;
    return double(timer.nsecsElapsed()) / 1e9;
}

void MemoryAfterLoadingLarge(benchmark::State& state)
{
    const double before = residentMegabytes();
    std::unique_ptr<js::ProjectSession> session;
    for (auto _ : state) {
        js::OpenResult result;
        session = js::ProjectSession::open(largePath, &result);
        if (!session)
            state.SkipWithError(result.message.toUtf8().constData());
    }
    state.counters["rss_MB"] = residentMegabytes();
    state.counters["growth_MB"] = residentMegabytes() - before;
}
BENCHMARK(MemoryAfterLoadingLarge)->Iterations(1)->Unit(benchmark::kMillisecond);

void OpenLarge(benchmark::State& state)
{
    double sqlite = 0;
    int runs = 0;
    for (auto _ : state) {
        js::OpenResult result;
        auto session = js::ProjectSession::open(largePath, &result);
        benchmark::DoNotOptimize(session->document()->project().ratings.size());
        state.PauseTiming();
        session.reset();
        sqlite += sqlite3Seconds(largePath);
        ++runs;
        state.ResumeTiming();
    }
    state.counters["sqlite3_ms"] = sqlite / runs * 1000.0;
}
BENCHMARK(OpenLarge)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();

void SqliteToolReadsLarge(benchmark::State& state)
{
    for (auto _ : state) {
        state.PauseTiming();
        state.ResumeTiming();
        const double seconds = sqlite3Seconds(largePath);
        state.SetIterationTime(seconds);
    }
}
BENCHMARK(SqliteToolReadsLarge)->Unit(benchmark::kMillisecond)->Iterations(5)->UseManualTime();

void FlushOneEdit(benchmark::State& state, const QString* path)
{
    js::OpenResult result;
    auto session = js::ProjectSession::open(*path, &result);
    js::ProjectDocument* document = session->document();
    const js::Id touchpoint = document->project().journeys[0].stages[0].touchpoints[0].id;
    int n = 0;
    for (auto _ : state) {
        document->set(touchpoint, &js::Touchpoint::importance, 1 + (++n % 5));
        if (!session->flushNow())
            state.SkipWithError("flush failed");
    }
}
BENCHMARK_CAPTURE(FlushOneEdit, demo, &demoPath)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);
BENCHMARK_CAPTURE(FlushOneEdit, large, &largePath)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

void FlushOneRating(benchmark::State& state, const QString* path)
{
    js::OpenResult result;
    auto session = js::ProjectSession::open(*path, &result);
    js::ProjectDocument* document = session->document();
    const js::RatingKey key = document->project().ratings.begin()->first;
    int n = 0;
    for (auto _ : state) {
        document->setRatingScore(key, 1 + (++n % 5));
        if (!session->flushNow())
            state.SkipWithError("flush failed");
    }
}
BENCHMARK_CAPTURE(FlushOneRating, large, &largePath)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Repetitions(5)
    ->ReportAggregatesOnly(true);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // Writing the large project happens in a child process, so that this
    // process's memory reflects loading it and nothing else.
    if (argc == 3 && qstrcmp(argv[1], "--write-large") == 0) {
        QString error;
        return js::ProjectFile::create(QString::fromLocal8Bit(argv[2]), js::bench::largeProject(),
                                       &error)
                   ? 0
                   : 1;
    }
    QTemporaryDir dir;
    folder = &dir;
    largePath = dir.filePath(QStringLiteral("large.journey"));
    demoPath = dir.filePath(QStringLiteral("demo.journey"));
    if (QProcess::execute(QCoreApplication::applicationFilePath(),
                          {QStringLiteral("--write-large"), largePath}) != 0)
        return 1;
    QString error;
    if (!js::ProjectFile::create(demoPath, js::demoProject(), &error))
        return 1;
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
