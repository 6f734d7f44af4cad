#pragma once

#include "core/content/JourneyTemplates.h"
#include "core/document/ProjectDocument.h"
#include "core/model/ProjectQueries.h"

#include <random>

namespace js::test {

// Applies random valid-or-invalid operations of every kind to a document, for
// tests that must hold whatever the user does.
class RandomEditor {
public:
    RandomEditor(ProjectDocument& document, unsigned seed)
        : m_document(document)
        , m_random(seed)
    {}

    // Tries one random operation; returns whether it was applied.
    bool step()
    {
        const Project& p = m_document.project();
        switch (pick(23)) {
        case 0:
            return m_document.set(any(touchpoints()), &Touchpoint::name, text());
        case 1:
            return m_document.set(any(touchpoints()), &Touchpoint::importance, pick(5) + 1);
        case 2:
            return m_document.set(any(touchpoints()), &Touchpoint::emotion, pick(7) - 3);
        case 3:
            return m_document.addTouchpoint(
                       any(stages()), pick(4),
                       Touchpoint{NoId, text(), Channel(pick(ChannelCount)), text(), {}, 3, 0}) !=
                   NoId;
        case 4:
            return m_document.removeTouchpoint(any(touchpoints()));
        case 5: {
            const Id touchpoint = any(touchpoints());
            const Journey* journey = journeyOfTouchpoint(p, touchpoint);
            if (!journey || journey->stages.empty())
                return false;
            return m_document.moveTouchpoint(
                touchpoint, journey->stages[size_t(pick(int(journey->stages.size())))].id, pick(4));
        }
        case 6:
            return m_document.addStage(any(journeys()), pick(6), Stage{NoId, text(), {}, {}, {}}) !=
                   NoId;
        case 7:
            return pick(4) == 0 && m_document.removeStage(any(stages()));
        case 8:
            return m_document.moveStage(any(stages()), pick(6));
        case 9: {
            const Id stage = any(stages());
            const Journey* journey = journeyOfStage(p, stage);
            return journey && m_document.addCard(
                                  stage,
                                  journey->lanes.empty()
                                      ? NoId
                                      : journey->lanes[size_t(pick(int(journey->lanes.size())))].id,
                                  pick(3), text()) != NoId;
        }
        case 10: {
            const Id card = any(cards());
            const Id stage = any(stages());
            const Journey* journey = journeyOfStage(p, stage);
            return journey && !journey->lanes.empty() &&
                   m_document.moveCard(card, stage,
                                       journey->lanes[size_t(pick(int(journey->lanes.size())))].id,
                                       pick(3));
        }
        case 11:
            return m_document.removeCard(any(cards()));
        case 12:
            return m_document.setRatingScore(anyKey(), pick(7) - 1);
        case 13:
            return m_document.setRatingNote(anyKey(), text());
        case 14:
            return m_document.clearRating(anyKey());
        case 15:
            return pick(8) == 0 &&
                   m_document.addJourney(journeyFromTemplate(JourneyTemplate(pick(3)))) != NoId;
        case 16:
            return pick(10) == 0 && m_document.removeJourney(any(journeys()));
        case 17:
            return pick(3) == 0 &&
                   m_document.addRater(any(rounds()), pick(3), Rater{NoId, text(), {}}) != NoId;
        case 18:
            return pick(6) == 0 && m_document.removeRater(any(raters()));
        case 19: {
            const Id criterion = any(criteria());
            return pick(2) == 0 ? m_document.set(criterion, &Criterion::weight, double(pick(3) + 1))
                                : m_document.moveCriterion(criterion, pick(6));
        }
        case 20:
            return m_document.addLane(any(journeys()), pick(4),
                                      Lane{NoId, text(), LaneKind::Text}) != NoId;
        case 21:
            return pick(3) == 0 && m_document.removeLane(any(lanes()));
        case 22:
            return m_document.moveLane(any(lanes()), pick(4));
        }
        return false;
    }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    QString text() { return QStringLiteral("t%1").arg(pick(1000)); }
    Id any(const std::vector<Id>& ids)
    {
        return ids.empty() ? Id(12345678) : ids[size_t(pick(int(ids.size())))];
    }

    std::vector<Id> journeys() const
    {
        std::vector<Id> ids;
        for (const Journey& j : m_document.project().journeys)
            ids.push_back(j.id);
        return ids;
    }
    std::vector<Id> stages() const
    {
        std::vector<Id> ids;
        for (const Journey& j : m_document.project().journeys)
            for (const Stage& s : j.stages)
                ids.push_back(s.id);
        return ids;
    }
    std::vector<Id> touchpoints() const
    {
        std::vector<Id> ids;
        for (const Journey& j : m_document.project().journeys)
            for (Id id : touchpointIds(j))
                ids.push_back(id);
        return ids;
    }
    std::vector<Id> lanes() const
    {
        std::vector<Id> ids;
        for (const Journey& j : m_document.project().journeys)
            for (const Lane& l : j.lanes)
                ids.push_back(l.id);
        return ids;
    }
    std::vector<Id> cards() const
    {
        std::vector<Id> ids;
        for (const Journey& j : m_document.project().journeys)
            for (const Stage& s : j.stages)
                for (const LaneCard& c : s.cards)
                    ids.push_back(c.id);
        return ids;
    }
    std::vector<Id> rounds() const
    {
        std::vector<Id> ids;
        for (const Round& r : m_document.project().rounds)
            ids.push_back(r.id);
        return ids;
    }
    std::vector<Id> raters() const
    {
        std::vector<Id> ids;
        for (const Round& r : m_document.project().rounds)
            for (const Rater& rater : r.raters)
                ids.push_back(rater.id);
        return ids;
    }
    std::vector<Id> criteria() const
    {
        std::vector<Id> ids;
        for (const Framework& f : m_document.project().frameworks)
            for (const Criterion& c : f.criteria)
                ids.push_back(c.id);
        return ids;
    }
    RatingKey anyKey()
    {
        const Project& p = m_document.project();
        if (p.rounds.empty())
            return {};
        const Round& round = p.rounds[size_t(pick(int(p.rounds.size())))];
        return RatingKey{
            round.id,
            round.raters.empty() ? NoId : round.raters[size_t(pick(int(round.raters.size())))].id,
            any(touchpoints()), any(criteria())};
    }

    ProjectDocument& m_document;
    std::mt19937 m_random;
};

} // namespace js::test
