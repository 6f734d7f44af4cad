#include "core/analysis/RoundResults.h"

#include "core/model/ProjectQueries.h"

#include <algorithm>
#include <unordered_map>
#include <vector>

namespace js::analysis {

const CellStats* RoundResults::cell(Id touchpoint, Id criterion) const
{
    const auto it = cells.find(CellKey{touchpoint, criterion});
    return it == cells.end() ? nullptr : &it->second;
}

const RollUp* findRollUp(const std::map<Id, RollUp>& rollUps, Id id)
{
    const auto it = rollUps.find(id);
    return it == rollUps.end() ? nullptr : &it->second;
}

namespace {

// Σ w·mean and Σ w while cells are added; the roll-up at the end.
struct Pool {
    double weightedSum = 0.0;
    RollUp rollUp;

    void add(double weight, const CellStats& stats)
    {
        weightedSum += weight * stats.mean;
        rollUp.weight += weight;
        ++rollUp.cells;
        rollUp.ratings += stats.n;
    }
    std::optional<RollUp> result() const
    {
        if (rollUp.cells == 0 || rollUp.weight <= 0.0)
            return std::nullopt;
        RollUp done = rollUp;
        done.score = weightedSum / rollUp.weight;
        return done;
    }
};

void collect(const std::vector<Id>& ids, const std::vector<Pool>& pools, std::map<Id, RollUp>& out)
{
    for (size_t i = 0; i < ids.size(); ++i) {
        if (const std::optional<RollUp> rollUp = pools[i].result())
            out.emplace(ids[i], *rollUp);
    }
}

// Where each touchpoint and criterion of a round sits, found once so that the
// walk over the ratings looks nothing up in the project.
struct RoundLayout {
    std::vector<Id> touchpoints;     // map order
    std::vector<size_t> stageOf;     // per touchpoint: index into stages
    std::vector<Id> stages;          // map order
    std::vector<Id> criteria;        // the round's order
    std::vector<size_t> frameworkOf; // per criterion: index into frameworks, or npos
    std::vector<Id> frameworks;      // the frameworks of the round's criteria
    std::vector<double> weights;     // per criterion
    std::unordered_map<Id, size_t> touchpointIndex;
    std::vector<std::pair<Id, size_t>> criterionIndex; // sorted by id
    std::vector<Id> raters;                            // sorted

    static constexpr size_t npos = size_t(-1);

    RoundLayout(const Project& project, const Round& round, const Journey& journey,
                const RoundFilter& filter)
    {
        const auto passes = [](const std::optional<std::set<Id>>& set, Id id) {
            return !set || set->contains(id);
        };
        for (const Stage& stage : journey.stages) {
            if (!passes(filter.stages, stage.id))
                continue;
            for (const Touchpoint& touchpoint : stage.touchpoints) {
                touchpointIndex.emplace(touchpoint.id, touchpoints.size());
                touchpoints.push_back(touchpoint.id);
                stageOf.push_back(stages.size());
            }
            stages.push_back(stage.id);
        }
        std::unordered_map<Id, Id> frameworkOfCriterion;
        for (const Framework& framework : project.frameworks) {
            for (const Criterion& criterion : framework.criteria)
                frameworkOfCriterion.emplace(criterion.id, framework.id);
        }
        for (const RoundCriterion& criterion : round.criteria) {
            const auto framework = frameworkOfCriterion.find(criterion.criterionId);
            if (filter.frameworks && (framework == frameworkOfCriterion.end() ||
                                      !filter.frameworks->contains(framework->second)))
                continue;
            criterionIndex.emplace_back(criterion.criterionId, criteria.size());
            criteria.push_back(criterion.criterionId);
            weights.push_back(criterion.weight);
            if (framework == frameworkOfCriterion.end()) {
                frameworkOf.push_back(npos);
                continue;
            }
            const auto known = std::find(frameworks.begin(), frameworks.end(), framework->second);
            frameworkOf.push_back(size_t(known - frameworks.begin()));
            if (known == frameworks.end())
                frameworks.push_back(framework->second);
        }
        std::sort(criterionIndex.begin(), criterionIndex.end());
        for (const Rater& rater : round.raters) {
            if (passes(filter.raters, rater.id))
                raters.push_back(rater.id);
        }
        std::sort(raters.begin(), raters.end());
    }

