#include "core/analysis/RoundDeltas.h"

namespace js::analysis {

namespace {

Delta deltaOf(const RollUp& before, const RollUp& after)
{
    return Delta{before.score, after.score, after.score - before.score};
}

std::map<Id, Delta> deltasOf(const std::map<Id, RollUp>& before, const std::map<Id, RollUp>& after)
{
    std::map<Id, Delta> deltas;
    for (const auto& [id, rollUp] : after) {
        if (const RollUp* earlier = findRollUp(before, id))
            deltas.emplace_hint(deltas.end(), id, deltaOf(*earlier, rollUp));
    }
    return deltas;
}

} // namespace

RoundDeltas roundDeltas(const RoundResults& before, const RoundResults& after)
{
    RoundDeltas deltas;
    deltas.beforeRound = before.roundId;
    deltas.afterRound = after.roundId;
    deltas.touchpoints = deltasOf(before.touchpoints, after.touchpoints);
    deltas.stages = deltasOf(before.stages, after.stages);
    deltas.criteria = deltasOf(before.criteria, after.criteria);
    deltas.frameworks = deltasOf(before.frameworks, after.frameworks);
    if (before.journey && after.journey)
        deltas.journey = deltaOf(*before.journey, *after.journey);
    return deltas;
}

} // namespace js::analysis
