#pragma once

#include "LiveLoad.h"

#include <benchmark/benchmark.h>

namespace js::test::load {

// What a run of the room reports, the same in every live benchmark.
inline void reportLoad(benchmark::State& state, const LoadOutcome& outcome, int lost)
{
    state.counters["ratings_per_s"] = double(outcome.received) * 1000.0 / double(outcome.elapsedMs);
    state.counters["max_block_ms"] = outcome.maxBlockMs;
    state.counters["max_event_ms"] = outcome.maxEventMs;
    state.counters["retries"] = outcome.retries();
    state.counters["to_file_ms"] = double(outcome.ratingToFileMs);
    state.counters["lost"] = lost;
    state.counters["flushes"] = outcome.flushes;
    state.counters["flush_block_ms"] = outcome.maxFlushBlockMs;
}

} // namespace js::test::load
