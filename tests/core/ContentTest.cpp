// Built-in frameworks, journey templates and the demo project.
#include "core/content/BuiltInFrameworks.h"
#include "core/content/DemoProject.h"
#include "core/content/JourneyTemplates.h"
#include "core/model/ProjectQueries.h"

#include <cmath>
#include <gtest/gtest.h>
#include <map>
#include <set>

namespace js {
namespace {

QStringList names(const Framework& framework, bool enabledOnly)
{
    QStringList list;
    for (const Criterion& c : framework.criteria) {
        if (c.enabled || !enabledOnly)
            list << c.name;
    }
    return list;
}

TEST(ContentTest, TrixieHasFivePillarsAndTwoOptionalOnes)
{
    const std::vector<Framework> frameworks = builtInFrameworks();
    ASSERT_EQ(frameworks.size(), 2u);
    const Framework& trixie = frameworks[0];
    EXPECT_EQ(trixie.key, QStringLiteral("trixie"));
    EXPECT_EQ(names(trixie, true),
              (QStringList{QStringLiteral("Trust"), QStringLiteral("Relevance"),
                           QStringLiteral("Intimacy"), QStringLiteral("Experience"),
                           QStringLiteral("Impact")}));
    EXPECT_EQ(names(trixie, false).mid(5),
              (QStringList{QStringLiteral("Reliability"), QStringLiteral("Interaction")}));
}

TEST(ContentTest, FiveCsAreTheFiveCs)
{
    const Framework fiveCs = builtInFrameworks()[1];
    EXPECT_EQ(names(fiveCs, false),
              (QStringList{QStringLiteral("Clarity"), QStringLiteral("Consistency"),
                           QStringLiteral("Customization"), QStringLiteral("Connection"),
                           QStringLiteral("Compassion")}));
}

TEST(ContentTest, EveryCriterionCanBeReadOutInAWorkshop)
{
    for (const Framework& framework : builtInFrameworks()) {
        EXPECT_FALSE(framework.description.isEmpty());
        for (const Criterion& c : framework.criteria) {
            EXPECT_GT(c.description.size(), 80) << c.name.toStdString();
            EXPECT_GE(c.questions.size(), 3) << c.name.toStdString();
            EXPECT_LE(c.questions.size(), 5) << c.name.toStdString();
            for (const QString& q : c.questions)
                EXPECT_TRUE(q.endsWith(u'?')) << q.toStdString();
            EXPECT_DOUBLE_EQ(c.weight, 1.0);
            EXPECT_DOUBLE_EQ(c.target, 4.0);
        }
    }
}

QStringList namesOf(const auto& items)
{
    QStringList names;
    for (const auto& item : items)
        names << item.name;
    return names;
}

TEST(ContentTest, TemplatesHaveTheirStagesAndLanes)
{
    const QStringList mapLanes = {
        QStringLiteral("Customer actions"), QStringLiteral("Touchpoints"),
        QStringLiteral("Thoughts"),         QStringLiteral("Emotions"),
        QStringLiteral("Pain points"),      QStringLiteral("Opportunities"),
        QStringLiteral("Backstage"),        QStringLiteral("Scores")};
    const Journey lifecycle = journeyFromTemplate(JourneyTemplate::Lifecycle);
    EXPECT_EQ(namesOf(lifecycle.stages),
              (QStringList{QStringLiteral("Awareness"), QStringLiteral("Consideration"),
                           QStringLiteral("Purchase"), QStringLiteral("Retention"),
                           QStringLiteral("Advocacy")}));
    EXPECT_EQ(namesOf(lifecycle.lanes), mapLanes);
    EXPECT_EQ(lifecycle.lanes[1].kind, LaneKind::Touchpoints);
    EXPECT_EQ(lifecycle.lanes[3].kind, LaneKind::Emotion);

    const Journey phases = journeyFromTemplate(JourneyTemplate::PurchasePhases);
    EXPECT_EQ(namesOf(phases.stages),
              (QStringList{QStringLiteral("Pre-purchase"), QStringLiteral("Purchase"),
                           QStringLiteral("Post-purchase")}));
    EXPECT_EQ(namesOf(phases.lanes), mapLanes);

    const Journey blueprint = journeyFromTemplate(JourneyTemplate::ServiceBlueprint);
    EXPECT_EQ(namesOf(blueprint.lanes),
              (QStringList{QStringLiteral("Evidence"), QStringLiteral("Customer actions"),
                           QStringLiteral("Touchpoints"), QStringLiteral("Frontstage"),
                           QStringLiteral("Backstage"), QStringLiteral("Support processes")}));
    for (JourneyTemplate kind : journeyTemplates()) {
        EXPECT_FALSE(journeyTemplateName(kind).isEmpty());
        EXPECT_FALSE(journeyTemplateDescription(kind).isEmpty());
        for (const Stage& stage : journeyFromTemplate(kind).stages)
            EXPECT_FALSE(stage.description.isEmpty()) << stage.name.toStdString();
    }
}

class DemoTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { demo = new Project(demoProject()); }
    static void TearDownTestSuite() { delete demo; }
    static Project* demo;
};
Project* DemoTest::demo = nullptr;

TEST_F(DemoTest, IsARetailerWithTwoPersonasAndTwoJourneys)
{
    EXPECT_FALSE(demo->client.isEmpty());
    EXPECT_EQ(demo->personas.size(), 2u);
    ASSERT_EQ(demo->journeys.size(), 2u);
    EXPECT_EQ(demo->journeys[0].state, JourneyState::Current);
    EXPECT_EQ(demo->journeys[1].state, JourneyState::Future);
    for (const Journey& journey : demo->journeys) {
        EXPECT_EQ(journey.stages.size(), 5u);
        EXPECT_NE(journey.personaId, NoId);
        for (const Stage& stage : journey.stages)
            EXPECT_FALSE(stage.cards.empty()) << stage.name.toStdString();
    }
}

TEST_F(DemoTest, HasAboutTwentyTouchpointsOverSeveralChannelsWithAnEmotionCurve)
{
    const std::vector<Id> ids = touchpointIds(demo->journeys[0]);
    EXPECT_GE(ids.size(), 18u);
    EXPECT_LE(ids.size(), 24u);
    std::set<Channel> channels;
    int lowest = 3;
    for (Id id : ids) {
        const Touchpoint* t = findTouchpoint(*demo, id);
        channels.insert(t->channel);
        lowest = std::min(lowest, t->emotion);
        EXPECT_FALSE(t->description.isEmpty());
    }
    EXPECT_GE(channels.size(), 6u);
    EXPECT_LE(lowest, -2);
}

TEST_F(DemoTest, TwoRoundsThreeMonthsApartWhereFourRatersRateEverything)
{
    ASSERT_EQ(demo->rounds.size(), 2u);
    const qint64 days = demo->rounds[0].date.daysTo(demo->rounds[1].date);
    EXPECT_GE(days, 80);
    EXPECT_LE(days, 100);
    const std::vector<Id> touchpoints = touchpointIds(demo->journeys[0]);
    for (const Round& round : demo->rounds) {
        ASSERT_EQ(round.raters.size(), 4u);
        for (const Rater& rater : round.raters) {
            for (Id touchpoint : touchpoints) {
                for (const Framework& framework : demo->frameworks) {
                    for (const Criterion& criterion : framework.criteria) {
                        if (!criterion.enabled)
                            continue;
                        const auto it = demo->ratings.find(
                            RatingKey{round.id, rater.id, touchpoint, criterion.id});
                        ASSERT_NE(it, demo->ratings.end())
                            << rater.name.toStdString() << " missed a cell";
                        EXPECT_NE(it->second.score, Rating::NotRated);
                    }
                }
            }
        }
    }
}

TEST_F(DemoTest, ShowsWeakSpotsDisagreementAndImprovement)
{
    // Mean and spread per (round, touchpoint, criterion).
    std::map<std::tuple<Id, Id, Id>, std::vector<int>> cells;
    for (const auto& [key, rating] : demo->ratings) {
        if (rating.isScored())
            cells[{key.round, key.touchpoint, key.criterion}].push_back(rating.score);
    }
    int weak = 0;
    int strong = 0;
    int split = 0;
    for (const auto& [cell, scores] : cells) {
        double sum = 0;
        for (int v : scores)
            sum += v;
        const double mean = sum / double(scores.size());
        weak += mean <= 2.0 ? 1 : 0;
        strong += mean >= 4.5 ? 1 : 0;
        split += *std::max_element(scores.begin(), scores.end()) -
                             *std::min_element(scores.begin(), scores.end()) >=
                         3
                     ? 1
                     : 0;
    }
    EXPECT_GE(weak, 10);
    EXPECT_GE(strong, 10);
    EXPECT_GE(split, 4);
    // Disagreement in places, not everywhere: cells where raters are two or
    // more points apart are the exception a facilitator discusses.
    int apart = 0;
    for (const auto& [cell, scores] : cells) {
        apart += *std::max_element(scores.begin(), scores.end()) -
                             *std::min_element(scores.begin(), scores.end()) >=
                         2
                     ? 1
                     : 0;
    }
    EXPECT_GE(apart, 10);
    EXPECT_LE(apart, int(cells.size()) / 4);

    // Mean score of each touchpoint in each round.
    std::map<std::pair<Id, Id>, std::pair<double, int>> touchpointMeans;
    for (const auto& [key, rating] : demo->ratings) {
        if (rating.isScored()) {
            auto& [sum, n] = touchpointMeans[{key.round, key.touchpoint}];
            sum += rating.score;
            ++n;
        }
    }
    auto mean = [&](Id round, Id touchpoint) {
        const auto& [sum, n] = touchpointMeans[{round, touchpoint}];
        return n ? sum / n : 0.0;
    };
    // Where an action was done, the follow-up shows it.
    const Id baseline = demo->rounds[0].id;
    const Id followUp = demo->rounds[1].id;
    int improved = 0;
    for (const Action& action : demo->actions) {
        if (action.status != ActionStatus::Done)
            continue;
        const double delta =
            mean(followUp, action.touchpointId) - mean(baseline, action.touchpointId);
        EXPECT_GE(delta, 0.3) << action.title.toStdString();
        ++improved;
    }
    EXPECT_GE(improved, 4);
    // Untouched touchpoints hold still, so the changes stand out (the others
    // moved through an action or a disagreement recorded in one round).
    int unchanged = 0;
    for (const auto& [roundAndTouchpoint, value] : touchpointMeans) {
        if (roundAndTouchpoint.first == baseline &&
            mean(followUp, roundAndTouchpoint.second) == mean(baseline, roundAndTouchpoint.second))
            ++unchanged;
    }
    EXPECT_GE(unchanged, 6);
    EXPECT_GE(demo->actions.size(), 5u);
    EXPECT_FALSE(demo->metrics.empty());
    for (const Action& action : demo->actions)
        EXPECT_NE(action.touchpointId, NoId) << action.title.toStdString();
}

TEST_F(DemoTest, IdsAreUniqueAndStable)
{
    const Project again = demoProject();
    EXPECT_TRUE(again == *demo);
    EXPECT_GT(maxId(*demo), 100);
}

} // namespace
} // namespace js