    size_t criterionAt(Id id) const
    {
        const auto it = std::lower_bound(criterionIndex.begin(), criterionIndex.end(),
                                         std::pair<Id, size_t>(id, 0));
        return it != criterionIndex.end() && it->first == id ? it->second : npos;
    }
    bool isRater(Id id) const { return std::binary_search(raters.begin(), raters.end(), id); }
};

// One pass over the round's ratings (they sit together in the map, sorted by
// rater, touchpoint, criterion) into a tally per cell.
std::vector<ScoreTally> tallyRatings(const Project& project, Id roundId, const RoundLayout& layout)
{
    const size_t criterionCount = layout.criteria.size();
    std::vector<ScoreTally> tallies(layout.touchpoints.size() * criterionCount);
    Id lastRater = NoId;
    bool raterCounts = false;
    Id lastTouchpoint = NoId;
    size_t touchpoint = RoundLayout::npos; // the index of lastTouchpoint
    for (auto it = project.ratings.lower_bound(RatingKey{roundId, NoId, NoId, NoId});
         it != project.ratings.end() && it->first.round == roundId; ++it) {
        const RatingKey& key = it->first;
        if (key.rater != lastRater) {
            lastRater = key.rater;
            raterCounts = layout.isRater(key.rater);
            lastTouchpoint = NoId;
            touchpoint = RoundLayout::npos;
        }
        if (!raterCounts)
            continue;
        if (key.touchpoint != lastTouchpoint) {
            lastTouchpoint = key.touchpoint;
            const auto found = layout.touchpointIndex.find(key.touchpoint);
            touchpoint = found == layout.touchpointIndex.end() ? RoundLayout::npos : found->second;
        }
        if (touchpoint == RoundLayout::npos)
            continue;
        const size_t criterion = layout.criterionAt(key.criterion);
        if (criterion != RoundLayout::npos)
            tallies[touchpoint * criterionCount + criterion].add(it->second.score);
    }
    return tallies;
}

} // namespace

RoundResults computeRound(const Project& project, Id roundId, const RoundFilter& filter)
{
    RoundResults results;
    results.roundId = roundId;
    const Round* round = findRound(project, roundId);
    if (!round)
        return results;
    results.journeyId = round->journeyId;
    const Journey* journey = findJourney(project, round->journeyId);
    if (!journey) {
        results.raterCount = static_cast<int>(round->raters.size());
        return results;
    }

    const RoundLayout layout(project, *round, *journey, filter);
    results.raterCount = static_cast<int>(layout.raters.size());
    const std::vector<ScoreTally> tallies = tallyRatings(project, roundId, layout);
    const size_t criterionCount = layout.criteria.size();

    std::vector<Pool> touchpointPools(layout.touchpoints.size());
    std::vector<Pool> stagePools(layout.stages.size());
    std::vector<Pool> criterionPools(criterionCount);
    std::vector<Pool> frameworkPools(layout.frameworks.size());
    Pool journeyPool;
    std::vector<std::pair<CellKey, CellStats>> cells;
    cells.reserve(tallies.size());
    for (size_t t = 0; t < layout.touchpoints.size(); ++t) {
        for (size_t c = 0; c < criterionCount; ++c) {
            const CellStats stats = cellStats(tallies[t * criterionCount + c], results.raterCount);
            Coverage& coverage = results.coverage;
            ++coverage.cells;
            coverage.cellsRated += stats.given() > 0;
            coverage.ratingsExpected += results.raterCount;
            coverage.ratingsGiven += stats.given();
            if (stats.hasMean()) {
                const double weight = layout.weights[c];
                touchpointPools[t].add(weight, stats);
                stagePools[layout.stageOf[t]].add(weight, stats);
                criterionPools[c].add(weight, stats);
                if (layout.frameworkOf[c] != RoundLayout::npos)
                    frameworkPools[layout.frameworkOf[c]].add(weight, stats);
                journeyPool.add(weight, stats);
            }
            cells.emplace_back(CellKey{layout.touchpoints[t], layout.criteria[c]}, stats);
        }
    }
    std::sort(cells.begin(), cells.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [key, stats] : cells)
        results.cells.emplace_hint(results.cells.end(), key, stats);

    collect(layout.touchpoints, touchpointPools, results.touchpoints);
    collect(layout.stages, stagePools, results.stages);
    collect(layout.criteria, criterionPools, results.criteria);
    collect(layout.frameworks, frameworkPools, results.frameworks);
    results.journey = journeyPool.result();
    return results;
}

} // namespace js::analysis
