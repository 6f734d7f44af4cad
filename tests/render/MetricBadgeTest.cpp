// A touchpoint's survey figures on its card: laid out beside the other
// content without touching it, the latest figure of each kind, the few-answers
// mark, and painted so that the cards with a figure look different.
#include "core/analysis/RoundResults.h"
#include "core/content/DemoProject.h"
#include "core/model/ProjectQueries.h"
#include "core/render/MapLayouter.h"
#include "core/render/MapLegend.h"
#include "core/render/MapPainter.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <gtest/gtest.h>
#include <map>

namespace js {
namespace {

bool inside(const QRectF& inner, const QRectF& outer)
{
    const double e = 0.01;
    return inner.left() >= outer.left() - e && inner.right() <= outer.right() + e &&
           inner.top() >= outer.top() - e && inner.bottom() <= outer.bottom() + e;
}

bool overlaps(const QRectF& a, const QRectF& b)
{
    return a.intersected(b).width() > 0.01 && a.intersected(b).height() > 0.01;
}

class MetricBadgeTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        project = demoProject();
        journey = project.journeys.front().id;
        // A touchpoint of the map without any figure, to give it some.
        for (const Stage& stage : project.journeys.front().stages) {
            for (const Touchpoint& touchpoint : stage.touchpoints) {
                const bool hasFigure =
                    std::any_of(project.metrics.begin(), project.metrics.end(),
                                [&](const Metric& m) { return m.touchpointId == touchpoint.id; });
                if (!hasFigure && bare == NoId)
                    bare = touchpoint.id;
            }
        }
        ASSERT_NE(bare, NoId);
    }

    Id addMetric(MetricKind kind, double value, int count, QDate date = QDate(2026, 9, 1),
                 const QString& scale = {})
    {
        Metric metric;
        metric.id = maxId(project) + 1;
        metric.touchpointId = bare;
        metric.kind = kind;
        metric.value = value;
        metric.count = count;
        metric.date = date;
        metric.scale = scale;
        project.metrics.push_back(metric);
        return metric.id;
    }

    const TouchpointBox& box(const MapLayout& layout) const { return *layout.touchpoint(bare); }

    Project project;
    Id journey = NoId;
    Id bare = NoId;
    MapLayouter layouter;
};

TEST_F(MetricBadgeTest, ACardWithAnNpsFigureCarriesItsBadgeAndOneWithoutNone)
{
    const MapLayout before = layouter.layout(project, journey);
    EXPECT_TRUE(box(before).metrics.empty());

    const Id nps = addMetric(MetricKind::Nps, 12, 412);
    const MapLayout after = layouter.layout(project, journey);
    const TouchpointBox& card = box(after);
    ASSERT_EQ(card.metrics.size(), 1u);
    const MetricBadge& badge = card.metrics[0];
    EXPECT_EQ(badge.metricId, nps);
    EXPECT_EQ(badge.kind, MetricKind::Nps);
    EXPECT_EQ(badge.text, metricBadgeText(*findMetric(project, nps)));
    EXPECT_EQ(badge.count, 412);
    EXPECT_FALSE(badge.fewAnswers);
    // Inside the card, clear of its name, owner and icon.
    EXPECT_TRUE(inside(badge.rect, card.rect));
    EXPECT_FALSE(overlaps(badge.rect, card.name.rect));
    EXPECT_FALSE(overlaps(badge.rect, card.owner.rect));
    EXPECT_FALSE(overlaps(badge.rect, card.icon));
    EXPECT_GE(badge.rect.width(),
              QFontMetricsF(after.style.metricFont()).horizontalAdvance(badge.text));
    // The card grew for its row of figures; the others of the map kept theirs.
    EXPECT_GT(card.rect.height(), box(before).rect.height());
    for (const TouchpointBox& other : after.touchpoints) {
        if (other.id != bare)
            EXPECT_TRUE(other.metrics.empty() == before.touchpoint(other.id)->metrics.empty());
    }
}

TEST_F(MetricBadgeTest, ShowsTheLatestFigureOfEachKindAndNpsBeforeCsat)
{
    addMetric(MetricKind::Nps, -20, 300, QDate(2026, 3, 1));
    const Id latest = addMetric(MetricKind::Nps, 5, 280, QDate(2026, 6, 1));
    addMetric(MetricKind::Nps, 40, 100, QDate(2026, 1, 1));
    const Id csat = addMetric(MetricKind::Csat, 78, 500);
    addMetric(MetricKind::Count, 1204, 0); // a count is no badge
    const MapLayout layout = layouter.layout(project, journey);
    const TouchpointBox& card = box(layout);
    ASSERT_EQ(card.metrics.size(), 2u);
    EXPECT_EQ(card.metrics[0].metricId, latest);
    EXPECT_EQ(card.metrics[1].metricId, csat);
    EXPECT_FALSE(overlaps(card.metrics[0].rect, card.metrics[1].rect));
    EXPECT_LT(card.metrics[0].rect.left(), card.metrics[1].rect.left());
}

TEST_F(MetricBadgeTest, AFigureOnFewAnswersIsMarked)
{
    const Id few = addMetric(MetricKind::Nps, 12, FewAnswers - 1);
    const Id enough = addMetric(MetricKind::Csat, 80, FewAnswers);
    const Id unknown = addMetric(MetricKind::Ces, 5.2, 0, QDate(2026, 9, 1), QStringLiteral("1-7"));
    const MapLayout layout = layouter.layout(project, journey);
    const TouchpointBox& card = box(layout);
    std::map<Id, bool> marked;
    for (const MetricBadge& badge : card.metrics)
        marked[badge.metricId] = badge.fewAnswers;
    ASSERT_TRUE(marked.contains(few));
    ASSERT_TRUE(marked.contains(enough));
    EXPECT_TRUE(marked[few]);
    EXPECT_FALSE(marked[enough]);
    if (marked.contains(unknown))
        EXPECT_FALSE(marked[unknown]) << "a figure typed in by hand has no count to doubt";
}

