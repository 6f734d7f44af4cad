#pragma once

#include "core/model/Id.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace js {

inline constexpr int MinScore = 1;
inline constexpr int MaxScore = 5;
inline constexpr double DefaultTarget = 4.0;

// One element of a framework a touchpoint is rated against.
struct Criterion {
    Id id = NoId;
    QString key; // stable key of a built-in criterion ("trust"), empty for a user's own
    QString name;
    QString description;
    QStringList questions; // guiding questions a facilitator reads out
    double weight = 1.0;   // > 0
    double target = DefaultTarget;
    bool enabled = true; // optional criteria start switched off

    bool operator==(const Criterion&) const = default;
};

// An assessment framework: an ordered set of criteria (TRIXIE, the 5 Cs, ...).
struct Framework {
    Id id = NoId;
    QString key; // stable key of a built-in framework ("trixie"), empty for a user's own
    QString name;
    QString description;
    std::vector<Criterion> criteria;

    bool operator==(const Framework&) const = default;
};

} // namespace js
