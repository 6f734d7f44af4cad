#include "core/analysis/WeakSpots.h"

#include "core/model/ProjectQueries.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <tuple>
#include <unordered_map>

namespace js::analysis {

namespace {

struct WeakSpotsText {
    Q_DECLARE_TR_FUNCTIONS(js::analysis::WeakSpots)
};

// A touchpoint's place in the map, for the order of ties.
struct TouchpointPlace {
    const Touchpoint* touchpoint = nullptr;
    Id stage = NoId;
    int stageIndex = 0;
    int index = 0; // in map order over the whole journey
};

// A criterion of the round, with what a weak spot needs of it.
struct CriterionPlace {
    const RoundCriterion* criterion = nullptr;
    Id framework = NoId;
    QString name;
    int index = 0; // in the round
};

// Priorities and gaps are compared on a fine grid, so that two equal figures
// computed in different ways (5 × 1.8 and 3 × 3) tie as a person sees them.
long long gridded(double value)
{
    return std::llround(value * 1e6);
}

} // namespace

QStringList flagKeys(const WeakSpot& spot)
{
    QStringList keys;
    if (spot.discuss)
        keys << QStringLiteral("discuss");
    if (spot.fewRatings)
        keys << QStringLiteral("few-ratings");
    return keys;
}

QStringList flagNames(const WeakSpot& spot)
{
    QStringList names;
    if (spot.discuss)
        names << WeakSpotsText::tr("discuss");
    if (spot.fewRatings)
        names << WeakSpotsText::tr("few ratings");
    return names;
}

std::vector<WeakSpot> weakSpots(const Project& project, const RoundResults& results,
                                const WeakSpotOptions& options)
{
    const Round* round = findRound(project, results.roundId);
    const Journey* journey = findJourney(project, results.journeyId);
    if (!round || !journey)
        return {};

    std::unordered_map<Id, TouchpointPlace> touchpoints;
    int index = 0;
    for (size_t s = 0; s < journey->stages.size(); ++s) {
        const Stage& stage = journey->stages[s];
        for (const Touchpoint& touchpoint : stage.touchpoints)
            touchpoints.emplace(touchpoint.id,
                                TouchpointPlace{&touchpoint, stage.id, int(s), index++});
    }
    std::unordered_map<Id, CriterionPlace> criteria;
    for (size_t c = 0; c < round->criteria.size(); ++c) {
        const RoundCriterion& criterion = round->criteria[c];
        criteria.emplace(
            criterion.criterionId,
            CriterionPlace{&criterion, NoId, WeakSpotsText::tr("(removed criterion)"), int(c)});
    }
    for (const Framework& framework : project.frameworks) {
        for (const Criterion& criterion : framework.criteria) {
            const auto it = criteria.find(criterion.id);
            if (it != criteria.end()) {
                it->second.framework = framework.id;
                it->second.name = criterion.name;
            }
        }
    }
    std::map<std::pair<Id, Id>, double> overrides;
    for (const TargetOverride& target : project.targets) {
        if (target.roundId == results.roundId)
            overrides.emplace(std::make_pair(target.touchpointId, target.criterionId),
                              target.target);
    }

    const int fewBelow = std::min(options.fewRatingsThreshold, results.raterCount);
    const QString reasonText = WeakSpotsText::tr("%1 %2 against a target of %3, importance %4");
    const QLocale locale;
    // The order of a spot, as a key compared field by field; the spots
    // themselves stay where they are until the keys are sorted.
    using Rank = std::tuple<long long, long long, int, int, int, size_t>;
    std::vector<WeakSpot> found;
    std::vector<Rank> ranks;
    found.reserve(results.cells.size());
    ranks.reserve(results.cells.size());
    for (const auto& [key, stats] : results.cells) {
        if (!stats.hasMean())
            continue;
        const auto touchpoint = touchpoints.find(key.touchpoint);
        const auto criterion = criteria.find(key.criterion);
        if (touchpoint == touchpoints.end() || criterion == criteria.end())
            continue;
        const TouchpointPlace& place = touchpoint->second;
        const CriterionPlace& rated = criterion->second;
        const auto override = overrides.find({key.touchpoint, key.criterion});
        WeakSpot spot;
        spot.target = override != overrides.end() ? override->second : rated.criterion->target;
        spot.gap = std::max(0.0, spot.target - stats.mean);
        if (gridded(spot.gap) <= 0) // met, or short by a rounding error
            continue;
        spot.touchpoint = key.touchpoint;
        spot.stage = place.stage;
        spot.framework = rated.framework;
        spot.criterion = key.criterion;
        spot.n = stats.n;
        spot.mean = stats.mean;
        spot.sd = stats.sd;
        spot.importance = place.touchpoint->importance;
        spot.weight = rated.criterion->weight;
        spot.priority = spot.importance * spot.weight * spot.gap;
        spot.discuss = stats.discuss;
        spot.fewRatings = stats.n < fewBelow;
        spot.reason =
            reasonText.arg(rated.name, locale.toString(spot.mean, 'f', 1),
                           locale.toString(spot.target, 'f', 1), locale.toString(spot.importance));
        ranks.emplace_back(-gridded(spot.priority), -gridded(spot.gap), place.stageIndex,
                           place.index, rated.index, found.size());
        found.push_back(std::move(spot));
    }
    std::sort(ranks.begin(), ranks.end());
    std::vector<WeakSpot> spots;
    spots.reserve(found.size());
    for (const Rank& rank : ranks)
        spots.push_back(std::move(found[std::get<5>(rank)]));
    return spots;
}

} // namespace js::analysis
