#pragma once

#include "core/model/Id.h"

namespace js {

// What the user has selected: one entity, or the project itself.
struct Selection {
    EntityKind kind = EntityKind::Project;
    Id id = NoId;

    bool operator==(const Selection&) const = default;
};

} // namespace js
