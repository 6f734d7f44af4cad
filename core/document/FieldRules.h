#pragma once

#include "core/model/Project.h"

#include <cmath>
#include <optional>
#include <type_traits>

namespace js {

// Which values a field accepts. The document refuses an edit outside them, so
// the model never holds an out-of-range importance, emotion or weight.
template <typename E, typename T> bool acceptsValue(T E::*member, const T& value)
{
    if constexpr (std::is_same_v<T, int>) {
        if constexpr (std::is_same_v<E, Touchpoint>) {
            if (member == &Touchpoint::importance)
                return value >= Touchpoint::MinImportance && value <= Touchpoint::MaxImportance;
            if (member == &Touchpoint::emotion)
                return value >= Touchpoint::MinEmotion && value <= Touchpoint::MaxEmotion;
        }
        if constexpr (std::is_same_v<E, Action>) {
            if (member == &Action::impact || member == &Action::effort)
                return value >= 1 && value <= 5;
        }
        if constexpr (std::is_same_v<E, Metric>) {
            if (member == &Metric::count)
                return value >= 0;
        }
    }
    if constexpr (std::is_same_v<T, double> && std::is_same_v<E, Criterion>) {
        if (member == &Criterion::weight)
            return value > 0.0 && value <= 100.0;
        if (member == &Criterion::target)
            return value >= MinScore && value <= MaxScore;
    }
    if constexpr (std::is_same_v<T, double> && std::is_same_v<E, Metric>) {
        return std::isfinite(value);
    }
    return true;
}

// For an id field, the kind of entity it refers to; nullopt for the entity's
// own id and for fields that only structural operations may change.
template <typename E> std::optional<EntityKind> referencedKind(Id E::*member)
{
    if constexpr (std::is_same_v<E, Journey>) {
        if (member == &Journey::personaId)
            return EntityKind::Persona;
    }
    if constexpr (std::is_same_v<E, Round>) {
        if (member == &Round::journeyId)
            return EntityKind::Journey;
    }
    if constexpr (std::is_same_v<E, Metric>) {
        if (member == &Metric::touchpointId)
            return EntityKind::Touchpoint;
    }
    if constexpr (std::is_same_v<E, Action>) {
        if (member == &Action::touchpointId)
            return EntityKind::Touchpoint;
        if (member == &Action::criterionId)
            return EntityKind::Criterion;
    }
    return std::nullopt;
}

} // namespace js
