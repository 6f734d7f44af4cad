#include "core/model/Lane.h"

#include "core/model/KeyTable.h"

#include <array>

namespace js {

namespace {

const std::array<KeyEntry<LaneKind>, LaneKindCount> kinds = {{
    {LaneKind::Text, u"text", QT_TRANSLATE_NOOP("js::LaneKind", "Text")},
    {LaneKind::Touchpoints, u"touchpoints", QT_TRANSLATE_NOOP("js::LaneKind", "Touchpoints")},
    {LaneKind::Emotion, u"emotion", QT_TRANSLATE_NOOP("js::LaneKind", "Emotion curve")},
    {LaneKind::Heat, u"heat", QT_TRANSLATE_NOOP("js::LaneKind", "Scores")},
}};

} // namespace

QString laneKindKey(LaneKind kind)
{
    return keyOf<LaneKind>(kinds, kind);
}

std::optional<LaneKind> laneKindFromKey(QStringView key)
{
    return valueOf<LaneKind>(kinds, key);
}

} // namespace js
