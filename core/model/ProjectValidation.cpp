#include "core/model/ProjectValidation.h"

#include "core/model/ProjectQueries.h"
#include "core/model/ValueRanges.h"

#include <QCoreApplication>

#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace js {

namespace {

struct ProjectValidationText {
    Q_DECLARE_TR_FUNCTIONS(js::ProjectValidation)
};

// "touchpoint “Checkout”", from a translatable pattern and a name.
QString named(const char* kind, const QString& name)
{
    return QCoreApplication::translate("js::ProjectValidation", kind).arg(name);
}

class Validator {
public:
    explicit Validator(const Project& project)
        : m_project(project)
    {}

    QString run();

private:
    bool id(Id value, const QString& what);
    bool fail(const QString& why)
    {
        if (m_error.isEmpty())
            m_error = why;
        return false;
    }

    const Project& m_project;
    std::set<Id> m_ids;
    QString m_error;
};

bool Validator::id(Id value, const QString& what)
{
    if (value <= 0 || value > MaxId)
        return fail(ProjectValidationText::tr(
                        "%1 has the id %2, which is not a whole number from 1 to 2^53")
                        .arg(what)
                        .arg(value));
    if (!m_ids.insert(value).second)
        return fail(ProjectValidationText::tr("%1 has the id %2, which something else has too")
                        .arg(what)
                        .arg(value));
    return true;
}

QString Validator::run()
{
    const Project& p = m_project;
    for (const Persona& persona : p.personas)
        id(persona.id,
           named(QT_TRANSLATE_NOOP("js::ProjectValidation", "persona “%1”"), persona.name));
    for (const Journey& journey : p.journeys) {
        id(journey.id,
           named(QT_TRANSLATE_NOOP("js::ProjectValidation", "journey “%1”"), journey.name));
        if (journey.personaId != NoId && !findPersona(p, journey.personaId))
            fail(ProjectValidationText::tr("journey “%1” names a persona that does not exist")
                     .arg(journey.name));
        for (const Lane& lane : journey.lanes)
            id(lane.id, named(QT_TRANSLATE_NOOP("js::ProjectValidation", "lane “%1”"), lane.name));
        if (!hasValidLaneKinds(journey))
            fail(ProjectValidationText::tr("journey “%1” has more than one touchpoint lane, "
                                           "emotion lane or lane of scores")
                     .arg(journey.name));
        for (const Stage& stage : journey.stages) {
            id(stage.id,
               named(QT_TRANSLATE_NOOP("js::ProjectValidation", "stage “%1”"), stage.name));
            for (const Touchpoint& t : stage.touchpoints) {
                id(t.id,
                   named(QT_TRANSLATE_NOOP("js::ProjectValidation", "touchpoint “%1”"), t.name));
                if (!ranges::importance.contains(t.importance))
                    fail(ProjectValidationText::tr(
                             "touchpoint “%1” has an importance outside 1 to 5")
                             .arg(t.name));
                if (!ranges::emotion.contains(t.emotion))
                    fail(
                        ProjectValidationText::tr("touchpoint “%1” has an emotion outside -3 to +3")
                            .arg(t.name));
            }
            for (const LaneCard& card : stage.cards) {
                id(card.id,
                   named(QT_TRANSLATE_NOOP("js::ProjectValidation", "a card in stage “%1”"),
                         stage.name));
                const Lane* lane = findById(journey.lanes, card.laneId);
                if (!lane || lane->kind != LaneKind::Text)
                    fail(ProjectValidationText::tr(
                             "a card in stage “%1” is not in a text lane of its journey")
                             .arg(stage.name));
            }
        }
    }
    for (const Framework& framework : p.frameworks) {
        id(framework.id,
           named(QT_TRANSLATE_NOOP("js::ProjectValidation", "framework “%1”"), framework.name));
        for (const Criterion& c : framework.criteria) {
            id(c.id, named(QT_TRANSLATE_NOOP("js::ProjectValidation", "criterion “%1”"), c.name));
            if (!ranges::weight.contains(c.weight))
                fail(ProjectValidationText::tr("criterion “%1” has a weight outside 0 to 100")
                         .arg(c.name));
            if (c.target < MinScore || c.target > MaxScore)
                fail(ProjectValidationText::tr("criterion “%1” has a target outside 1 to 5")
                         .arg(c.name));
        }
    }
    for (const Round& round : p.rounds) {
        id(round.id, named(QT_TRANSLATE_NOOP("js::ProjectValidation", "round “%1”"), round.name));
        if (!findJourney(p, round.journeyId))
            fail(ProjectValidationText::tr("round “%1” names no journey that exists")
                     .arg(round.name));
        std::set<Id> rated;
        for (const RoundCriterion& c : round.criteria) {
            if (!findCriterion(p, c.criterionId) || !rated.insert(c.criterionId).second)
                fail(ProjectValidationText::tr(
                         "round “%1” rates a criterion that does not exist, or one twice")
                         .arg(round.name));
            if (!ranges::weight.contains(c.weight) || c.target < MinScore || c.target > MaxScore)
                fail(ProjectValidationText::tr(
                         "round “%1” gives a criterion a weight outside 0 to 100 or a target "
                         "outside 1 to 5")
                         .arg(round.name));
        }
        for (const Rater& rater : round.raters)
            id(rater.id,
               named(QT_TRANSLATE_NOOP("js::ProjectValidation", "rater “%1”"), rater.name));
    }
    for (const Metric& m : p.metrics) {
        id(m.id, named(QT_TRANSLATE_NOOP("js::ProjectValidation", "a metric of kind “%1”"),
                       metricKindKey(m.kind)));
        if (m.touchpointId != NoId && !findTouchpoint(p, m.touchpointId))
            fail(ProjectValidationText::tr(
                     "a metric of kind “%1” names a touchpoint that does not exist")
                     .arg(metricKindKey(m.kind)));
        if (m.count < 0 || !std::isfinite(m.value))
            fail(ProjectValidationText::tr(
                     "a metric of kind “%1” has a negative count or an impossible value")
                     .arg(metricKindKey(m.kind)));
    }
    std::set<std::tuple<Id, Id, Id>> overridden;
    for (const TargetOverride& t : p.targets) {
        id(t.id, named(QT_TRANSLATE_NOOP("js::ProjectValidation", "a target of touchpoint %1"),
                       QString::number(t.touchpointId)));
        if (!findRound(p, t.roundId) || !findTouchpoint(p, t.touchpointId) ||
            !findCriterion(p, t.criterionId))
            fail(ProjectValidationText::tr(
                "a target names a round, touchpoint or criterion that does not exist"));
        else if (!overridden.insert({t.roundId, t.touchpointId, t.criterionId}).second)
            fail(ProjectValidationText::tr(
                     "touchpoint “%1” has two targets for one criterion in one round")
                     .arg(findTouchpoint(p, t.touchpointId)->name));
        if (!(t.target >= MinScore && t.target <= MaxScore))
            fail(ProjectValidationText::tr("a target of touchpoint “%1” is outside 1 to 5")
                     .arg(findTouchpoint(p, t.touchpointId)
                              ? findTouchpoint(p, t.touchpointId)->name
                              : QString()));
    }
    for (const Action& a : p.actions) {
        id(a.id, named(QT_TRANSLATE_NOOP("js::ProjectValidation", "action “%1”"), a.title));
        if (a.touchpointId != NoId && !findTouchpoint(p, a.touchpointId))
            fail(ProjectValidationText::tr("action “%1” names a touchpoint that does not exist")
                     .arg(a.title));
        if (a.criterionId != NoId && !findCriterion(p, a.criterionId))
            fail(ProjectValidationText::tr("action “%1” names a criterion that does not exist")
                     .arg(a.title));
        if (a.impact < 1 || a.impact > 5 || a.effort < 1 || a.effort > 5)
            fail(ProjectValidationText::tr("action “%1” has an impact or effort outside 1 to 5")
                     .arg(a.title));
    }
    if (!m_error.isEmpty())
        return m_error;
    // Ratings: checked against sets, since a large project has many.
    std::set<std::pair<Id, Id>> raters;
    for (const Round& round : p.rounds) {
        for (const Rater& rater : round.raters)
            raters.insert({round.id, rater.id});
    }
    // Touchpoint -> its journey.
    std::map<Id, Id> touchpoints;
    for (const Journey& journey : p.journeys) {
        for (Id t : touchpointIds(journey))
            touchpoints[t] = journey.id;
    }
    std::map<Id, const Round*> rounds;
    for (const Round& round : p.rounds)
        rounds[round.id] = &round;
    // The criteria each round rates.
    std::set<std::pair<Id, Id>> criteria;
    for (const Round& round : p.rounds) {
        for (const RoundCriterion& c : round.criteria)
            criteria.insert({round.id, c.criterionId});
    }
    // Ratings come in key order: one rater's ratings of one touchpoint
    // follow each other, so what was looked up for the last one holds for the
    // next one with the same round, rater and touchpoint.
    const RatingKey* last = nullptr;
    const Round* round = nullptr;
    Id journeyOfTouchpoint = NoId;
    for (const auto& [key, rating] : p.ratings) {
        const bool sameRater = last && last->round == key.round && last->rater == key.rater;
        const bool sameTouchpoint = sameRater && last->touchpoint == key.touchpoint;
        if (!sameTouchpoint) {
            const auto touchpoint = touchpoints.find(key.touchpoint);
            if ((!sameRater && !raters.contains({key.round, key.rater})) ||
                touchpoint == touchpoints.end())
                return ProjectValidationText::tr(
                    "a rating names a round, rater, touchpoint or criterion that does not exist");
            if (!sameRater)
                round = rounds.at(key.round);
            journeyOfTouchpoint = touchpoint->second;
        }
        last = &key;
        // A round rates its journey's touchpoints on its own criteria.
        if (journeyOfTouchpoint != round->journeyId)
            return ProjectValidationText::tr(
                       "round “%1” holds a rating of a touchpoint on another journey")
                .arg(round->name);
        if (!criteria.contains({key.round, key.criterion}))
            return ProjectValidationText::tr(
                       "round “%1” holds a rating on a criterion it does not rate")
                .arg(round->name);
        if (!isValidScore(rating.score))
            return ProjectValidationText::tr("a rating has a score outside 1 to 5");
        if (rating.score == Rating::NotRated && rating.note.isEmpty())
            return ProjectValidationText::tr("a rating holds neither a score nor a note");
    }
    return m_error;
}

} // namespace

QString validateProject(const Project& project)
{
    return Validator(project).run();
}

} // namespace js
