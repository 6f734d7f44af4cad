#include "core/model/Action.h"

#include "core/model/KeyTable.h"

#include <array>

namespace js {

namespace {

constexpr const char* context = "js::ActionStatus";

const std::array<KeyEntry<ActionStatus>, 4> statuses = {{
    {ActionStatus::Planned, u"planned", QT_TRANSLATE_NOOP("js::ActionStatus", "Planned")},
    {ActionStatus::InProgress, u"in-progress",
     QT_TRANSLATE_NOOP("js::ActionStatus", "In progress")},
    {ActionStatus::Done, u"done", QT_TRANSLATE_NOOP("js::ActionStatus", "Done")},
    {ActionStatus::Dropped, u"dropped", QT_TRANSLATE_NOOP("js::ActionStatus", "Dropped")},
}};

} // namespace

QString actionStatusKey(ActionStatus status)
{
    return keyOf<ActionStatus>(statuses, status);
}

std::optional<ActionStatus> actionStatusFromKey(QStringView key)
{
    return valueOf<ActionStatus>(statuses, key);
}

QString actionStatusName(ActionStatus status)
{
    return nameOf<ActionStatus>(statuses, status, context);
}

} // namespace js
