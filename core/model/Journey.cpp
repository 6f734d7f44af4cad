#include "core/model/Journey.h"

#include "core/model/KeyTable.h"

#include <array>

namespace js {

namespace {

constexpr const char* context = "js::JourneyState";

const std::array<KeyEntry<JourneyState>, 2> states = {{
    {JourneyState::Current, u"current", QT_TRANSLATE_NOOP("js::JourneyState", "Current state")},
    {JourneyState::Future, u"future", QT_TRANSLATE_NOOP("js::JourneyState", "Future state")},
}};

} // namespace

QString journeyStateKey(JourneyState state)
{
    return keyOf<JourneyState>(states, state);
}

std::optional<JourneyState> journeyStateFromKey(QStringView key)
{
    return valueOf<JourneyState>(states, key);
}

QString journeyStateName(JourneyState state)
{
    return nameOf<JourneyState>(states, state, context);
}

} // namespace js
