// The survey figures on the map canvas: a figure added, changed, removed or
// undone refreshes its touchpoint's card and no other, and the card's
// tooltip tells how many answers a figure rests on.
#include "MapCanvasFixture.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <map>
#include <set>

namespace js {
namespace {

using test::MapCanvasTest;

class MapBadgesTest : public MapCanvasTest {
protected:
    // A touchpoint of the map with a CSAT figure and no NPS, so an NPS joins
    // its row of badges without making the card taller.
    Id csatOnly() const
    {
        for (const Stage& stage : journey().stages) {
            for (const Touchpoint& touchpoint : stage.touchpoints) {
                if (latestMetric(project(), touchpoint.id, MetricKind::Csat) &&
                    !latestMetric(project(), touchpoint.id, MetricKind::Nps))
                    return touchpoint.id;
            }
        }
        return NoId;
    }

    std::map<MapItem*, int> refreshes() const
    {
        std::map<MapItem*, int> counts;
        for (MapItem* item : scene()->mapItems())
            counts[item] = item->refreshes();
        return counts;
    }

    // The items refreshed since `before`, as (part, id).
    std::set<std::pair<MapItem::Part, Id>> refreshedSince(const std::map<MapItem*, int>& before)
    {
        std::set<std::pair<MapItem::Part, Id>> refreshed;
        for (MapItem* item : scene()->mapItems()) {
            EXPECT_TRUE(before.contains(item)) << "no item is made anew";
            if (before.contains(item) && item->refreshes() != before.at(item))
                refreshed.insert({item->part(), item->id()});
        }
        return refreshed;
    }

    const TouchpointBox* card(Id id) const { return scene()->layout().touchpoint(id); }

    bool shows(Id touchpoint, Id metric) const
    {
        const TouchpointBox* box = card(touchpoint);
        return box && std::any_of(box->metrics.begin(), box->metrics.end(),
                                  [metric](const MetricBadge& b) { return b.metricId == metric; });
    }
};

TEST_F(MapBadgesTest, AFigureAddedOrUndoneRefreshesOnlyItsTouchpointsCard)
{
    const Id touchpoint = csatOnly();
    ASSERT_NE(touchpoint, NoId);
    ASSERT_TRUE(card(touchpoint));
    const std::set<std::pair<MapItem::Part, Id>> itself = {{MapItem::Part::Touchpoint, touchpoint}};

    auto before = refreshes();
    Metric metric;
    metric.touchpointId = touchpoint;
    metric.kind = MetricKind::Nps;
    metric.value = 12;
    metric.count = 412;
    metric.date = QDate(2026, 10, 1);
    const Id nps = document()->addMetric(metric);
    ASSERT_NE(nps, NoId);
    settle();
    EXPECT_TRUE(shows(touchpoint, nps));
    EXPECT_EQ(refreshedSince(before), itself);

    // A changed value: the badge's text.
    before = refreshes();
    ASSERT_TRUE(document()->set(nps, &Metric::value, -4.0));
    settle();
    EXPECT_EQ(card(touchpoint)->metrics[0].text, metricBadgeText(*findMetric(project(), nps)));
    EXPECT_EQ(refreshedSince(before), itself);

    // Undone twice: the value, then the figure itself (gone from the model
    // when the scene hears of it).
    before = refreshes();
    undo()->undo();
    settle();
    EXPECT_EQ(refreshedSince(before), itself);
    before = refreshes();
    undo()->undo();
    settle();
    EXPECT_FALSE(findMetric(project(), nps));
    EXPECT_FALSE(shows(touchpoint, nps));
    EXPECT_EQ(refreshedSince(before), itself);

    // Redone, then removed by hand.
    undo()->redo();
    settle();
    EXPECT_TRUE(shows(touchpoint, nps));
    before = refreshes();
    ASSERT_TRUE(document()->removeMetric(nps));
    settle();
    EXPECT_FALSE(shows(touchpoint, nps));
    EXPECT_EQ(refreshedSince(before), itself);
}

TEST_F(MapBadgesTest, AnOlderFigureOrACountTouchesNoCard)
{
    const Id touchpoint = csatOnly();
    ASSERT_NE(touchpoint, NoId);
    const Metric* latest = latestMetric(project(), touchpoint, MetricKind::Csat);
    ASSERT_TRUE(latest);
    const Id shown = latest->id;
    auto before = refreshes();
    Metric older = *latest;
    older.value = 1;
    older.date = latest->date.addYears(-2);
    document()->addMetric(older);
    Metric count;
    count.touchpointId = touchpoint;
    count.kind = MetricKind::Count;
    count.value = 1204;
    document()->addMetric(count);
    settle();
    EXPECT_TRUE(shows(touchpoint, shown));
    EXPECT_TRUE(refreshedSince(before).empty());
}

TEST_F(MapBadgesTest, TheTooltipSaysAFigureRestsOnFewAnswers)
{
    MetricBadge badge;
    badge.text = QStringLiteral("NPS +12");
    badge.count = 14;
    badge.fewAnswers = true;
    EXPECT_TRUE(MapView::metricTip(badge).contains(QStringLiteral("rests on only 14 answers")));
    badge.count = 412;
    badge.fewAnswers = false;
    EXPECT_EQ(MapView::metricTip(badge), QStringLiteral("NPS +12 from 412 answers"));
}

} // namespace
} // namespace js
