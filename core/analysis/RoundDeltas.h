#pragma once

#include "core/analysis/RoundResults.h"

#include <map>
#include <optional>

namespace js::analysis {

// How one figure moved from one round to another.
struct Delta {
    double before = 0.0;
    double after = 0.0;
    double change = 0.0; // after - before

    bool operator==(const Delta&) const = default;
};

// The moves between two rounds (usually of the same journey, a later one
// against an earlier one). A figure has a delta only where both rounds have
// it: a touchpoint rated in one round only, or a criterion one round does not
// rate, has none.
struct RoundDeltas {
    Id beforeRound = NoId;
    Id afterRound = NoId;
    std::map<Id, Delta> touchpoints; // weighted touchpoint scores
    std::map<Id, Delta> stages;
    std::map<Id, Delta> criteria;
    std::map<Id, Delta> frameworks;
    std::optional<Delta> journey;

    bool operator==(const RoundDeltas&) const = default;
};

RoundDeltas roundDeltas(const RoundResults& before, const RoundResults& after);

// The moves like for like: every figure pooled over the cells (touchpoint ×
// criterion) that have a mean in both rounds, each side with its own round's
// criterion weights. A round rated half-way is then compared with the same
// touchpoints and criteria of the other, not with all of them. Stages and
// frameworks are those of the project now; `cells` counts the pairs.
struct MatchedDeltas {
    RoundDeltas deltas;
    int cells = 0;
    bool operator==(const MatchedDeltas&) const = default;
};
MatchedDeltas matchedRoundDeltas(const Project& project, const RoundResults& before,
                                 const RoundResults& after);

} // namespace js::analysis
