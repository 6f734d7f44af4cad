// Speed of the analysis on the large project (300 touchpoints, 12 criteria,
// 5 rounds of 20 raters: 360,000 ratings): every aggregate and the weak spots
// of all rounds recomputed, as after an edit, against a target of 50 ms.
// Figures in docs/benchmarks.md.
#include "BenchSupport.h"
#include "LargeProject.h"
#include "core/analysis/AnalysisCache.h"
#include "core/analysis/Quadrants.h"
#include "core/analysis/WeakSpots.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

namespace {

using namespace js::analysis;

const js::Project& large()
{
    static const js::Project project = js::bench::largeProject();
    return project;
}

// The whole recompute: cells, roll-ups and weak spots of all 5 rounds.
void RecomputeAllRounds(benchmark::State& state)
{
    const js::Project& project = large();
    size_t spots = 0;
    for (auto _ : state) {
        spots = 0;
        for (const js::Round& round : project.rounds) {
            const RoundResults results = computeRound(project, round.id);
            spots += weakSpots(project, results).size();
        }
        benchmark::DoNotOptimize(spots);
    }
    state.counters["weak_spots"] = double(spots);
    state.counters["ratings"] = double(project.ratings.size());
}
BENCHMARK(RecomputeAllRounds)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void ComputeOneRound(benchmark::State& state)
{
    const js::Project& project = large();
    const js::Id round = project.rounds[2].id;
    for (auto _ : state)
        benchmark::DoNotOptimize(computeRound(project, round).cells.size());
}
BENCHMARK(ComputeOneRound)->Unit(benchmark::kMillisecond)->MinTime(1.0);

// Ranking 3,600 cells (all below target in this project) with their reasons.
void WeakSpotsOfOneRound(benchmark::State& state)
{
    const js::Project& project = large();
    const RoundResults results = computeRound(project, project.rounds[2].id);
    for (auto _ : state)
        benchmark::DoNotOptimize(weakSpots(project, results).size());
}
BENCHMARK(WeakSpotsOfOneRound)->Unit(benchmark::kMillisecond)->MinTime(1.0);

void QuadrantsOfOneRound(benchmark::State& state)
{
    const js::Project& project = large();
    const RoundResults results = computeRound(project, project.rounds[2].id);
    for (auto _ : state)
        benchmark::DoNotOptimize(
            importancePerformance(project, results, QuadrantSplit::DataMeans).points.size());
}
BENCHMARK(QuadrantsOfOneRound)->Unit(benchmark::kMicrosecond)->MinTime(1.0);

// What a view pays on paint: a lookup in the cache at an unchanged revision.
void CachedResults(benchmark::State& state)
{
    const js::Project& project = large();
    AnalysisCache cache;
    const js::Id round = project.rounds[2].id;
    cache.results(project, 1, round);
    for (auto _ : state)
        benchmark::DoNotOptimize(&cache.results(project, 1, round));
}
BENCHMARK(CachedResults)->Unit(benchmark::kNanosecond);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
