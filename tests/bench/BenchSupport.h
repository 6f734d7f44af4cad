#pragma once

#include <QFile>
#include <QList>

#include <algorithm>
#include <benchmark/benchmark.h>
#include <unistd.h>
#include <vector>

namespace js::bench {

// The process's resident memory now, in megabytes (Linux).
inline double residentMegabytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toDouble() * double(::sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

// Per-edit figures: the median and the 90th percentile of single samples, in
// milliseconds (Google Benchmark's own figure is a mean).
inline void reportSamples(benchmark::State& state, std::vector<double> samples)
{
    if (samples.empty())
        return;
    std::sort(samples.begin(), samples.end());
    state.counters["median_ms"] = samples[samples.size() / 2];
    state.counters["p90_ms"] = samples[samples.size() * 9 / 10];
}

} // namespace js::bench
