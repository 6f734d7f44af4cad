#pragma once

#include "core/model/Id.h"
#include "core/model/Lane.h"
#include "core/model/Touchpoint.h"

#include <QString>

#include <vector>

namespace js {

// A column of the map. Owns its touchpoints (in order) and the cards of its
// text lanes (in order; a card's position among the cards of its lane is its
// order in that lane).
struct Stage {
    Id id = NoId;
    QString name;
    QString description;
    std::vector<Touchpoint> touchpoints;
    std::vector<LaneCard> cards;

    bool operator==(const Stage&) const = default;
};

} // namespace js
