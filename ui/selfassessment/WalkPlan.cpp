#include "ui/selfassessment/WalkPlan.h"

#include "core/model/ProjectQueries.h"

namespace js::selfassessment {

int WalkPlan::indexOf(Id touchpoint, Id criterion) const
{
    for (size_t i = 0; i < cells.size(); ++i) {
        if (cells[i].touchpoint == touchpoint && cells[i].criterion == criterion)
            return int(i);
    }
    return -1;
}

WalkPlan walkPlan(const Project& project, Id roundId)
{
    WalkPlan plan;
    const Round* round = findRound(project, roundId);
    const Journey* journey = round ? findJourney(project, round->journeyId) : nullptr;
    if (!journey)
        return plan;
    plan.stages = int(journey->stages.size());
    plan.criteria = int(round->criteria.size());
    for (size_t s = 0; s < journey->stages.size(); ++s) {
        const Stage& stage = journey->stages[s];
        for (const Touchpoint& touchpoint : stage.touchpoints) {
            for (size_t c = 0; c < round->criteria.size(); ++c)
                plan.cells.push_back(WalkCell{stage.id, touchpoint.id,
                                              round->criteria[c].criterionId, int(s),
                                              plan.touchpoints, int(c)});
            ++plan.touchpoints;
        }
    }
    return plan;
}

bool isAnswered(const Project& project, Id roundId, Id raterId, const WalkCell& cell)
{
    const auto it =
        project.ratings.find(RatingKey{roundId, raterId, cell.touchpoint, cell.criterion});
    return it != project.ratings.end() && it->second.score != Rating::NotRated;
}

int firstUnanswered(const Project& project, Id roundId, Id raterId, const WalkPlan& plan, int from)
{
    const int n = plan.size();
    for (int step = 0; step < n; ++step) {
        const int i = (std::max(0, from) + step) % n;
        if (!isAnswered(project, roundId, raterId, plan.cells[size_t(i)]))
            return i;
    }
    return -1;
}

int answeredCount(const Project& project, Id roundId, Id raterId, const WalkPlan& plan)
{
    int count = 0;
    for (const WalkCell& cell : plan.cells)
        count += isAnswered(project, roundId, raterId, cell) ? 1 : 0;
    return count;
}

} // namespace js::selfassessment
