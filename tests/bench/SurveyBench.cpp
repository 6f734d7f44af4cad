// Speed of a survey import: 100,000 responses in a Qualtrics-shaped export
// (three header rows, quoted comments with commas and line breaks, UTF-8 with
// a BOM, CRLF) read, detected, mapped, computed and turned into metrics of
// the demo journey, against a target of 1 s. Figures in docs/benchmarks.md.
#include "core/analysis/NameMatching.h"
#include "core/analysis/SurveyColumns.h"
#include "core/analysis/SurveyMetrics.h"
#include "core/content/DemoProject.h"
#include "core/io/SurveyCsv.h"
#include "core/io/SurveyImport.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

namespace {

using namespace js::survey;

const js::Project& demo()
{
    static const js::Project project = js::demoProject();
    return project;
}

QStringList touchpointNames()
{
    QStringList names;
    for (const js::Stage& stage : demo().journeys.front().stages) {
        for (const js::Touchpoint& touchpoint : stage.touchpoints)
            names.append(touchpoint.name);
    }
    return names;
}

// A deterministic export of `responses` rows over the demo's touchpoints,
// with about 1 % blank answers, some labels and a comment on every tenth.
QByteArray surveyExport(int responses)
{
    const QStringList names = touchpointNames();
    QByteArray bytes = "\xEF\xBB\xBF";
    bytes += "StartDate,EndDate,Status,ResponseId,Q1,Q2,Q3,Q4,Q5\r\n";
    bytes += "Start Date,End Date,Response Type,Response ID,Which part of your order is this "
             "about?,How likely are you to recommend Fernbrook?,\"Overall, how satisfied were "
             "you?\",Fernbrook made it easy for me.,Anything else?\r\n";
    bytes += "\"{\"\"ImportId\"\":\"\"startDate\"\"}\",\"{\"\"ImportId\"\":\"\"endDate\"\"}\","
             "\"{\"\"ImportId\"\":\"\"status\"\"}\",\"{\"\"ImportId\"\":\"\"_recordId\"\"}\","
             "\"{\"\"ImportId\"\":\"\"QID1\"\"}\",\"{\"\"ImportId\"\":\"\"QID2\"\"}\","
             "\"{\"\"ImportId\"\":\"\"QID3\"\"}\",\"{\"\"ImportId\"\":\"\"QID4\"\"}\","
             "\"{\"\"ImportId\"\":\"\"QID5\"\"}\"\r\n";
    quint32 seed = 12345;
    const auto next = [&seed](int n) {
        seed = seed * 1664525u + 1013904223u;
        return int((seed >> 8) % quint32(n));
    };
    static const char* labels[] = {"Very dissatisfied", "Somewhat dissatisfied",
                                   "Neither satisfied nor dissatisfied", "Somewhat satisfied",
                                   "Very satisfied"};
    for (int i = 0; i < responses; ++i) {
        const int day = 1 + i % 28;
        bytes += QByteArray("2026-10-") + (day < 10 ? "0" : "") + QByteArray::number(day) +
                 " 09:00:00,2026-10-" + (day < 10 ? "0" : "") + QByteArray::number(day) +
                 " 09:04:10,IP Address,R_" + QByteArray::number(i) + ',';
        bytes += names[next(names.size())].toUtf8() + ',';
        if (next(100) != 0)
            bytes += QByteArray::number(next(11));
        bytes += ',';
        if (next(100) != 0)
            bytes += next(4) == 0 ? QByteArray(labels[next(5)]) : QByteArray::number(1 + next(5));
        bytes += ',';
        if (next(100) != 0)
            bytes += QByteArray::number(1 + next(7));
        bytes += ',';
        if (i % 10 == 0)
            bytes += "\"Delivery was late, again.\r\nThe driver was \"\"nice\"\" though\"";
        bytes += "\r\n";
    }
    return bytes;
}

const QByteArray& largeExport()
{
    static const QByteArray bytes = surveyExport(100'000);
    return bytes;
}

// What the import does between choosing the file and storing the metrics.
void ImportHundredThousandResponses(benchmark::State& state)
{
    const QByteArray& bytes = largeExport();
    const js::Journey& journey = demo().journeys.front();
    const QStringList names = touchpointNames();
    size_t metrics = 0;
    int responses = 0;
    for (auto _ : state) {
        const CsvFormat format = detectFormat(bytes);
        const SurveyTable table = readSurvey(bytes, format);
        const ColumnChoice columns = suggestColumns(table, names);
        const SurveyFigures figures = computeFigures(table, columns);
        QStringList fileNames;
        for (const TouchpointFigures& touchpoint : figures.touchpoints)
            fileNames.append(touchpoint.name);
        std::map<QString, js::Id> matched;
        for (const js::NameMatch& match : js::matchTouchpoints(journey, fileNames))
            matched[js::normalizedName(match.name)] = match.touchpoint;
        metrics = surveyMetrics(figures, matched, QStringLiteral("large.csv"), {}).size();
        responses = figures.responses;
        benchmark::DoNotOptimize(metrics);
    }
    state.counters["responses"] = responses;
    state.counters["metrics"] = double(metrics);
    state.counters["megabytes"] = double(bytes.size()) / (1024.0 * 1024.0);
}
BENCHMARK(ImportHundredThousandResponses)->Unit(benchmark::kMillisecond)->MinTime(3.0);

void ReadOnly(benchmark::State& state)
{
    const QByteArray& bytes = largeExport();
    const CsvFormat format = detectFormat(bytes);
    for (auto _ : state)
        benchmark::DoNotOptimize(readSurvey(bytes, format).rows.size());
}
BENCHMARK(ReadOnly)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void ComputeOnly(benchmark::State& state)
{
    const QByteArray& bytes = largeExport();
    const SurveyTable table = readSurvey(bytes, detectFormat(bytes));
    const ColumnChoice columns = suggestColumns(table, touchpointNames());
    for (auto _ : state)
        benchmark::DoNotOptimize(computeFigures(table, columns).touchpoints.size());
}
BENCHMARK(ComputeOnly)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
