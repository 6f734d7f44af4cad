// Storage speed against the targets of the project-file issue: opening the
// large project compared with the sqlite3 tool reading every row, one edit
// flushed in the demo and in the large project, and memory after loading.
#include "BenchSupport.h"
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
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <unistd.h>
#include <vector>

namespace {

QTemporaryDir* folder = nullptr;
QString largePath;
QString demoPath;

using js::bench::residentMegabytes;

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

using js::bench::reportSamples;

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
    double opening = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        js::OpenResult result;
        auto session = js::ProjectSession::open(largePath, &result);
        benchmark::DoNotOptimize(session->document()->project().ratings.size());
        opening += double(timer.nsecsElapsed()) / 1e9;
        state.PauseTiming();
        session.reset();
        sqlite += sqlite3Seconds(largePath);
        state.ResumeTiming();
    }
    state.counters["sqlite3_ms"] = sqlite / double(state.iterations()) * 1000.0;
    state.counters["ratio"] = opening / sqlite;
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
    std::vector<double> samples;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        document->set(touchpoint, &js::Touchpoint::importance, 1 + (++n % 5));
        if (!session->flushNow())
            state.SkipWithError("flush failed");
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    reportSamples(state, std::move(samples));
}
BENCHMARK_CAPTURE(FlushOneEdit, demo, &demoPath)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(500);
BENCHMARK_CAPTURE(FlushOneEdit, large, &largePath)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(500);

void FlushOneRating(benchmark::State& state, const QString* path)
{
    js::OpenResult result;
    auto session = js::ProjectSession::open(*path, &result);
    js::ProjectDocument* document = session->document();
    const js::RatingKey key = document->project().ratings.begin()->first;
    int n = 0;
    std::vector<double> samples;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        document->setRatingScore(key, 1 + (++n % 5));
        if (!session->flushNow())
            state.SkipWithError("flush failed");
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    reportSamples(state, std::move(samples));
}
BENCHMARK_CAPTURE(FlushOneRating, large, &largePath)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(500);

// The floor the disk sets: one row changed and committed with plain SQL, in
// a file beside the others, with the same journal and sync settings.
void BareSqliteCommit(benchmark::State& state)
{
    const QString name = QStringLiteral("bare");
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(folder->filePath(QStringLiteral("bare.sqlite")));
        database.open();
        QSqlQuery query(database);
        query.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        query.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER)"));
        query.exec(QStringLiteral("INSERT INTO t VALUES (1, 0)"));
        query.prepare(QStringLiteral("UPDATE t SET v = ? WHERE id = 1"));
        int n = 0;
        std::vector<double> samples;
        for (auto _ : state) {
            QElapsedTimer timer;
            timer.start();
            database.transaction();
            query.bindValue(0, ++n);
            query.exec();
            database.commit();
            samples.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        reportSamples(state, std::move(samples));
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
}
BENCHMARK(BareSqliteCommit)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(500);

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
