#pragma once

#include "core/document/commands/DocumentCommand.h"
#include "core/model/ProjectQueries.h"

namespace js::lists {

// Locators of every list in the model, by the id of the list's owner.

inline ListLocator<Persona> personas()
{
    return [](Project& p) { return &p.personas; };
}
inline ListLocator<Journey> journeys()
{
    return [](Project& p) { return &p.journeys; };
}
inline ListLocator<Framework> frameworks()
{
    return [](Project& p) { return &p.frameworks; };
}
inline ListLocator<Round> rounds()
{
    return [](Project& p) { return &p.rounds; };
}
inline ListLocator<TargetOverride> targets()
{
    return [](Project& p) { return &p.targets; };
}
inline ListLocator<Metric> metrics()
{
    return [](Project& p) { return &p.metrics; };
}
inline ListLocator<Action> actions()
{
    return [](Project& p) { return &p.actions; };
}
inline ListLocator<Stage> stages(Id journeyId)
{
    return [journeyId](Project& p) { return &findJourney(p, journeyId)->stages; };
}
inline ListLocator<Lane> lanes(Id journeyId)
{
    return [journeyId](Project& p) { return &findJourney(p, journeyId)->lanes; };
}
inline ListLocator<Touchpoint> touchpoints(Id stageId)
{
    return [stageId](Project& p) { return &findStage(p, stageId)->touchpoints; };
}
inline ListLocator<LaneCard> cards(Id stageId)
{
    return [stageId](Project& p) { return &findStage(p, stageId)->cards; };
}
inline ListLocator<Criterion> criteria(Id frameworkId)
{
    return [frameworkId](Project& p) { return &findFramework(p, frameworkId)->criteria; };
}
inline ListLocator<Rater> raters(Id roundId)
{
    return [roundId](Project& p) { return &findRound(p, roundId)->raters; };
}

} // namespace js::lists
