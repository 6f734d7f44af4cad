#pragma once

#include "core/model/Id.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace js {

// What a row of the map holds.
enum class LaneKind {
    Text,        // free cards per stage (actions, thoughts, pain points, ...)
    Touchpoints, // the stage's touchpoints
    Emotion,     // the emotion curve over the touchpoints
    Heat,        // one row of scores per criterion of the round shown, under the touchpoints
};
inline constexpr int LaneKindCount = 4;

QString laneKindKey(LaneKind kind);
std::optional<LaneKind> laneKindFromKey(QStringView key);

struct Lane {
    Id id = NoId;
    QString name;
    LaneKind kind = LaneKind::Text;
    bool hidden = false; // the user has hidden the row from the map

    bool operator==(const Lane&) const = default;
};

// A note in one text lane of one stage.
struct LaneCard {
    Id id = NoId;
    Id laneId = NoId;
    QString text;

    bool operator==(const LaneCard&) const = default;
};

} // namespace js
