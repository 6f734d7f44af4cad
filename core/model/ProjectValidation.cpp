#include "core/model/ProjectValidation.h"

#include "core/model/ProjectQueries.h"

#include <QCoreApplication>

#include <set>

namespace js {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("js::ProjectValidation", text);
}

class Validator {
public:
    explicit Validator(const Project& project)
        : m_project(project)
    {}

    QString run();

private:
    bool id(Id value);
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

bool Validator::id(Id value)
{
    if (value <= 0)
        return fail(tr("an id is not a positive number"));
    if (!m_ids.insert(value).second)
        return fail(tr("the id %1 is used twice").arg(value));
    return true;
}

QString Validator::run()
{
    const Project& p = m_project;
    for (const Persona& persona : p.personas)
        id(persona.id);
    for (const Journey& journey : p.journeys) {
        id(journey.id);
        if (journey.personaId != NoId && !findPersona(p, journey.personaId))
            fail(tr("journey “%1” names a persona that does not exist").arg(journey.name));
        for (const Lane& lane : journey.lanes)
            id(lane.id);
        for (const Stage& stage : journey.stages) {
            id(stage.id);
            for (const Touchpoint& t : stage.touchpoints) {
                id(t.id);
                if (t.importance < Touchpoint::MinImportance ||
                    t.importance > Touchpoint::MaxImportance)
                    fail(tr("touchpoint “%1” has an importance outside 1 to 5").arg(t.name));
                if (t.emotion < Touchpoint::MinEmotion || t.emotion > Touchpoint::MaxEmotion)
                    fail(tr("touchpoint “%1” has an emotion outside -3 to +3").arg(t.name));
            }
            for (const LaneCard& card : stage.cards) {
                id(card.id);
                const Lane* lane = findById(journey.lanes, card.laneId);
                if (!lane || lane->kind != LaneKind::Text)
                    fail(tr("a card in stage “%1” is not in a text lane of its journey")
                             .arg(stage.name));
            }
        }
    }
    for (const Framework& framework : p.frameworks) {
        id(framework.id);
        for (const Criterion& c : framework.criteria) {
            id(c.id);
            if (!(c.weight > 0.0))
                fail(tr("criterion “%1” has a weight that is not above 0").arg(c.name));
            if (c.target < MinScore || c.target > MaxScore)
                fail(tr("criterion “%1” has a target outside 1 to 5").arg(c.name));
        }
    }
    for (const Round& round : p.rounds) {
        id(round.id);
        if (round.journeyId != NoId && !findJourney(p, round.journeyId))
            fail(tr("round “%1” names a journey that does not exist").arg(round.name));
        for (const Rater& rater : round.raters)
            id(rater.id);
    }
    for (const Metric& m : p.metrics) {
        id(m.id);
        if (m.touchpointId != NoId && !findTouchpoint(p, m.touchpointId))
            fail(tr("a metric names a touchpoint that does not exist"));
    }
    for (const Action& a : p.actions) {
        id(a.id);
        if (a.touchpointId != NoId && !findTouchpoint(p, a.touchpointId))
            fail(tr("action “%1” names a touchpoint that does not exist").arg(a.title));
        if (a.criterionId != NoId && !findCriterion(p, a.criterionId))
            fail(tr("action “%1” names a criterion that does not exist").arg(a.title));
        if (a.impact < 1 || a.impact > 5 || a.effort < 1 || a.effort > 5)
            fail(tr("action “%1” has an impact or effort outside 1 to 5").arg(a.title));
    }
    if (!m_error.isEmpty())
        return m_error;
    // Ratings: checked against sets, since a large project has many.
    std::set<std::pair<Id, Id>> raters;
    for (const Round& round : p.rounds) {
        for (const Rater& rater : round.raters)
            raters.insert({round.id, rater.id});
    }
    std::set<Id> touchpoints;
    for (const Journey& journey : p.journeys) {
        for (Id t : touchpointIds(journey))
            touchpoints.insert(t);
    }
    std::set<Id> criteria;
    for (const Framework& framework : p.frameworks) {
        for (const Criterion& c : framework.criteria)
            criteria.insert(c.id);
    }
    for (const auto& [key, rating] : p.ratings) {
        if (!raters.contains({key.round, key.rater}) || !touchpoints.contains(key.touchpoint) ||
            !criteria.contains(key.criterion))
            return tr("a rating names a round, rater, touchpoint or criterion that does not exist");
        if (!isValidScore(rating.score))
            return tr("a rating has a score outside 1 to 5");
    }
    return m_error;
}

} // namespace

QString validateProject(const Project& project)
{
    return Validator(project).run();
}

} // namespace js
