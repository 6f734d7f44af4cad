#pragma once

#include "core/model/Framework.h"
#include "core/model/Id.h"

namespace js {

// A target that differs for one touchpoint on one criterion ("checkout must
// reach 4.5 on trust"); without one, the criterion's target applies. At most
// one per touchpoint and criterion.
struct TargetOverride {
    Id id = NoId;
    Id touchpointId = NoId;
    Id criterionId = NoId;
    double target = DefaultTarget;

    bool operator==(const TargetOverride&) const = default;
};

} // namespace js
