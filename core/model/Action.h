#pragma once

#include "core/model/Id.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace js {

enum class ActionStatus { Planned, InProgress, Done, Dropped };
inline constexpr int ActionStatusCount = 4;

QString actionStatusKey(ActionStatus status);
std::optional<ActionStatus> actionStatusFromKey(QStringView key);
QString actionStatusName(ActionStatus status);

// An improvement planned for a weak spot.
struct Action {
    Id id = NoId;
    QString title;
    QString description;
    Id touchpointId = NoId;
    Id criterionId = NoId;
    QString owner;
    QDate due;
    ActionStatus status = ActionStatus::Planned;
    int impact = 3; // expected impact, 1..5
    int effort = 3; // expected effort, 1..5

    bool operator==(const Action&) const = default;
};

} // namespace js
