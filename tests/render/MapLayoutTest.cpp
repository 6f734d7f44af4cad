// The map's layout is pure geometry: where every stage, lane, touchpoint,
// card and curve point goes, with wrapped text. These tests check it on the
// demo project and on made-up journeys, without painting.
#include "core/analysis/RoundResults.h"
#include "core/content/DemoProject.h"
#include "core/content/JourneyTemplates.h"
#include "core/document/ProjectDocument.h"
#include "core/render/MapLayouter.h"

#include <QFontMetricsF>

#include <gtest/gtest.h>

namespace js {
namespace {

class MapLayoutTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        project = demoProject();
        journey = project.journeys.front().id;
        layout = layouter.layout(project, journey);
    }

    Project project;
    Id journey = NoId;
    MapLayouter layouter;
    MapLayout layout;
};

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

TEST_F(MapLayoutTest, EveryStageLaneTouchpointAndCardHasItsBox)
{
    const Journey& j = project.journeys.front();
    ASSERT_EQ(layout.stages.size(), j.stages.size());
    ASSERT_EQ(layout.lanes.size(), j.lanes.size());
    size_t touchpoints = 0;
    size_t cards = 0;
    for (const Stage& stage : j.stages) {
        touchpoints += stage.touchpoints.size();
        cards += stage.cards.size();
    }
    EXPECT_EQ(layout.touchpoints.size(), touchpoints);
    EXPECT_EQ(layout.cards.size(), cards);
    EXPECT_EQ(layout.curve.points.size(), touchpoints);
    for (size_t i = 0; i < j.stages.size(); ++i)
        EXPECT_EQ(layout.stages[i].name.text, j.stages[i].name);
    EXPECT_EQ(layout.header.name.text, j.name);
    EXPECT_FALSE(layout.header.photo.isEmpty()) << "the journey's persona is on the header";
}

TEST_F(MapLayoutTest, StagesAreColumnsAndLanesAreRowsInOrder)
{
    for (size_t i = 1; i < layout.stages.size(); ++i) {
        EXPECT_DOUBLE_EQ(layout.stages[i].header.left(), layout.stages[i - 1].header.right());
        EXPECT_DOUBLE_EQ(layout.stages[i].header.top(), layout.stages[0].header.top());
    }
    for (size_t i = 1; i < layout.lanes.size(); ++i)
        EXPECT_DOUBLE_EQ(layout.lanes[i].row.top(), layout.lanes[i - 1].row.bottom());
    // The frozen parts: the corner sits left of the stage headers and above
    // the lane titles, and the lanes start below the header row.
    EXPECT_DOUBLE_EQ(layout.corner.right(), layout.stages.front().header.left());
    EXPECT_DOUBLE_EQ(layout.corner.top(), layout.stages.front().header.top());
    EXPECT_DOUBLE_EQ(layout.corner.bottom(), layout.lanes.front().row.top());
    EXPECT_DOUBLE_EQ(layout.corner.left(), layout.lanes.front().header.left());
    EXPECT_DOUBLE_EQ(layout.corner.right(), layout.lanes.front().row.left());
    EXPECT_GT(layout.corner.top(), layout.header.rect.top()) << "the journey header is above";
    EXPECT_TRUE(inside(layout.header.rect, layout.bounds));
    for (const LaneBox& lane : layout.lanes)
        EXPECT_TRUE(inside(lane.header.united(lane.row), layout.bounds));
}

TEST_F(MapLayoutTest, NothingOverlapsAndEverythingStaysInItsCell)
{
    for (const TouchpointBox& box : layout.touchpoints) {
        const StageBox* stage = layout.stage(box.stageId);
        ASSERT_TRUE(stage);
        EXPECT_TRUE(inside(box.rect, stage->column)) << box.name.text.toStdString();
        EXPECT_TRUE(inside(box.name.rect, box.rect));
        EXPECT_TRUE(inside(box.icon, box.rect));
        if (!box.owner.lines.isEmpty()) {
            EXPECT_TRUE(inside(box.owner.rect, box.rect));
            EXPECT_FALSE(overlaps(box.owner.rect, box.name.rect));
        }
        EXPECT_FALSE(overlaps(box.icon, box.name.rect));
    }
    for (const CardBox& box : layout.cards) {
        const StageBox* stage = layout.stage(box.stageId);
        const LaneBox* lane = layout.lane(box.laneId);
        ASSERT_TRUE(stage && lane);
        EXPECT_TRUE(inside(box.rect, stage->column));
        EXPECT_TRUE(inside(box.rect, lane->row)) << box.text.text.toStdString();
        EXPECT_TRUE(inside(box.text.rect, box.rect));
    }
    std::vector<QRectF> all;
    for (const TouchpointBox& box : layout.touchpoints)
        all.push_back(box.rect);
    for (const CardBox& box : layout.cards)
        all.push_back(box.rect);
    for (size_t a = 0; a < all.size(); ++a) {
        for (size_t b = a + 1; b < all.size(); ++b)
            EXPECT_FALSE(overlaps(all[a], all[b])) << a << " and " << b;
    }
    for (const StageBox& stage : layout.stages) {
        EXPECT_TRUE(inside(stage.name.rect, stage.header));
        EXPECT_TRUE(inside(stage.description.rect, stage.header));
        EXPECT_FALSE(overlaps(stage.name.rect, stage.description.rect));
    }
}

