#include "core/analysis/Insights.h"

#include "core/model/ProjectQueries.h"

#include <QCoreApplication>

#include <algorithm>
#include <unordered_map>

namespace js::analysis {

double Insights::targetOf(Id touchpoint, Id criterion) const
{
    const auto it = targets.find(CellKey{touchpoint, criterion});
    if (it != targets.end())
        return it->second;
    const InsightsCriterion* found = this->criterion(criterion);
    return found ? found->target : 0.0;
}

const InsightsTouchpoint* Insights::touchpoint(Id id) const
{
    const auto it = std::find_if(touchpoints.begin(), touchpoints.end(),
                                 [id](const InsightsTouchpoint& t) { return t.id == id; });
    return it == touchpoints.end() ? nullptr : &*it;
}

const InsightsCriterion* Insights::criterion(Id id) const
{
    const auto it = std::find_if(criteria.begin(), criteria.end(),
                                 [id](const InsightsCriterion& c) { return c.id == id; });
    return it == criteria.end() ? nullptr : &*it;
}

const InsightsStage* Insights::stage(Id id) const
{
    const auto it = std::find_if(stages.begin(), stages.end(),
                                 [id](const InsightsStage& s) { return s.id == id; });
    return it == stages.end() ? nullptr : &*it;
}

namespace {

// The criterion means of each stage, and the targets its touchpoints are
// held to, over the cells of `results`.
std::map<std::pair<Id, Id>, StageCriterion> stageCriteriaOf(const Project& project,
                                                            const RoundResults& results)
{
    std::map<std::pair<Id, Id>, StageCriterion> out;
    const Round* round = findRound(project, results.roundId);
    const Journey* journey = findJourney(project, results.journeyId);
    if (!round || !journey)
        return out;
    std::unordered_map<Id, Id> stageOf;
    for (const Stage& stage : journey->stages) {
        for (const Touchpoint& touchpoint : stage.touchpoints)
            stageOf.emplace(touchpoint.id, stage.id);
    }
    std::unordered_map<Id, const RoundCriterion*> criterionOf;
    for (const RoundCriterion& criterion : round->criteria)
        criterionOf.emplace(criterion.criterionId, &criterion);
    struct Sum {
        double means = 0.0;
        double targets = 0.0;
        int cells = 0;
    };
    std::map<std::pair<Id, Id>, Sum> sums;
    for (const auto& [key, stats] : results.cells) {
        const auto stage = stageOf.find(key.touchpoint);
        const auto criterion = criterionOf.find(key.criterion);
        if (!stats.hasMean() || stage == stageOf.end() || criterion == criterionOf.end())
            continue;
        Sum& sum = sums[{stage->second, key.criterion}];
        sum.means += stats.mean;
        sum.targets += targetFor(project, round->id, *criterion->second, key.touchpoint);
        ++sum.cells;
    }
    for (const auto& [key, sum] : sums)
        out.emplace(key, StageCriterion{sum.means / sum.cells, sum.targets / sum.cells, sum.cells});
    return out;
}

// "Raters: Rita, Omar" or "Raters: 3 of 8" for what a filter lets through.
QString summaryOf(const char* noun, const QStringList& names, int all)
{
    const QString label = QCoreApplication::translate("js::analysis::Insights", noun);
    if (names.isEmpty())
        return QCoreApplication::translate("js::analysis::Insights", "%1: none").arg(label);
    if (names.size() <= 2)
        return QCoreApplication::translate("js::analysis::Insights", "%1: %2")
            .arg(label, names.join(QStringLiteral(", ")));
    return QCoreApplication::translate("js::analysis::Insights", "%1: %2 of %3")
        .arg(label)
        .arg(names.size())
        .arg(all);
}

QString filterSummary(const Project& project, const Round& round, const Journey& journey,
                      const RoundFilter& filter)
{
    QStringList parts;
    if (filter.frameworks) {
        QStringList names;
        for (const Framework& framework : project.frameworks) {
            if (filter.frameworks->contains(framework.id))
                names << framework.name;
        }
        parts << summaryOf(QT_TRANSLATE_NOOP("js::analysis::Insights", "Frameworks"), names,
                           int(project.frameworks.size()));
    }
    if (filter.raters) {
        QStringList names;
        for (const Rater& rater : round.raters) {
            if (filter.raters->contains(rater.id))
                names << rater.name;
        }
        parts << summaryOf(QT_TRANSLATE_NOOP("js::analysis::Insights", "Raters"), names,
                           int(round.raters.size()));
    }
    if (filter.stages) {
        QStringList names;
        for (const Stage& stage : journey.stages) {
            if (filter.stages->contains(stage.id))
                names << stage.name;
        }
        parts << summaryOf(QT_TRANSLATE_NOOP("js::analysis::Insights", "Stages"), names,
                           int(journey.stages.size()));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

Insights computeInsights(const Project& project, const InsightsRequest& request,
                         const RoundSource& results)
{
    // A round's results, from the caller's when it holds them for this filter.
    const auto resultsOf = [&](Id id, const RoundFilter& filter) {
        const RoundResults* held = results && filter.isEmpty() ? results(id) : nullptr;
        return held ? *held : computeRound(project, id, filter);
    };
    Insights insights;
    insights.request = request;
    const Round* round = findRound(project, request.round);
    if (!round)
        return insights;
    insights.roundName = round->name;
    insights.journeyRounds = int(
        std::count_if(project.rounds.begin(), project.rounds.end(),
                      [round](const Round& other) { return other.journeyId == round->journeyId; }));
    insights.results = resultsOf(round->id, request.filter);
    const Journey* journey = findJourney(project, round->journeyId);
    if (!journey)
        return insights;
    insights.journeyName = journey->name;

    for (const Stage& stage : journey->stages) {
        if (request.filter.stages && !request.filter.stages->contains(stage.id))
            continue;
        InsightsStage row{stage.id, stage.name, {}};
        for (const Touchpoint& touchpoint : stage.touchpoints) {
            row.touchpoints.push_back(insights.touchpoints.size());
            insights.touchpoints.push_back({touchpoint.id, stage.id, touchpoint.name,
                                            touchpoint.importance, touchpoint.emotion});
        }
        insights.stages.push_back(std::move(row));
    }
    std::unordered_map<Id, const Framework*> frameworkOf;
    for (const Framework& framework : project.frameworks) {
        for (const Criterion& criterion : framework.criteria)
            frameworkOf.emplace(criterion.id, &framework);
    }
    for (const RoundCriterion& roundCriterion : round->criteria) {
        const auto framework = frameworkOf.find(roundCriterion.criterionId);
        const Framework* owner = framework == frameworkOf.end() ? nullptr : framework->second;
        if (request.filter.frameworks &&
            (!owner || !request.filter.frameworks->contains(owner->id)))
            continue;
        const Criterion* criterion = findCriterion(project, roundCriterion.criterionId);
        insights.criteria.push_back({roundCriterion.criterionId, owner ? owner->id : NoId,
                                     criterion ? criterion->name : QString(),
                                     owner ? owner->name : QString(), roundCriterion.weight,
                                     roundCriterion.target});
        for (const InsightsTouchpoint& touchpoint : insights.touchpoints) {
            const double target = targetFor(project, round->id, roundCriterion, touchpoint.id);
            if (target != roundCriterion.target)
                insights.targets.emplace(CellKey{touchpoint.id, roundCriterion.criterionId},
                                         target);
        }
    }

    insights.filterSummary = filterSummary(project, *round, *journey, request.filter);
    insights.weakSpots = weakSpots(project, insights.results);
    insights.quadrants = importancePerformance(project, insights.results, request.quadrantSplit);
    insights.stageCriteria = stageCriteriaOf(project, insights.results);
    insights.roomVsCsat = roomVsCustomers(project, insights.results, MetricKind::Csat);
    insights.roomVsNps = roomVsCustomers(project, insights.results, MetricKind::Nps);

    if (const Round* compare = findRound(project, request.compareTo);
        compare && compare->id != round->id) {
        RoundFilter filter = request.filter;
        filter.raters.reset();
        insights.compareName = compare->name;
        insights.compare = resultsOf(compare->id, filter);
        // Before and after by date (then by the order of the rounds), whichever
        // of the two the user shows.
        const auto at = [&project](const Round* r) { return r - project.rounds.data(); };
        insights.compareIsEarlier =
            compare->date != round->date ? compare->date < round->date : at(compare) < at(round);
        const RoundResults& before =
            insights.compareIsEarlier ? *insights.compare : insights.results;
        const RoundResults& after =
            insights.compareIsEarlier ? insights.results : *insights.compare;
        const MatchedDeltas matched = matchedRoundDeltas(project, before, after);
        insights.deltas = matched.deltas;
        insights.matchedCells = matched.cells;
        insights.beforeName = insights.compareIsEarlier ? compare->name : round->name;
        insights.afterName = insights.compareIsEarlier ? round->name : compare->name;
        insights.compareStageCriteria = stageCriteriaOf(project, *insights.compare);
    }
    return insights;
}

Id previousRound(const Project& project, Id roundId)
{
    const auto at = std::find_if(project.rounds.begin(), project.rounds.end(),
                                 [roundId](const Round& r) { return r.id == roundId; });
    if (at == project.rounds.end())
        return NoId;
    // Earlier means an earlier date, or the same date and earlier in the list.
    const auto earlier = [](const Round& a, const Round& b) {
        return a.date != b.date ? a.date < b.date : &a < &b;
    };
    const Round* best = nullptr;
    for (const Round& other : project.rounds) {
        if (other.journeyId == at->journeyId && earlier(other, *at) &&
            (!best || earlier(*best, other)))
            best = &other;
    }
    return best ? best->id : NoId;
}

} // namespace js::analysis
