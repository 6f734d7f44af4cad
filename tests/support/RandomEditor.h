#pragma once

#include "SampleProject.h"
#include "core/content/BuiltInFrameworks.h"
#include "core/content/JourneyTemplates.h"
#include "core/document/ProjectDocument.h"
#include "core/model/ProjectQueries.h"

#include <functional>
#include <random>
#include <vector>

namespace js::test {

// Applies random operations of every kind the document offers (structure,
// every field of every entity, ratings) to a document, valid or not, for tests
// that must hold whatever the user does.
class RandomEditor {
public:
    RandomEditor(ProjectDocument& document, unsigned seed)
        : m_document(document)
        , m_random(seed)
    {
        addStructureOperations();
        addFieldOperations();
        addAssessmentOperations();
    }

    // Tries one random operation; returns whether it was applied.
    bool step()
    {
        m_lastKind = pick(int(m_operations.size()));
        return m_operations[size_t(m_lastKind)]();
    }

    // How many kinds of operation there are, and which the last step tried.
    int kinds() const { return int(m_operations.size()); }
    int lastKind() const { return m_lastKind; }

private:
    using Operation = std::function<bool()>;

    // Adds an operation that runs only one time in `rarity`, for those that
    // would empty the project if they ran as often as the rest.
    void add(Operation operation, int rarity = 1)
    {
        if (rarity <= 1) {
            m_operations.push_back(std::move(operation));
            return;
        }
        m_operations.push_back([this, rarity, operation = std::move(operation)] {
            return pick(rarity) == 0 && operation();
        });
    }

    void addStructureOperations()
    {
        ProjectDocument& d = m_document;
        add([&] {
            return d.addPersona(Persona{NoId, text(), text(), {}, {}, {}, {}, {}}, pick(3));
        });
        add([&] { return d.removePersona(any(personas())); }, 4);
        add([&] { return d.movePersona(any(personas()), pick(3)); });
        add(
            [&] {
                Journey journey = journeyFromTemplate(JourneyTemplate(pick(3)));
                journey.personaId = any(personas());
                return d.addJourney(journey, pick(3)) != NoId;
            },
            6);
        add([&] { return d.removeJourney(any(journeys())); }, 12);
        add([&] { return d.moveJourney(any(journeys()), pick(3)); });
        add([&] { return d.addStage(any(journeys()), pick(6), Stage{NoId, text(), {}, {}, {}}); });
        add([&] { return d.removeStage(any(stages())); }, 4);
        add([&] { return d.moveStage(any(stages()), pick(6)); });
        add([&] {
            return d.addLane(any(journeys()), pick(4),
                             Lane{NoId, text(), LaneKind(pick(LaneKindCount)), pick(4) == 0}) !=
                   NoId;
        });
        add([&] { return d.removeLane(any(lanes())); }, 3);
        add([&] { return d.moveLane(any(lanes()), pick(4)); });
        add([&] {
            const Id stage = any(stages());
            return d.addCard(stage, laneOf(stage), pick(3), text()) != NoId;
        });
        add([&] { return d.removeCard(any(cards())); });
        add([&] {
            const Id stage = any(stages());
            return d.moveCard(any(cards()), stage, laneOf(stage), pick(3));
        });
        add([&] {
            return d.addTouchpoint(
                       any(stages()), pick(4),
                       Touchpoint{NoId, text(), Channel(pick(ChannelCount)), text(), {}, 3, 0}) !=
                   NoId;
        });
        add([&] { return d.removeTouchpoint(any(touchpoints())); }, 2);
        add([&] {
            const Id touchpoint = any(touchpoints());
            const Journey* journey = journeyOfTouchpoint(d.project(), touchpoint);
            if (!journey || journey->stages.empty())
                return false;
            const Stage& to = journey->stages[size_t(pick(int(journey->stages.size())))];
            return d.moveTouchpoint(touchpoint, to.id, pick(4));
        });
        add(
            [&] {
                const std::vector<Framework> builtIn = builtInFrameworks();
                Framework framework = pick(2) == 0 ? builtIn[size_t(pick(int(builtIn.size())))]
                                                   : Framework{NoId, {}, text(), text(), {}};
                return d.addFramework(framework, pick(3)) != NoId;
            },
            6);
        add([&] { return d.removeFramework(any(frameworks())); }, 12);
        add([&] { return d.moveFramework(any(frameworks()), pick(3)); });
        add([&] {
            Criterion criterion;
            criterion.name = text();
            criterion.questions = {text(), text()};
            return d.addCriterion(any(frameworks()), pick(6), criterion) != NoId;
        });
        add([&] { return d.removeCriterion(any(criteria())); }, 4);
        add([&] { return d.moveCriterion(any(criteria()), pick(6)); });
        add(
            [&] {
                return d.addRound(makeRound(text(), any(journeys()), QDate(2026, 1 + pick(12), 1)),
                                  pick(3)) != NoId;
            },
            4);
        add([&] { return d.removeRound(any(rounds())); }, 10);
        add(
            [&] {
                return d.addRater(any(rounds()), pick(3), Rater{NoId, text(), text()}) != NoId;
            },
            2);
        add([&] { return d.removeRater(any(raters())); }, 4);
        add([&] {
            Metric metric;
            metric.touchpointId = pick(3) == 0 ? NoId : any(touchpoints());
            metric.kind = MetricKind(pick(MetricKindCount));
            metric.value = pick(100);
            metric.count = pick(50);
            return d.addMetric(metric, pick(3)) != NoId;
        });
        add([&] { return d.removeMetric(any(metrics())); }, 2);
        add([&] {
            Action action;
            action.title = text();
            action.touchpointId = any(touchpoints());
            action.criterionId = any(criteria());
            return d.addAction(action, pick(3)) != NoId;
        });
        add([&] { return d.removeAction(any(actions())); }, 2);
    }