TEST_F(MapLayoutTest, TouchpointsKeepTheirOrderDownTheirStage)
{
    const Stage& stage = project.journeys.front().stages[2];
    ASSERT_GE(stage.touchpoints.size(), 2u);
    double y = -1;
    for (const Touchpoint& t : stage.touchpoints) {
        const TouchpointBox* box = layout.touchpoint(t.id);
        ASSERT_TRUE(box);
        EXPECT_GT(box->rect.top(), y);
        y = box->rect.bottom();
    }
}

TEST_F(MapLayoutTest, LongTextWrapsAndWhatCannotFitEndsInAnEllipsis)
{
    const QFont font = layouter.style().bodyFont();
    const double width = 160;
    const TextBlock one = layouter.wrap(QStringLiteral("Short"), font, width, 3);
    EXPECT_EQ(one.lines, QStringList{QStringLiteral("Short")});
    EXPECT_FALSE(one.elided);

    const QString sentence =
        QStringLiteral("Checks the tracking link every day once the order has shipped");
    const TextBlock wrapped = layouter.wrap(sentence, font, width, 6);
    EXPECT_GT(wrapped.lines.size(), 1);
    EXPECT_FALSE(wrapped.elided);
    EXPECT_EQ(wrapped.lines.join(u' '), sentence);
    const QFontMetricsF metrics(font);
    for (const QString& line : wrapped.lines)
        EXPECT_LE(metrics.horizontalAdvance(line), width + 0.5) << line.toStdString();
    EXPECT_DOUBLE_EQ(wrapped.rect.height(), wrapped.lines.size() * metrics.lineSpacing());

    QString novel;
    for (int i = 0; i < 40; ++i)
        novel += QStringLiteral("word%1 ").arg(i);
    const TextBlock cut = layouter.wrap(novel, font, width, 3);
    ASSERT_EQ(cut.lines.size(), 3);
    EXPECT_TRUE(cut.elided);
    EXPECT_TRUE(cut.lines.back().endsWith(QChar(0x2026)));
    EXPECT_EQ(cut.text, novel) << "the whole text stays for the tooltip";
    for (const QString& line : cut.lines)
        EXPECT_LE(metrics.horizontalAdvance(line), width + 0.5);

    // One unbroken word longer than the line breaks anywhere, never overflows.
    const TextBlock word = layouter.wrap(QString(60, u'x'), font, width, 4);
    for (const QString& line : word.lines)
        EXPECT_LE(metrics.horizontalAdvance(line), width + 0.5);
}

TEST_F(MapLayoutTest, ALongTouchpointNameMakesItsCardTallerNotWider)
{
    ProjectDocument document(project);
    const Stage& stage = project.journeys.front().stages[0];
    const Id id = stage.touchpoints[0].id;
    const QRectF before = layout.touchpoint(id)->rect;
    document.set(id, &Touchpoint::name,
                 QStringLiteral("A touchpoint with a name long enough to need several lines and "
                                "then some more words than fit"));
    const MapLayout after = layouter.layout(document.project(), journey);
    const TouchpointBox* box = after.touchpoint(id);
    EXPECT_DOUBLE_EQ(box->rect.width(), before.width());
    EXPECT_GT(box->rect.height(), before.height());
    EXPECT_EQ(box->name.lines.size(), 3);
    EXPECT_TRUE(box->name.elided);
    // The cards below it moved down with it.
    const TouchpointBox* next = after.touchpoint(stage.touchpoints[1].id);
    EXPECT_GE(next->rect.top(), box->rect.bottom());
}

TEST_F(MapLayoutTest, EmotionPointsSitAtTheirValueAndTheLowestAreMarked)
{
    const EmotionCurve& curve = layout.curve;
    ASSERT_NE(curve.laneId, NoId);
    EXPECT_DOUBLE_EQ(curve.yOf(Touchpoint::MaxEmotion), curve.band.top());
    EXPECT_DOUBLE_EQ(curve.yOf(Touchpoint::MinEmotion), curve.band.bottom());
    for (int v = Touchpoint::MinEmotion; v <= Touchpoint::MaxEmotion; ++v)
        EXPECT_EQ(curve.valueAt(curve.yOf(v) + 2), v);
    EXPECT_EQ(curve.valueAt(curve.band.top() - 100), Touchpoint::MaxEmotion) << "clamped";
    int lowest = Touchpoint::MaxEmotion;
    for (const EmotionPoint& point : curve.points)
        lowest = std::min(lowest, point.value);
    ASSERT_LT(lowest, 0);
    for (const EmotionPoint& point : curve.points) {
        EXPECT_DOUBLE_EQ(point.position.y(), curve.yOf(point.value));
        EXPECT_EQ(point.lowest, point.value == lowest);
        const StageBox* stage = layout.stage(point.stageId);
        EXPECT_GT(point.position.x(), stage->column.left());
        EXPECT_LT(point.position.x(), stage->column.right());
    }
    for (size_t i = 1; i < curve.points.size(); ++i)
        EXPECT_GT(curve.points[i].position.x(), curve.points[i - 1].position.x());
}

