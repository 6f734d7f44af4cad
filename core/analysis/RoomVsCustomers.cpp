#include "core/analysis/RoomVsCustomers.h"

#include "core/model/ProjectQueries.h"

#include <set>

namespace js::analysis {

bool comparesWithRoom(MetricKind kind)
{
    return kind == MetricKind::Csat || kind == MetricKind::Nps;
}

double metricRangeMin(MetricKind kind)
{
    return kind == MetricKind::Nps ? -100.0 : 0.0;
}

double metricRangeMax(MetricKind)
{
    return 100.0;
}

double roomOnMetricScale(MetricKind kind, double roomScore)
{
    const double share = (roomScore - 1.0) / 4.0; // 1 → 0, 5 → 1
    return metricRangeMin(kind) + share * (metricRangeMax(kind) - metricRangeMin(kind));
}

RoomVsCustomers roomVsCustomers(const Project& project, const RoundResults& results,
                                MetricKind kind)
{
    RoomVsCustomers out;
    out.kind = kind;
    const Journey* journey = findJourney(project, results.journeyId);
    if (!journey || !comparesWithRoom(kind))
        return out;
    // The touchpoints the results cover: every cell is there, rated or not,
    // but a filtered computation leaves out the stages it filters away.
    std::set<Id> covered;
    for (const auto& [key, stats] : results.cells)
        covered.insert(key.touchpoint);
    for (const Stage& stage : journey->stages) {
        for (const Touchpoint& touchpoint : stage.touchpoints) {
            if (!covered.contains(touchpoint.id))
                continue;
            const Metric* metric = latestMetric(project, touchpoint.id, kind);
            if (!metric)
                continue;
            ++out.figures;
            const RollUp* room = findRollUp(results.touchpoints, touchpoint.id);
            if (!room)
                continue;
            RoomVsCustomersPoint point;
            point.touchpoint = touchpoint.id;
            point.stage = stage.id;
            point.name = touchpoint.name;
            point.stageName = stage.name;
            point.roomScore = room->score;
            point.customerValue = metric->value;
            point.answers = metric->count;
            point.fewAnswers = restsOnFewAnswers(*metric);
            point.roomOnScale = roomOnMetricScale(kind, room->score);
            point.gap = point.roomOnScale - point.customerValue;
            out.points.push_back(std::move(point));
        }
    }
    return out;
}

MetricKind defaultRoomVsKind(const RoomVsCustomers& csat)
{
    return csat.figures > 0 ? MetricKind::Csat : MetricKind::Nps;
}

} // namespace js::analysis
