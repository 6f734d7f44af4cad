#pragma once

#include "core/model/Project.h"
#include "core/model/ValueRanges.h"

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
                return ranges::importance.contains(value);
            if (member == &Touchpoint::emotion)
                return ranges::emotion.contains(value);
        }
        if constexpr (std::is_same_v<E, Action>) {
            if (member == &Action::impact)
                return ranges::impact.contains(value);
            if (member == &Action::effort)
                return ranges::effort.contains(value);
        }
        if constexpr (std::is_same_v<E, Metric>) {
            if (member == &Metric::count)
                return value >= 0;
        }
    }
    if constexpr (std::is_same_v<T, double> && std::is_same_v<E, Criterion>) {
        if (member == &Criterion::weight)
            return ranges::weight.contains(value);
        if (member == &Criterion::target)
            return ranges::target.contains(value);
    }
    if constexpr (std::is_same_v<T, double> && std::is_same_v<E, TargetOverride>) {
        return ranges::target.contains(value);
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

#include "core/document/ChangeEvent.h"

namespace js {

// The Field an edit of a member announces.
template <typename E, typename T> Field fieldOf(T E::*member)
{
    if constexpr (std::is_same_v<T, QString>) {
        if constexpr (requires { &E::name; }) {
            if constexpr (std::is_same_v<decltype(&E::name), QString E::*>) {
                if (member == &E::name)
                    return Field::Name;
            }
        }
        if constexpr (requires { &E::description; }) {
            if (member == &E::description)
                return Field::Description;
        }
        if constexpr (std::is_same_v<E, Project>) {
            if (member == &Project::client)
                return Field::Client;
        }
        if constexpr (std::is_same_v<E, Persona>) {
            if (member == &Persona::role)
                return Field::Role;
            if (member == &Persona::goals)
                return Field::Goals;
            if (member == &Persona::frustrations)
                return Field::Frustrations;
            if (member == &Persona::quote)
                return Field::Quote;
        }
        if constexpr (std::is_same_v<E, LaneCard>) {
            if (member == &LaneCard::text)
                return Field::Text;
        }
        if constexpr (std::is_same_v<E, Touchpoint>) {
            if (member == &Touchpoint::owner)
                return Field::Owner;
        }
    }
    if constexpr (std::is_same_v<E, Persona> && std::is_same_v<T, QByteArray>)
        return Field::Photo;
    if constexpr (std::is_same_v<E, Journey>) {
        if constexpr (std::is_same_v<T, Id>)
            return member == &Journey::personaId ? Field::Persona : Field::Other;
        if constexpr (std::is_same_v<T, JourneyState>)
            return Field::State;
    }
    if constexpr (std::is_same_v<E, Lane>) {
        if constexpr (std::is_same_v<T, LaneKind>)
            return Field::Kind;
        if constexpr (std::is_same_v<T, bool>)
            return Field::Hidden;
    }
    if constexpr (std::is_same_v<E, Round>) {
        if constexpr (std::is_same_v<T, bool>)
            return Field::Locked;
        if constexpr (std::is_same_v<T, std::vector<RoundCriterion>>)
            return Field::Criteria;
    }
    if constexpr (std::is_same_v<E, LaneCard> && std::is_same_v<T, Id>)
        return member == &LaneCard::laneId ? Field::Lane : Field::Other;
    if constexpr (std::is_same_v<E, Touchpoint>) {
        if constexpr (std::is_same_v<T, Channel>)
            return Field::Channel;
        if constexpr (std::is_same_v<T, int>) {
            if (member == &Touchpoint::importance)
                return Field::Importance;
            if (member == &Touchpoint::emotion)
                return Field::Emotion;
        }
    }
    return Field::Other;
}

} // namespace js
