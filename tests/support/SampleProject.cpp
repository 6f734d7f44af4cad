#include "SampleProject.h"

#include "core/content/BuiltInFrameworks.h"
#include "core/content/DemoProject.h"
#include "core/content/JourneyTemplates.h"

namespace js::test {

Round makeRound(const QString& name, Id journey, QDate date, std::vector<RoundCriterion> criteria)
{
    Round round;
    round.name = name;
    round.journeyId = journey;
    round.date = date;
    round.criteria = std::move(criteria);
    return round;
}

Project unlockedDemo()
{
    Project project = demoProject();
    for (Round& round : project.rounds)
        round.locked = false;
    return project;
}

std::vector<RoundCriterion> allCriteria(const Project& project)
{
    std::vector<RoundCriterion> criteria;
    for (const Framework& framework : project.frameworks) {
        for (const Criterion& criterion : framework.criteria)
            criteria.push_back({criterion.id, criterion.weight, criterion.target});
    }
    return criteria;
}

Sample buildSample(ProjectDocument& document)
{
    Sample s;
    document.set(NoId, &Project::name, QStringLiteral("Sample project"));
    s.persona = document.addPersona(
        Persona{NoId, QStringLiteral("Ana"), QStringLiteral("Buyer"), {}, {}, {}, {}, {}});
    Journey journey = journeyFromTemplate(JourneyTemplate::Lifecycle);
    journey.name = QStringLiteral("Current journey");
    journey.personaId = s.persona;
    s.journey = document.addJourney(journey);
    const Journey* j = findJourney(document.project(), s.journey);
    s.stage = j->stages[0].id;
    s.otherStage = j->stages[1].id;
    s.textLane = j->lanes[0].id;
    s.touchpoint = document.addTouchpoint(s.stage, -1,
                                          Touchpoint{NoId,
                                                     QStringLiteral("Instagram ad"),
                                                     Channel::Social,
                                                     QStringLiteral("Marketing"),
                                                     {},
                                                     3,
                                                     1});
    s.secondTouchpoint = document.addTouchpoint(
        s.stage, -1,
        Touchpoint{NoId, QStringLiteral("Search result"), Channel::Advertising, {}, {}, 2, 0});
    s.otherTouchpoint = document.addTouchpoint(
        s.otherStage, -1,
        Touchpoint{NoId, QStringLiteral("Product page"), Channel::Website, {}, {}, 5, 2});
    s.card = document.addCard(s.stage, s.textLane, -1, QStringLiteral("Scrolls Instagram"));
    document.addCard(s.stage, s.textLane, -1, QStringLiteral("Asks a friend"));
    document.addCard(s.otherStage, s.textLane, -1, QStringLiteral("Compares prices"));

    for (const Framework& framework : builtInFrameworks()) {
        const Id id = document.addFramework(framework);
        if (s.framework == NoId)
            s.framework = id;
    }
    s.criterion = findFramework(document.project(), s.framework)->criteria[0].id;

    s.round = document.addRound(makeRound(QStringLiteral("Baseline"), s.journey, QDate(2026, 6, 1),
                                          allCriteria(document.project())));
    s.rater = document.addRater(s.round, -1, Rater{NoId, QStringLiteral("Rita"), {}});
    s.otherRater = document.addRater(s.round, -1, Rater{NoId, QStringLiteral("Omar"), {}});
    int score = 1;
    for (Id rater : {s.rater, s.otherRater}) {
        for (Id touchpoint : {s.touchpoint, s.secondTouchpoint, s.otherTouchpoint}) {
            for (const Framework& framework : document.project().frameworks) {
                for (const Criterion& criterion : framework.criteria) {
                    document.setRatingScore(RatingKey{s.round, rater, touchpoint, criterion.id},
                                            score);
                    score = score % 5 + 1;
                }
            }
        }
    }
    document.setRatingNote(RatingKey{s.round, s.rater, s.touchpoint, s.criterion},
                           QStringLiteral("Evidence"));

    Metric metric;
    metric.touchpointId = s.touchpoint;
    metric.kind = MetricKind::Nps;
    metric.value = 12;
    metric.count = 80;
    s.metric = document.addMetric(metric);
    Action action;
    action.title = QStringLiteral("Fix the ad");
    action.touchpointId = s.touchpoint;
    action.criterionId = s.criterion;
    s.action = document.addAction(action);
    document.undoStack()->clear();
    return s;
}

} // namespace js::test