TEST_F(MetricBadgeTest, BadgesLeaveRoomForTheScoreAndStayInsideTheCard)
{
    addMetric(MetricKind::Nps, -100, 412);
    addMetric(MetricKind::Csat, 100, 412);
    addMetric(MetricKind::Ces, 6.5, 412, QDate(2026, 9, 1), QStringLiteral("1-7"));
    Round& round = project.rounds.back();
    const Id criterion = round.criteria[0].criterionId;
    for (const Rater& rater : round.raters)
        project.ratings[RatingKey{round.id, rater.id, bare, criterion}] = Rating{3, {}};
    const analysis::RoundResults results = analysis::computeRound(project, round.id);
    for (double scale : {1.0, 1.6}) {
        MapStyle style;
        style.scale = scale;
        layouter.setStyle(style);
        const MapLayout layout = layouter.layout(project, journey, &results);
        const TouchpointBox& card = box(layout);
        ASSERT_TRUE(card.scored);
        ASSERT_GE(card.metrics.size(), 2u) << "NPS and CSAT always show";
        for (const MetricBadge& badge : card.metrics) {
            EXPECT_TRUE(inside(badge.rect, card.rect)) << scale;
            EXPECT_FALSE(overlaps(badge.rect, card.scoreBadge)) << scale;
            EXPECT_FALSE(overlaps(badge.rect, card.name.rect)) << scale;
            EXPECT_FALSE(overlaps(badge.rect, card.owner.rect)) << scale;
        }
    }
}

TEST_F(MetricBadgeTest, TheBadgeTextIsNoSmallerThanTheSmallestTextOfTheMap)
{
    for (double scale : {0.5, 1.0, 2.0}) {
        MapStyle style;
        style.scale = scale;
        EXPECT_GE(style.metricFont().pixelSize() + 0.5, style.smallestText()) << scale;
    }
}

TEST_F(MetricBadgeTest, PaintsTheBadgeAndTheFewAnswersOneDifferently)
{
    auto paintCard = [&](const MapLayout& layout) {
        const TouchpointBox& card = *layout.touchpoint(bare);
        QImage image(card.rect.toAlignedRect().size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.translate(-card.rect.topLeft());
        MapPainter(MapTheme::lightTheme()).paintTouchpoint(painter, layout, card);
        return image;
    };
    const Id nps = addMetric(MetricKind::Nps, 12, 412);
    const MapLayout solid = layouter.layout(project, journey);
    findMetric(project, nps)->count = 12;
    const MapLayout few = layouter.layout(project, journey);
    ASSERT_EQ(solid.touchpoint(bare)->rect, few.touchpoint(bare)->rect);
    const QImage a = paintCard(solid);
    const QImage b = paintCard(few);
    const QRect badge = solid.touchpoint(bare)
                            ->metrics[0]
                            .rect.translated(-solid.touchpoint(bare)->rect.topLeft())
                            .toAlignedRect();
    int inked = 0;
    int different = 0;
    for (int y = badge.top(); y <= badge.bottom(); ++y) {
        for (int x = badge.left(); x <= badge.right(); ++x) {
            if (a.pixel(x, y) != qRgb(255, 255, 255))
                ++inked;
            if (a.pixel(x, y) != b.pixel(x, y))
                ++different;
        }
    }
    EXPECT_GT(inked, badge.width() * badge.height() / 4) << "the badge is filled";
    EXPECT_GT(different, badge.width() * 2) << "the few-answers badge looks different";
}

TEST_F(MetricBadgeTest, TheLegendExplainsTheBadgesOnlyWhenTheMapShowsAny)
{
    MapLayout plain = layouter.layout(project, journey);
    for (TouchpointBox& card : plain.touchpoints)
        card.metrics.clear();
    addMetric(MetricKind::Nps, 12, 12);
    const MapLayout shown = layouter.layout(project, journey);
    const double width = 2000;
    EXPECT_GT(MapLegend::of(shown).height(width, 10), 0);
    // The figures add entries: on a narrow page, the legend needs more rows.
    EXPECT_GT(MapLegend::of(shown).height(300, 10), MapLegend::of(plain).height(300, 10));
}

} // namespace
} // namespace js

namespace js {
namespace {

TEST(MetricBadgeDemoTest, EveryDemoBadgeKeepsClearOfItsCardsContent)
{
    const Project project = demoProject();
    const analysis::RoundResults results =
        analysis::computeRound(project, project.rounds.back().id);
    for (bool fullText : {false, true}) {
        MapStyle style;
        style.fullText = fullText;
        MapLayouter layouter(style);
        const MapLayout layout = layouter.layout(project, project.journeys.front().id, &results);
        int badges = 0;
        for (const TouchpointBox& card : layout.touchpoints) {
            for (const MetricBadge& badge : card.metrics) {
                ++badges;
                EXPECT_TRUE(inside(badge.rect, card.rect)) << badge.text.toStdString();
                for (const QRectF& other :
                     {card.name.rect, card.owner.rect, card.icon, card.scoreBadge})
                    EXPECT_FALSE(overlaps(badge.rect, other)) << badge.text.toStdString();
                for (const MetricBadge& next : card.metrics) {
                    if (&next != &badge)
                        EXPECT_FALSE(overlaps(badge.rect, next.rect));
                }
            }
        }
        EXPECT_GT(badges, 0) << "the demo's journey shows figures";
    }
}

} // namespace
} // namespace js
