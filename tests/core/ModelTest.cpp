// Value types: keys of enums round-trip, lookups find what they should.
#include "core/model/ProjectQueries.h"

#include <QLocale>

#include <gtest/gtest.h>

namespace js {
namespace {

TEST(ModelTest, ChannelKeysRoundTripAndHaveNames)
{
    for (int i = 0; i < ChannelCount; ++i) {
        const auto channel = Channel(i);
        EXPECT_EQ(channelFromKey(channelKey(channel)), channel);
        EXPECT_FALSE(channelName(channel).isEmpty());
    }
    EXPECT_FALSE(channelFromKey(u"fax").has_value());
}

TEST(ModelTest, OtherEnumKeysRoundTrip)
{
    // The counts name every value: each has its own key that reads back.
    for (int i = 0; i < MetricKindCount; ++i) {
        EXPECT_EQ(metricKindFromKey(metricKindKey(MetricKind(i))), MetricKind(i));
        EXPECT_FALSE(metricKindName(MetricKind(i)).isEmpty());
    }
    EXPECT_EQ(metricKindFromKey(metricKindKey(MetricKind(MetricKindCount))), std::nullopt);
    for (int i = 0; i < ActionStatusCount; ++i) {
        EXPECT_EQ(actionStatusFromKey(actionStatusKey(ActionStatus(i))), ActionStatus(i));
        EXPECT_FALSE(actionStatusName(ActionStatus(i)).isEmpty());
    }
    EXPECT_EQ(actionStatusFromKey(actionStatusKey(ActionStatus(ActionStatusCount))), std::nullopt);
    for (int i = 0; i < LaneKindCount; ++i)
        EXPECT_EQ(laneKindFromKey(laneKindKey(LaneKind(i))), LaneKind(i));
    EXPECT_EQ(laneKindFromKey(laneKindKey(LaneKind(LaneKindCount))), std::nullopt);
    for (auto state : {JourneyState::Current, JourneyState::Future})
        EXPECT_EQ(journeyStateFromKey(journeyStateKey(state)), state);
}

TEST(ModelTest, ScoresAreOneToFiveOrNotApplicableOrNotRated)
{
    EXPECT_TRUE(isValidScore(1));
    EXPECT_TRUE(isValidScore(5));
    EXPECT_TRUE(isValidScore(Rating::NotApplicable));
    EXPECT_TRUE(isValidScore(Rating::NotRated));
    EXPECT_FALSE(isValidScore(6));
    EXPECT_FALSE(isValidScore(-2));
    EXPECT_FALSE((Rating{Rating::NotApplicable, {}}.isScored()));
    EXPECT_FALSE((Rating{Rating::NotApplicable, {}}.isEmpty()));
}

TEST(ModelTest, FindsNestedEntitiesAndTheirOwners)
{
    Project p;
    Journey j;
    j.id = 1;
    Stage s;
    s.id = 2;
    s.touchpoints.push_back(Touchpoint{3, QStringLiteral("Ad"), Channel::Social, {}, {}, 3, 0});
    s.cards.push_back(LaneCard{4, 5, QStringLiteral("note")});
    j.lanes.push_back(Lane{5, QStringLiteral("Actions"), LaneKind::Text});
    j.stages.push_back(s);
    p.journeys.push_back(j);
    Stage* owner = nullptr;
    ASSERT_TRUE(findTouchpoint(p, 3, &owner));
    EXPECT_EQ(owner->id, 2);
    EXPECT_EQ(journeyOfTouchpoint(p, 3)->id, 1);
    EXPECT_TRUE(findCard(p, 4));
    EXPECT_TRUE(findLane(p, 5));
    EXPECT_FALSE(findTouchpoint(p, 4));
    EXPECT_EQ(maxId(p), 5);
    EXPECT_EQ(countProject(p).touchpoints, 1);
}

TEST(ModelTest, CountsReadAsEnglish)
{
    EXPECT_EQ(describeCounts({1, 1, 1, 1}),
              QStringLiteral("1 journey, 1 stage, 1 touchpoint, 1 rating"));
    EXPECT_EQ(describeCounts({2, 0, 35, 1600}),
              QStringLiteral("2 journeys, 0 stages, 35 touchpoints, 1600 ratings"));
}

TEST(ModelTest, LatestMetricIsTheNewestOfItsKindOnItsTouchpoint)
{
    Project project;
    auto metric = [](Id id, Id touchpoint, MetricKind kind, QDate date) {
        Metric m;
        m.id = id;
        m.touchpointId = touchpoint;
        m.kind = kind;
        m.date = date;
        return m;
    };
    project.metrics = {metric(1, 10, MetricKind::Nps, QDate(2026, 3, 1)),
                       metric(2, 10, MetricKind::Nps, QDate(2026, 5, 1)),
                       metric(3, 10, MetricKind::Nps, QDate(2026, 4, 1)),
                       metric(4, 10, MetricKind::Csat, QDate(2026, 6, 1)),
                       metric(5, 11, MetricKind::Nps, QDate(2026, 7, 1)),
                       metric(6, 10, MetricKind::Nps, QDate(2026, 5, 1))};
    EXPECT_EQ(latestMetric(project, 10, MetricKind::Nps)->id, 6); // same date: the later one
    EXPECT_EQ(latestMetric(project, 10, MetricKind::Csat)->id, 4);
    EXPECT_EQ(latestMetric(project, 10, MetricKind::Ces), nullptr);
    EXPECT_EQ(latestMetric(project, 12, MetricKind::Nps), nullptr);
}

TEST(ModelTest, MetricTextsShowSignPercentAndScale)
{
    QLocale::setDefault(QLocale::c());
    EXPECT_EQ(metricValueText(MetricKind::Nps, 12.4), QStringLiteral("+12"));
    EXPECT_EQ(metricValueText(MetricKind::Nps, -7.6), QStringLiteral("\u22128"));
    EXPECT_EQ(metricValueText(MetricKind::Nps, 0.2), QStringLiteral("0"));
    EXPECT_EQ(metricValueText(MetricKind::Csat, 77.5), QStringLiteral("78%"));
    Metric ces;
    ces.kind = MetricKind::Ces;
    ces.value = 5.24;
    ces.scale = QStringLiteral("1-7");
    EXPECT_EQ(metricBadgeText(ces), QStringLiteral("CES 5.2 of 7"));
    ces.count = 29;
    EXPECT_TRUE(restsOnFewAnswers(ces));
    ces.count = 30;
    EXPECT_FALSE(restsOnFewAnswers(ces));
    ces.count = 0; // typed in by hand, count unknown
    EXPECT_FALSE(restsOnFewAnswers(ces));
}

} // namespace
} // namespace js
