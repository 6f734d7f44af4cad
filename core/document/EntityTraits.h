#pragma once

#include "core/model/ProjectQueries.h"

namespace js {

// Maps each model type to its kind and to its lookup by id, so that commands
// and the document can be written once for every entity.
template <typename E> struct EntityTraits;

#define JS_ENTITY_TRAITS(Type, Kind, finder)                                                       \
    template <> struct EntityTraits<Type> {                                                        \
        static constexpr EntityKind kind = EntityKind::Kind;                                       \
        static Type* find(Project& project, Id id) { return finder(project, id); }                 \
    };

JS_ENTITY_TRAITS(Persona, Persona, findPersona)
JS_ENTITY_TRAITS(Journey, Journey, findJourney)
JS_ENTITY_TRAITS(Stage, Stage, findStage)
JS_ENTITY_TRAITS(Lane, Lane, findLane)
JS_ENTITY_TRAITS(LaneCard, Card, findCard)
JS_ENTITY_TRAITS(Touchpoint, Touchpoint, findTouchpoint)
JS_ENTITY_TRAITS(Framework, Framework, findFramework)
JS_ENTITY_TRAITS(Criterion, Criterion, findCriterion)
JS_ENTITY_TRAITS(Round, Round, findRound)
JS_ENTITY_TRAITS(Rater, Rater, findRater)
JS_ENTITY_TRAITS(Metric, Metric, findMetric)
JS_ENTITY_TRAITS(Action, Action, findAction)
JS_ENTITY_TRAITS(TargetOverride, Target, findTarget)

#undef JS_ENTITY_TRAITS

template <> struct EntityTraits<Project> {
    static constexpr EntityKind kind = EntityKind::Project;
    static Project* find(Project& project, Id) { return &project; }
};

} // namespace js
