#pragma once

#include "core/model/Project.h"

#include <algorithm>
#include <set>
#include <vector>

namespace js {

// Lookups by id. Each returns nullptr when the id is unknown.

template <typename T> T* findById(std::vector<T>& items, Id id)
{
    auto it =
        std::find_if(items.begin(), items.end(), [id](const T& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

template <typename T> const T* findById(const std::vector<T>& items, Id id)
{
    return findById(const_cast<std::vector<T>&>(items), id);
}

template <typename T> int indexOfId(const std::vector<T>& items, Id id)
{
    for (size_t i = 0; i < items.size(); ++i) {
        if (items[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

Persona* findPersona(Project& project, Id id);
Journey* findJourney(Project& project, Id id);
Framework* findFramework(Project& project, Id id);
Round* findRound(Project& project, Id id);
Metric* findMetric(Project& project, Id id);
Action* findAction(Project& project, Id id);
TargetOverride* findTarget(Project& project, Id id);
Stage* findStage(Project& project, Id id, Journey** journey = nullptr);
Lane* findLane(Project& project, Id id, Journey** journey = nullptr);
LaneCard* findCard(Project& project, Id id, Stage** stage = nullptr);
Touchpoint* findTouchpoint(Project& project, Id id, Stage** stage = nullptr);
Criterion* findCriterion(Project& project, Id id, Framework** framework = nullptr);
Rater* findRater(Project& project, Id id, Round** round = nullptr);

const Persona* findPersona(const Project& project, Id id);
const Journey* findJourney(const Project& project, Id id);
const Framework* findFramework(const Project& project, Id id);
const Round* findRound(const Project& project, Id id);
const Metric* findMetric(const Project& project, Id id);
const Action* findAction(const Project& project, Id id);
const TargetOverride* findTarget(const Project& project, Id id);
const Stage* findStage(const Project& project, Id id);
const Lane* findLane(const Project& project, Id id);
const LaneCard* findCard(const Project& project, Id id);
const Touchpoint* findTouchpoint(const Project& project, Id id);
const Criterion* findCriterion(const Project& project, Id id);
const Rater* findRater(const Project& project, Id id);

// A journey's latest round by date (of equal dates, the later in the list),
// or nullptr when it has none.
const Round* latestRound(const Project& project, Id journeyId);

// A touchpoint's current figure of one kind: the latest by date (of equal
// dates, the later in the list), or nullptr when it has none.
const Metric* latestMetric(const Project& project, Id touchpointId, MetricKind kind);

// Whether any rating was given in the round.
bool roundHasRatings(const Project& project, Id roundId);
// Whether any rating of the round is on this criterion.
bool roundRatesCriterion(const Project& project, Id roundId, Id criterionId);
// The first locked round holding ratings on any of these criteria, or
// nullptr: a finished workshop keeps what it rated, so they stay.
const Round* lockedRoundRating(const Project& project, const std::set<Id>& criteria);
// Whether any stage holds a card in this lane.
bool laneHasCards(const Project& project, Id laneId);
// The journey a stage or touchpoint belongs to.
const Journey* journeyOfStage(const Project& project, Id stageId);
const Journey* journeyOfTouchpoint(const Project& project, Id touchpointId);

// At most one touchpoint lane, one emotion lane and one lane of scores per
// journey: the map has one row of touchpoints, one curve, one set of scores.
// `laneId` with `kind` asks whether that lane may become (or be added as)
// that kind.
bool hasValidLaneKinds(const Journey& journey);
bool allowsLaneKind(const Journey& journey, Id laneId, LaneKind kind);

// The target override of one touchpoint on one criterion in a round, or nullptr.
const TargetOverride* findTargetOverride(const Project& project, Id roundId, Id touchpointId,
                                         Id criterionId);
// The target a round holds a touchpoint to on a criterion: its override if
// it has one, else the target the round took for the criterion.
double targetFor(const Project& project, Id roundId, const RoundCriterion& criterion,
                 Id touchpointId);

// The owner of an entity: the journey of a stage or lane, the stage of a
// touchpoint or card, the framework of a criterion, the round of a rater, the
// touchpoint of a target override or a metric;
// NoId for the others and for unknown ids.
Id ownerOf(const Project& project, EntityKind kind, Id id);

// The name a user knows an entity by (a card's text, an action's title); ""
// when unknown.
QString displayName(const Project& project, EntityKind kind, Id id);

// A name in typographic quotes for a sentence, shortened to one line:
// “Checkout page”.
QString quoted(const QString& name);

// All touchpoint ids of a journey, stage by stage in map order.
std::vector<Id> touchpointIds(const Journey& journey);

// The highest id in use anywhere in the project (0 for an empty project).
Id maxId(const Project& project);

// Counts for summaries.
struct ProjectCounts {
    int journeys = 0;
    int stages = 0;
    int touchpoints = 0;
    int ratings = 0;
};
ProjectCounts countProject(const Project& project);
// "2 journeys, 10 stages, 35 touchpoints, 1 rating", in the user's language.
QString describeCounts(const ProjectCounts& counts);

} // namespace js