    void addFieldOperations()
    {
        ProjectDocument& d = m_document;
        add([&] { return d.set(NoId, &Project::name, text()); });
        add([&] { return d.set(NoId, &Project::client, text()); });
        add([&] { return d.set(NoId, &Project::description, text()); });
        add([&] {
            const Id id = any(personas());
            switch (pick(7)) {
            case 0:
                return d.set(id, &Persona::name, text());
            case 1:
                return d.set(id, &Persona::role, text());
            case 2:
                return d.set(id, &Persona::description, text());
            case 3:
                return d.set(id, &Persona::goals, text());
            case 4:
                return d.set(id, &Persona::frustrations, text());
            case 5:
                return d.set(id, &Persona::quote, text());
            default:
                return d.set(id, &Persona::photo, text().toUtf8());
            }
        });
        add([&] {
            const Id id = any(journeys());
            switch (pick(4)) {
            case 0:
                return d.set(id, &Journey::name, text());
            case 1:
                return d.set(id, &Journey::description, text());
            case 2:
                return d.set(id, &Journey::personaId, pick(4) == 0 ? NoId : any(personas()));
            default:
                return d.set(id, &Journey::state, JourneyState(pick(2)));
            }
        });
        add([&] {
            const Id id = any(stages());
            return pick(2) == 0 ? d.set(id, &Stage::name, text())
                                : d.set(id, &Stage::description, text());
        });
        add([&] {
            const Id id = any(lanes());
            switch (pick(3)) {
            case 0:
                return d.set(id, &Lane::name, text());
            case 1:
                return d.set(id, &Lane::kind, LaneKind(pick(LaneKindCount)));
            default:
                return d.set(id, &Lane::hidden, pick(2) == 0);
            }
        });
        add([&] { return d.set(any(cards()), &LaneCard::text, text()); });
        add([&] {
            const Id id = any(touchpoints());
            switch (pick(6)) {
            case 0:
                return d.set(id, &Touchpoint::name, text());
            case 1:
                return d.set(id, &Touchpoint::channel, Channel(pick(ChannelCount)));
            case 2:
                return d.set(id, &Touchpoint::owner, text());
            case 3:
                return d.set(id, &Touchpoint::description, text());
            case 4:
                return d.set(id, &Touchpoint::importance, pick(7));
            default:
                return d.set(id, &Touchpoint::emotion, pick(9) - 4);
            }
        });
        add([&] {
            const Id id = any(frameworks());
            return pick(2) == 0 ? d.set(id, &Framework::name, text())
                                : d.set(id, &Framework::description, text());
        });
        add([&] {
            const Id id = any(criteria());
            switch (pick(6)) {
            case 0:
                return d.set(id, &Criterion::name, text());
            case 1:
                return d.set(id, &Criterion::description, text());
            case 2:
                return d.set(id, &Criterion::questions, QStringList{text()});
            case 3:
                return d.set(id, &Criterion::weight, double(pick(4)));
            case 4:
                return d.set(id, &Criterion::target, double(pick(7)));
            default:
                return d.set(id, &Criterion::enabled, pick(2) == 0);
            }
        });
        add([&] {
            const Id id = any(rounds());
            switch (pick(5)) {
            case 0:
                return d.set(id, &Round::name, text());
            case 1:
                return d.set(id, &Round::description, text());
            case 2:
                return d.set(id, &Round::date, QDate(2026, 1 + pick(12), 1 + pick(28)));
            case 3:
                return d.set(id, &Round::journeyId, any(journeys()));
            default: {
                // Rate one criterion more, or one fewer.
                const Round* round = findRound(d.project(), id);
                if (!round)
                    return false;
                std::vector<RoundCriterion> chosen = round->criteria;
                if (!chosen.empty() && pick(2) == 0)
                    chosen.erase(chosen.begin() + pick(int(chosen.size())));
                else
                    chosen.push_back({any(criteria()), 0.5 + pick(4), 1.0 + pick(5)});
                return d.set(id, &Round::criteria, chosen);
            }
            }
        });
        // Locking now and then: most edits of a locked round are refused.
        add([&] {
            const Round* round = findRound(d.project(), any(rounds()));
            return round && d.set(round->id, &Round::locked, !round->locked);
        });
        add(
            [&] {
                return d.setTargetOverride(any(rounds()), any(touchpoints()), any(criteria()),
                                           pick(3) == 0 ? std::nullopt
                                                        : std::optional(1.0 + pick(9) * 0.5));
            },
            3);
        add([&] {
            const Id id = any(raters());
            return pick(2) == 0 ? d.set(id, &Rater::name, text()) : d.set(id, &Rater::role, text());
        });
        add([&] {
            const Id id = any(metrics());
            switch (pick(7)) {
            case 0:
                return d.set(id, &Metric::touchpointId, any(touchpoints()));
            case 1:
                return d.set(id, &Metric::kind, MetricKind(pick(MetricKindCount)));
            case 2:
                return d.set(id, &Metric::value, double(pick(200) - 100));
            case 3:
                return d.set(id, &Metric::count, pick(60) - 5);
            case 4:
                return d.set(id, &Metric::scale, text());
            case 5:
                return d.set(id, &Metric::date, QDate(2026, 1 + pick(12), 1));
            default:
                return d.set(id, &Metric::note, text());
            }
        });
        add([&] {
            const Id id = any(actions());
            switch (pick(9)) {
            case 0:
                return d.set(id, &Action::title, text());
            case 1:
                return d.set(id, &Action::description, text());
            case 2:
                return d.set(id, &Action::touchpointId, any(touchpoints()));
            case 3:
                return d.set(id, &Action::criterionId, any(criteria()));
            case 4:
                return d.set(id, &Action::owner, text());
            case 5:
                return d.set(id, &Action::due, QDate(2026, 1 + pick(12), 1));
            case 6:
                return d.set(id, &Action::status, ActionStatus(pick(ActionStatusCount)));
            case 7:
                return d.set(id, &Action::impact, pick(7));
            default:
                return d.set(id, &Action::effort, pick(7));
            }
        });
    }

