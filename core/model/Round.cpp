#include "core/model/Round.h"

namespace js {

std::vector<RoundCriterion> defaultRoundCriteria(const std::vector<Framework>& frameworks)
{
    std::vector<RoundCriterion> criteria;
    for (const Framework& framework : frameworks) {
        for (const Criterion& criterion : framework.criteria) {
            if (criterion.enabled)
                criteria.push_back({criterion.id, criterion.weight, criterion.target});
        }
    }
    return criteria;
}

const RoundCriterion* findRoundCriterion(const Round& round, Id criterionId)
{
    for (const RoundCriterion& criterion : round.criteria) {
        if (criterion.criterionId == criterionId)
            return &criterion;
    }
    return nullptr;
}

} // namespace js
