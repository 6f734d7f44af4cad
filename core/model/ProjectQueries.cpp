#include "core/model/ProjectQueries.h"

#include <QCoreApplication>

#include <algorithm>

namespace js {

Persona* findPersona(Project& project, Id id)
{
    return findById(project.personas, id);
}

Journey* findJourney(Project& project, Id id)
{
    return findById(project.journeys, id);
}

Framework* findFramework(Project& project, Id id)
{
    return findById(project.frameworks, id);
}

Round* findRound(Project& project, Id id)
{
    return findById(project.rounds, id);
}

Metric* findMetric(Project& project, Id id)
{
    return findById(project.metrics, id);
}

Action* findAction(Project& project, Id id)
{
    return findById(project.actions, id);
}

TargetOverride* findTarget(Project& project, Id id)
{
    return findById(project.targets, id);
}

Stage* findStage(Project& project, Id id, Journey** journey)
{
    for (Journey& j : project.journeys) {
        if (Stage* stage = findById(j.stages, id)) {
            if (journey)
                *journey = &j;
            return stage;
        }
    }
    return nullptr;
}

Lane* findLane(Project& project, Id id, Journey** journey)
{
    for (Journey& j : project.journeys) {
        if (Lane* lane = findById(j.lanes, id)) {
            if (journey)
                *journey = &j;
            return lane;
        }
    }
    return nullptr;
}

LaneCard* findCard(Project& project, Id id, Stage** stage)
{
    for (Journey& j : project.journeys) {
        for (Stage& s : j.stages) {
            if (LaneCard* card = findById(s.cards, id)) {
                if (stage)
                    *stage = &s;
                return card;
            }
        }
    }
    return nullptr;
}

Touchpoint* findTouchpoint(Project& project, Id id, Stage** stage)
{
    for (Journey& j : project.journeys) {
        for (Stage& s : j.stages) {
            if (Touchpoint* touchpoint = findById(s.touchpoints, id)) {
                if (stage)
                    *stage = &s;
                return touchpoint;
            }
        }
    }
    return nullptr;
}

Criterion* findCriterion(Project& project, Id id, Framework** framework)
{
    for (Framework& f : project.frameworks) {
        if (Criterion* criterion = findById(f.criteria, id)) {
            if (framework)
                *framework = &f;
            return criterion;
        }
    }
    return nullptr;
}

Rater* findRater(Project& project, Id id, Round** round)
{
    for (Round& r : project.rounds) {
        if (Rater* rater = findById(r.raters, id)) {
            if (round)
                *round = &r;
            return rater;
        }
    }
    return nullptr;
}

// The const overloads share the mutable implementations: none of them writes.
#define JS_CONST_FIND(Type, name)                                                                  \
    const Type* name(const Project& project, Id id)                                                \
    {                                                                                              \
        return name(const_cast<Project&>(project), id);                                            \
    }

JS_CONST_FIND(Persona, findPersona)
JS_CONST_FIND(Journey, findJourney)
JS_CONST_FIND(Framework, findFramework)
JS_CONST_FIND(Round, findRound)
JS_CONST_FIND(Metric, findMetric)
JS_CONST_FIND(Action, findAction)
JS_CONST_FIND(TargetOverride, findTarget)
JS_CONST_FIND(Stage, findStage)
JS_CONST_FIND(Lane, findLane)
JS_CONST_FIND(LaneCard, findCard)
JS_CONST_FIND(Touchpoint, findTouchpoint)
JS_CONST_FIND(Criterion, findCriterion)
JS_CONST_FIND(Rater, findRater)

#undef JS_CONST_FIND

const Journey* journeyOfStage(const Project& project, Id stageId)
{
    for (const Journey& j : project.journeys) {
        if (findById(j.stages, stageId))
            return &j;
    }
    return nullptr;
}

const Journey* journeyOfTouchpoint(const Project& project, Id touchpointId)
{
    for (const Journey& j : project.journeys) {
        for (const Stage& s : j.stages) {
            if (findById(s.touchpoints, touchpointId))
                return &j;
        }
    }
    return nullptr;
}

bool allowsLaneKind(const Journey& journey, Id laneId, LaneKind kind)
{
    if (kind == LaneKind::Text)
        return true;
    return std::none_of(journey.lanes.begin(), journey.lanes.end(),
                        [&](const Lane& lane) { return lane.id != laneId && lane.kind == kind; });
}

bool hasValidLaneKinds(const Journey& journey)
{
    int touchpoints = 0;
    int emotion = 0;
    int heat = 0;
    for (const Lane& lane : journey.lanes) {
        touchpoints += lane.kind == LaneKind::Touchpoints;
        emotion += lane.kind == LaneKind::Emotion;
        heat += lane.kind == LaneKind::Heat;
    }
    return touchpoints <= 1 && emotion <= 1 && heat <= 1;
}

Id ownerOf(const Project& project, EntityKind kind, Id id)
{
    Project& p = const_cast<Project&>(project);
    Journey* journey = nullptr;
    Stage* stage = nullptr;
    Framework* framework = nullptr;
    Round* round = nullptr;
    switch (kind) {
    case EntityKind::Stage:
        return findStage(p, id, &journey) ? journey->id : NoId;
    case EntityKind::Lane:
        return findLane(p, id, &journey) ? journey->id : NoId;
    case EntityKind::Card:
        return findCard(p, id, &stage) ? stage->id : NoId;
    case EntityKind::Touchpoint:
        return findTouchpoint(p, id, &stage) ? stage->id : NoId;
    case EntityKind::Criterion:
        return findCriterion(p, id, &framework) ? framework->id : NoId;
    case EntityKind::Rater:
        return findRater(p, id, &round) ? round->id : NoId;
    case EntityKind::Target: {
        const TargetOverride* target = findTarget(p, id);
        return target ? target->touchpointId : NoId;
    }
    case EntityKind::Metric: {
        const Metric* metric = findMetric(p, id);
        return metric ? metric->touchpointId : NoId;
    }
    default:
        return NoId;
    }
}

QString displayName(const Project& project, EntityKind kind, Id id)
{
    auto nameOf = [](const auto* entity) { return entity ? entity->name : QString(); };
    switch (kind) {
    case EntityKind::Project:
        return project.name;
    case EntityKind::Persona:
        return nameOf(findPersona(project, id));
    case EntityKind::Journey:
        return nameOf(findJourney(project, id));
    case EntityKind::Stage:
        return nameOf(findStage(project, id));
    case EntityKind::Lane:
        return nameOf(findLane(project, id));
    case EntityKind::Card: {
        const LaneCard* card = findCard(project, id);
        return card ? card->text : QString();
    }
    case EntityKind::Touchpoint:
        return nameOf(findTouchpoint(project, id));
    case EntityKind::Framework:
        return nameOf(findFramework(project, id));
    case EntityKind::Criterion:
        return nameOf(findCriterion(project, id));
    case EntityKind::Round:
        return nameOf(findRound(project, id));
    case EntityKind::Rater:
        return nameOf(findRater(project, id));
    case EntityKind::Metric:
    case EntityKind::Target:
        return QString();
    case EntityKind::Action: {
        const Action* action = findAction(project, id);
        return action ? action->title : QString();
    }
    }
    return {};
}

QString quoted(const QString& name)
{
    constexpr int MaxLength = 40;
    QString line = name.simplified();
    if (line.size() > MaxLength)
        line = line.left(MaxLength - 1).trimmed() + QChar(0x2026);
    //: A name quoted inside a sentence, with the quotation marks of your
    //: language.
    return QCoreApplication::translate("js::ProjectQueries", "\u201C%1\u201D").arg(line);
}

std::vector<Id> touchpointIds(const Journey& journey)
{
    std::vector<Id> ids;
    for (const Stage& stage : journey.stages) {
        for (const Touchpoint& touchpoint : stage.touchpoints)
            ids.push_back(touchpoint.id);
    }
    return ids;
}

Id maxId(const Project& project)
{
    Id top = NoId;
    auto see = [&top](Id id) { top = std::max(top, id); };
    for (const Persona& p : project.personas)
        see(p.id);
    for (const Journey& j : project.journeys) {
        see(j.id);
        for (const Lane& l : j.lanes)
            see(l.id);
        for (const Stage& s : j.stages) {
            see(s.id);
            for (const Touchpoint& t : s.touchpoints)
                see(t.id);
            for (const LaneCard& c : s.cards)
                see(c.id);
        }
    }
    for (const Framework& f : project.frameworks) {
        see(f.id);
        for (const Criterion& c : f.criteria)
            see(c.id);
    }
    for (const Round& r : project.rounds) {
        see(r.id);
        for (const Rater& rater : r.raters)
            see(rater.id);
    }
    for (const Metric& m : project.metrics)
        see(m.id);
    for (const TargetOverride& t : project.targets)
        see(t.id);
    for (const Action& a : project.actions)
        see(a.id);
    return top;
}

ProjectCounts countProject(const Project& project)
{
    ProjectCounts counts;
    counts.journeys = static_cast<int>(project.journeys.size());
    for (const Journey& j : project.journeys) {
        counts.stages += static_cast<int>(j.stages.size());
        for (const Stage& s : j.stages)
            counts.touchpoints += static_cast<int>(s.touchpoints.size());
    }
    for (const auto& [key, rating] : project.ratings) {
        if (rating.score != Rating::NotRated)
            ++counts.ratings;
    }
    return counts;
}

const Round* latestRound(const Project& project, Id journeyId)
{
    const Round* latest = nullptr;
    for (const Round& round : project.rounds) {
        if (round.journeyId == journeyId && (!latest || round.date >= latest->date))
            latest = &round;
    }
    return latest;
}

const Metric* latestMetric(const Project& project, Id touchpointId, MetricKind kind)
{
    const Metric* latest = nullptr;
    for (const Metric& metric : project.metrics) {
        if (metric.touchpointId == touchpointId && metric.kind == kind &&
            (!latest || metric.date >= latest->date))
            latest = &metric;
    }
    return latest;
}

bool roundHasRatings(const Project& project, Id roundId)
{
    const auto first = project.ratings.lower_bound(RatingKey{roundId, NoId, NoId, NoId});
    return first != project.ratings.end() && first->first.round == roundId;
}

bool roundRatesCriterion(const Project& project, Id roundId, Id criterionId)
{
    for (auto it = project.ratings.lower_bound(RatingKey{roundId, NoId, NoId, NoId});
         it != project.ratings.end() && it->first.round == roundId; ++it) {
        if (it->first.criterion == criterionId)
            return true;
    }
    return false;
}

const Round* lockedRoundRating(const Project& project, const std::set<Id>& criteria)
{
    for (const Round& round : project.rounds) {
        if (!round.locked)
            continue;
        for (Id criterion : criteria) {
            if (roundRatesCriterion(project, round.id, criterion))
                return &round;
        }
    }
    return nullptr;
}

const TargetOverride* findTargetOverride(const Project& project, Id roundId, Id touchpointId,
                                         Id criterionId)
{
    for (const TargetOverride& target : project.targets) {
        if (target.roundId == roundId && target.touchpointId == touchpointId &&
            target.criterionId == criterionId)
            return &target;
    }
    return nullptr;
}

double targetFor(const Project& project, Id roundId, const RoundCriterion& criterion,
                 Id touchpointId)
{
    const TargetOverride* override =
        findTargetOverride(project, roundId, touchpointId, criterion.criterionId);
    return override ? override->target : criterion.target;
}

bool laneHasCards(const Project& project, Id laneId)
{
    for (const Journey& journey : project.journeys) {
        for (const Stage& stage : journey.stages) {
            for (const LaneCard& card : stage.cards) {
                if (card.laneId == laneId)
                    return true;
            }
        }
    }
    return false;
}

namespace {

QString counted(int n, const char* one, const char* many)
{
    return QCoreApplication::translate("js::ProjectCounts", n == 1 ? one : many).arg(n);
}

} // namespace

QString describeCounts(const ProjectCounts& counts)
{
    return QCoreApplication::translate("js::ProjectCounts", "%1, %2, %3, %4")
        .arg(counted(counts.journeys, QT_TRANSLATE_NOOP("js::ProjectCounts", "%1 journey"),
                     QT_TRANSLATE_NOOP("js::ProjectCounts", "%1 journeys")),
             counted(counts.stages, QT_TRANSLATE_NOOP("js::ProjectCounts", "%1 stage"),
                     QT_TRANSLATE_NOOP("js::ProjectCounts", "%1 stages")),
             counted(counts.touchpoints, QT_TRANSLATE_NOOP("js::ProjectCounts", "%1 touchpoint"),
                     QT_TRANSLATE_NOOP("js::ProjectCounts", "%1 touchpoints")),
             counted(counts.ratings, QT_TRANSLATE_NOOP("js::ProjectCounts", "%1 rating"),
                     QT_TRANSLATE_NOOP("js::ProjectCounts", "%1 ratings")));
}

} // namespace js