    void addAssessmentOperations()
    {
        ProjectDocument& d = m_document;
        // Ratings are most of what a workshop enters.
        for (int i = 0; i < 4; ++i)
            add([&] { return d.setRatingScore(anyKey(), pick(7) - 1); });
        add([&] { return d.setRatingNote(anyKey(), text()); });
        add([&] { return d.clearRating(anyKey()); });
    }

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    QString text() { return QStringLiteral("t%1").arg(pick(1000)); }
    // A random id of the list, or now and then one that exists nowhere.
    Id any(const std::vector<Id>& ids)
    {
        if (ids.empty() || pick(50) == 0)
            return Id(12345678);
        return ids[size_t(pick(int(ids.size())))];
    }
    // A random lane of the stage's journey (text or not).
    Id laneOf(Id stage)
    {
        const Journey* journey = journeyOfStage(m_document.project(), stage);
        if (!journey || journey->lanes.empty())
            return NoId;
        return journey->lanes[size_t(pick(int(journey->lanes.size())))].id;
    }

    template <typename T> static void collect(const std::vector<T>& items, std::vector<Id>& ids)
    {
        for (const T& item : items)
            ids.push_back(item.id);
    }
    std::vector<Id> personas() const
    {
        std::vector<Id> ids;
        collect(m_document.project().personas, ids);
        return ids;
    }
    std::vector<Id> journeys() const
    {
        std::vector<Id> ids;
        collect(m_document.project().journeys, ids);
        return ids;
    }
    std::vector<Id> stages() const
    {
        std::vector<Id> ids;
        for (const Journey& j : m_document.project().journeys)
            collect(j.stages, ids);
        return ids;
    }
    std::vector<Id> lanes() const
    {
        std::vector<Id> ids;
        for (const Journey& j : m_document.project().journeys)
            collect(j.lanes, ids);
        return ids;
    }
    std::vector<Id> touchpoints() const
    {
        std::vector<Id> ids;
        for (const Journey& j : m_document.project().journeys)
            for (const Stage& s : j.stages)
                collect(s.touchpoints, ids);
        return ids;
    }
    std::vector<Id> cards() const
    {
        std::vector<Id> ids;
        for (const Journey& j : m_document.project().journeys)
            for (const Stage& s : j.stages)
                collect(s.cards, ids);
        return ids;
    }
    std::vector<Id> frameworks() const
    {
        std::vector<Id> ids;
        collect(m_document.project().frameworks, ids);
        return ids;
    }
    std::vector<Id> criteria() const
    {
        std::vector<Id> ids;
        for (const Framework& f : m_document.project().frameworks)
            collect(f.criteria, ids);
        return ids;
    }
    std::vector<Id> rounds() const
    {
        std::vector<Id> ids;
        collect(m_document.project().rounds, ids);
        return ids;
    }
    std::vector<Id> raters() const
    {
        std::vector<Id> ids;
        for (const Round& r : m_document.project().rounds)
            collect(r.raters, ids);
        return ids;
    }
    std::vector<Id> metrics() const
    {
        std::vector<Id> ids;
        collect(m_document.project().metrics, ids);
        return ids;
    }
    std::vector<Id> actions() const
    {
        std::vector<Id> ids;
        collect(m_document.project().actions, ids);
        return ids;
    }

    // A key of a rater of a round, a touchpoint (mostly of the round's
    // journey) and a criterion.
    RatingKey anyKey()
    {
        const Project& p = m_document.project();
        if (p.rounds.empty())
            return {};
        const Round& round = p.rounds[size_t(pick(int(p.rounds.size())))];
        std::vector<Id> candidates;
        if (const Journey* journey = findJourney(p, round.journeyId); journey && pick(10) != 0) {
            for (const Stage& s : journey->stages)
                collect(s.touchpoints, candidates);
        } else {
            candidates = touchpoints();
        }
        std::vector<Id> rated;
        for (const RoundCriterion& c : round.criteria)
            rated.push_back(c.criterionId);
        return RatingKey{
            round.id,
            round.raters.empty() ? NoId : round.raters[size_t(pick(int(round.raters.size())))].id,
            any(candidates), pick(10) == 0 ? any(criteria()) : any(rated)};
    }

    ProjectDocument& m_document;
    std::mt19937 m_random;
    std::vector<Operation> m_operations;
    int m_lastKind = -1;
};

} // namespace js::test
