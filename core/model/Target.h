#pragma once

#include "core/model/Framework.h"
#include "core/model/Id.h"

namespace js {

// A target that differs for one touchpoint on one criterion in one round
// ("in this workshop, checkout must reach 4.5 on trust"); without one, the
// target the round took for the criterion applies. Held by its round, so a
// locked or past round keeps the targets it was judged against. At most one
// per round, touchpoint and criterion.
struct TargetOverride {
    Id id = NoId;
    Id roundId = NoId;
    Id touchpointId = NoId;
    Id criterionId = NoId;
    double target = DefaultTarget;

    bool operator==(const TargetOverride&) const = default;
};

} // namespace js
