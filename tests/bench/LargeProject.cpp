#include "LargeProject.h"

#include "core/content/BuiltInFrameworks.h"
#include "core/content/JourneyTemplates.h"

namespace js::bench {

Project largeProject()
{
    Project project;
    project.name = QStringLiteral("Large benchmark project");
    Id next = 1;
    Journey journey = journeyFromTemplate(JourneyTemplate::Lifecycle);
    journey.id = next++;
    journey.name = QStringLiteral("Everything");
    for (Lane& lane : journey.lanes)
        lane.id = next++;
    journey.stages.clear();
    std::vector<Id> touchpoints;
    for (int s = 0; s < 12; ++s) {
        Stage stage;
        stage.id = next++;
        stage.name = QStringLiteral("Stage %1").arg(s + 1);
        for (int t = 0; t < 25; ++t) {
            Touchpoint touchpoint;
            touchpoint.id = next++;
            touchpoint.name = QStringLiteral("Touchpoint %1.%2").arg(s + 1).arg(t + 1);
            touchpoint.channel = Channel(t % ChannelCount);
            touchpoint.importance = 1 + t % 5;
            touchpoint.emotion = t % 7 - 3;
            touchpoints.push_back(touchpoint.id);
            stage.touchpoints.push_back(std::move(touchpoint));
        }
        stage.cards.push_back(LaneCard{next++, journey.lanes[0].id, QStringLiteral("A card")});
        journey.stages.push_back(std::move(stage));
    }
    project.journeys.push_back(std::move(journey));
    std::vector<Id> criteria;
    for (Framework framework : builtInFrameworks()) {
        framework.id = next++;
        for (Criterion& criterion : framework.criteria) {
            criterion.id = next++;
            criterion.enabled = true;
            criteria.push_back(criterion.id);
        }
        project.frameworks.push_back(std::move(framework));
    }
    for (int r = 0; r < 5; ++r) {
        Round round;
        round.id = next++;
        round.name = QStringLiteral("Round %1").arg(r + 1);
        round.date = QDate(2026, 1 + 2 * r, 10);
        round.journeyId = project.journeys[0].id;
        round.criteria = defaultRoundCriteria(project.frameworks); // all 12, as shipped
        for (int p = 0; p < 20; ++p)
            round.raters.push_back(Rater{next++, QStringLiteral("Rater %1").arg(p + 1), {}});
        for (const Rater& rater : round.raters) {
            for (Id touchpoint : touchpoints) {
                for (Id criterion : criteria) {
                    const int score = int((touchpoint * 7 + criterion * 3 + rater.id) % 5) + 1;
                    project.ratings.emplace_hint(
                        project.ratings.end(), RatingKey{round.id, rater.id, touchpoint, criterion},
                        Rating{score, {}});
                }
            }
        }
        project.rounds.push_back(std::move(round));
    }
    return project;
}

} // namespace js::bench
