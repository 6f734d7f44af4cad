#pragma once

#include <QtGlobal>

namespace js {

// Every entity of a project has an id that is unique within the project and
// stable: it survives save, load, undo and redo. 0 means "none".
using Id = qint64;
inline constexpr Id NoId = 0;
// The largest id: one a JSON number (a double) still holds exactly.
inline constexpr Id MaxId = Id(1) << 53;

enum class EntityKind {
    Project,
    Persona,
    Journey,
    Stage,
    Lane,
    Card,
    Touchpoint,
    Framework,
    Criterion,
    Round,
    Rater,
    Target,
    Metric,
    Action,
};

} // namespace js