TEST_F(MapLayoutTest, HiddenLanesTakeNoRoom)
{
    Project edited = project;
    Lane& lane = edited.journeys.front().lanes.back();
    lane.hidden = true;
    const MapLayout after = layouter.layout(edited, journey);
    EXPECT_EQ(after.lanes.size(), layout.lanes.size() - 1);
    EXPECT_FALSE(after.lane(lane.id));
    for (const CardBox& card : after.cards)
        EXPECT_NE(card.laneId, lane.id);
    EXPECT_LT(after.bounds.height(), layout.bounds.height());
}

TEST_F(MapLayoutTest, AnEmptyJourneySaysWhatToDo)
{
    ProjectDocument document(project);
    Journey empty;
    empty.name = QStringLiteral("Blank");
    const Id id = document.addJourney(empty);
    const MapLayout blank = layouter.layout(document.project(), id);
    ASSERT_FALSE(blank.hints.empty());
    EXPECT_EQ(blank.hints.front().text, QStringLiteral("Add your first stage"));
    EXPECT_TRUE(inside(blank.hints.front().rect, blank.bounds));
    EXPECT_TRUE(blank.stages.empty());
    EXPECT_FALSE(layout.hints.size()) << "the demo needs no hint";
}

TEST_F(MapLayoutTest, ALargerScaleLaysOutTheSameMapLarger)
{
    MapLayouter big(MapStyle{1.5, {}});
    const MapLayout large = big.layout(project, journey);
    ASSERT_EQ(large.stages.size(), layout.stages.size());
    EXPECT_NEAR(large.stages[0].header.width(), layout.stages[0].header.width() * 1.5, 0.01);
    EXPECT_GT(large.bounds.width(), layout.bounds.width() * 1.4);
}

TEST_F(MapLayoutTest, LayingOutAgainGivesTheSameLayout)
{
    const MapLayout again = layouter.layout(project, journey);
    EXPECT_TRUE(again.touchpoints == layout.touchpoints);
    EXPECT_TRUE(again.cards == layout.cards);
    EXPECT_TRUE(again.curve == layout.curve);
    MapLayouter fresh;
    EXPECT_TRUE(fresh.layout(project, journey).touchpoints == layout.touchpoints)
        << "the text cache changes nothing";
}

TEST_F(MapLayoutTest, WithARoundTheCardsAndTheLaneOfScoresShowItsScores)
{
    // Without a round: no scores, and the lane of scores says how to get some.
    for (const TouchpointBox& box : layout.touchpoints)
        EXPECT_FALSE(box.scored);
    ASSERT_NE(layout.heat.laneId, NoId) << "the template has a lane of scores";
    EXPECT_FALSE(layout.heat.empty.isEmpty());
    EXPECT_TRUE(layout.heat.cells.empty());

    // The follow-up workshop: one N/A among the first touchpoint's answers.
    Round& round = project.rounds.back();
    const Id touchpoint = project.journeys.front().stages[0].touchpoints[0].id;
    const Id criterion = round.criteria[0].criterionId;
    for (const Rater& rater : round.raters)
        project.ratings[RatingKey{round.id, rater.id, touchpoint, criterion}] =
            Rating{Rating::NotApplicable, {}};
    const analysis::RoundResults results = analysis::computeRound(project, round.id);
    const MapLayout scored = layouter.layout(project, journey, &results);

    EXPECT_EQ(scored.heat.round.text, round.name) << "the lane names the round it shows";
    EXPECT_EQ(scored.heat.names.size(), round.criteria.size());
    size_t touchpoints = 0;
    for (const Stage& stage : project.journeys.front().stages)
        touchpoints += stage.touchpoints.size();
    EXPECT_EQ(scored.heat.cells.size(), touchpoints * round.criteria.size());
    const LaneBox* lane = scored.lane(scored.heat.laneId);
    for (const HeatCell& cell : scored.heat.cells) {
        EXPECT_TRUE(inside(cell.rect, lane->row));
        if (cell.touchpointId == touchpoint && cell.criterionId == criterion) {
            EXPECT_FALSE(cell.scored);
            EXPECT_TRUE(cell.notApplicable);
        }
    }
    // Each card: its weighted score and the badge inside it.
    const TouchpointBox* card = scored.touchpoint(touchpoint);
    ASSERT_TRUE(card && card->scored);
    EXPECT_DOUBLE_EQ(card->score, analysis::findRollUp(results.touchpoints, touchpoint)->score);
    EXPECT_TRUE(inside(card->scoreBadge, card->rect));
    EXPECT_FALSE(overlaps(card->scoreBadge, card->name.rect));
}

} // namespace
} // namespace js
