#pragma once

#include "core/model/Action.h"
#include "core/model/Framework.h"
#include "core/model/Journey.h"
#include "core/model/Metric.h"
#include "core/model/Persona.h"
#include "core/model/Rating.h"
#include "core/model/Round.h"
#include "core/model/Target.h"

#include <QString>

#include <map>
#include <vector>

namespace js {

// Everything one .journey file holds, as plain values.
struct Project {
    QString name;
    QString client;
    QString description;
    std::vector<Persona> personas;
    std::vector<Journey> journeys;
    std::vector<Framework> frameworks;
    std::vector<Round> rounds;
    std::map<RatingKey, Rating> ratings;
    std::vector<TargetOverride> targets;
    std::vector<Metric> metrics;
    std::vector<Action> actions;

    bool operator==(const Project&) const = default;
};

} // namespace js
