#pragma once

#include "core/model/Id.h"
#include "core/model/Lane.h"
#include "core/model/Stage.h"

#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace js {

enum class JourneyState {
    Current, // how the journey is today
    Future,  // how it should become
};

// A map for one persona: ordered stages (columns) and lanes (rows).
struct Journey {
    Id id = NoId;
    QString name;
    QString description;
    Id personaId = NoId;
    JourneyState state = JourneyState::Current;
    std::vector<Stage> stages;
    std::vector<Lane> lanes;

    bool operator==(const Journey&) const = default;
};

} // namespace js

namespace js {

QString journeyStateKey(JourneyState state);
std::optional<JourneyState> journeyStateFromKey(QStringView key);
QString journeyStateName(JourneyState state);

} // namespace js
