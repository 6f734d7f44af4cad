#include "core/analysis/RoundDeltas.h"

#include "core/model/ProjectQueries.h"

#include <unordered_map>

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

// Σ w·mean and Σ w of both sides of a figure.
struct PairPool {
    double before = 0.0;
    double beforeWeight = 0.0;
    double after = 0.0;
    double afterWeight = 0.0;

    void add(double weightBefore, double meanBefore, double weightAfter, double meanAfter)
    {
        before += weightBefore * meanBefore;
        beforeWeight += weightBefore;
        after += weightAfter * meanAfter;
        afterWeight += weightAfter;
    }
    std::optional<Delta> delta() const
    {
        if (beforeWeight <= 0.0 || afterWeight <= 0.0)
            return std::nullopt;
        const double b = before / beforeWeight;
        const double a = after / afterWeight;
        return Delta{b, a, a - b};
    }
};

void collect(const std::map<Id, PairPool>& pools, std::map<Id, Delta>& out)
{
    for (const auto& [id, pool] : pools) {
        if (const std::optional<Delta> delta = pool.delta())
            out.emplace_hint(out.end(), id, *delta);
    }
}

std::unordered_map<Id, double> weightsOf(const Project& project, Id roundId)
{
    std::unordered_map<Id, double> weights;
    if (const Round* round = findRound(project, roundId)) {
        for (const RoundCriterion& criterion : round->criteria)
            weights.emplace(criterion.criterionId, criterion.weight);
    }
    return weights;
}

} // namespace

MatchedDeltas matchedRoundDeltas(const Project& project, const RoundResults& before,
                                 const RoundResults& after)
{
    MatchedDeltas matched;
    matched.deltas.beforeRound = before.roundId;
    matched.deltas.afterRound = after.roundId;
    const std::unordered_map<Id, double> weightBefore = weightsOf(project, before.roundId);
    const std::unordered_map<Id, double> weightAfter = weightsOf(project, after.roundId);
    std::unordered_map<Id, Id> stageOf;
    for (const Journey& journey : project.journeys) {
        for (const Stage& stage : journey.stages) {
            for (const Touchpoint& touchpoint : stage.touchpoints)
                stageOf.emplace(touchpoint.id, stage.id);
        }
    }
    std::unordered_map<Id, Id> frameworkOf;
    for (const Framework& framework : project.frameworks) {
        for (const Criterion& criterion : framework.criteria)
            frameworkOf.emplace(criterion.id, framework.id);
    }
    std::map<Id, PairPool> touchpoints, stages, criteria, frameworks;
    PairPool journey;
    for (const auto& [key, stats] : after.cells) {
        const CellStats* earlier = before.cell(key.touchpoint, key.criterion);
        const auto wb = weightBefore.find(key.criterion);
        const auto wa = weightAfter.find(key.criterion);
        if (!stats.hasMean() || !earlier || !earlier->hasMean() || wb == weightBefore.end() ||
            wa == weightAfter.end())
            continue;
        const double mean = stats.mean; // clang 14 cannot capture a structured binding
        const auto add = [&](PairPool& pool) {
            pool.add(wb->second, earlier->mean, wa->second, mean);
        };
        ++matched.cells;
        add(touchpoints[key.touchpoint]);
        add(criteria[key.criterion]);
        add(journey);
        if (const auto stage = stageOf.find(key.touchpoint); stage != stageOf.end())
            add(stages[stage->second]);
        if (const auto framework = frameworkOf.find(key.criterion); framework != frameworkOf.end())
            add(frameworks[framework->second]);
    }
    collect(touchpoints, matched.deltas.touchpoints);
    collect(stages, matched.deltas.stages);
    collect(criteria, matched.deltas.criteria);
    collect(frameworks, matched.deltas.frameworks);
    matched.deltas.journey = journey.delta();
    return matched;
}

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
