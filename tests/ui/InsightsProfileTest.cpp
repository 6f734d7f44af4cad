// The journey profile of the Insights tab, on the small project with known numbers.
#include "InsightsFixture.h"
#include "ui/insights/FilterButton.h"
#include "ui/insights/ProfileChart.h"

#include <QComboBox>
#include <QImage>

namespace js::test {
namespace {

class ProfileTest : public InsightsTest {
protected:
    ProfileChart* profile() const { return chart<ProfileChart>("profile"); }
    ProfileChart::Geometry geometry() const
    {
        ChartView* v = view("profile");
        return profile()->geometry(profile()->bodyRect(QRectF(v->rect()), v->look()), v->look());
    }
    void setEmotion(Id touchpoint, int emotion)
    {
        ASSERT_TRUE(document->set(touchpoint, &Touchpoint::emotion, emotion));
        settle();
    }
};

// The baseline's stages, pooled over their cells with the criterion weights
// (Trust 2, Relevance 1, Clarity 1):
//   Awareness: Ad 3·2 + 13/3 + 5/2, Search 2·2 + 4, over 2+1+1+2+1 = 7
//   Purchase:  Checkout 4·2 + 3/2, over 2+1 = 3
constexpr double AwarenessScore = (3.0 * 2 + 13.0 / 3 + 5.0 / 2 + 2.0 * 2 + 4.0) / 7.0;
constexpr double PurchaseScore = (4.0 * 2 + 3.0 / 2) / 3.0;

TEST_F(ProfileTest, DrawsTheMeanScoreOfEachStageInMapOrder)
{
    ASSERT_TRUE(profile());
    ASSERT_TRUE(profile()->hasContent());
    const auto& points = profile()->stagePoints();
    ASSERT_EQ(points.size(), 2u);
    EXPECT_EQ(points[0].stage, P::Awareness);
    ASSERT_TRUE(points[0].score);
    EXPECT_NEAR(*points[0].score, AwarenessScore, 1e-9);
    EXPECT_EQ(points[0].ratings, 3 + 3 + 2 + 3 + 1);
    EXPECT_EQ(points[1].stage, P::Purchase);
    ASSERT_TRUE(points[1].score);
    EXPECT_NEAR(*points[1].score, PurchaseScore, 1e-9);
    EXPECT_EQ(points[1].ratings, 3 + 2);
    // The baseline is the first round: nothing to compare with.
    EXPECT_FALSE(points[0].compare);
    // The target line: the mean of the round's targets 4, 4 and 3.5.
    ASSERT_TRUE(profile()->target());
    EXPECT_NEAR(*profile()->target(), 11.5 / 3, 1e-9);
    // The higher score is drawn higher.
    const auto g = geometry();
    EXPECT_LT(profile()->stagePosition(g, P::Purchase).y(),
              profile()->stagePosition(g, P::Awareness).y());
}

TEST_F(ProfileTest, AStageWithoutAScoreIsAGapNotAZero)
{
    // Only the 5 Cs: Purchase has Checkout's N/As and nothing else on Clarity.
    tab->frameworkFilter()->setEntryChecked(P::Trixie, false);
    settle();
    const auto& points = profile()->stagePoints();
    ASSERT_EQ(points.size(), 2u);
    ASSERT_TRUE(points[0].score);
    EXPECT_NEAR(*points[0].score, (5.0 / 2 + 4.0) / 2, 1e-9);
    EXPECT_FALSE(points[1].score);
    const auto g = geometry();
    EXPECT_TRUE(profile()->stagePosition(g, P::Purchase).isNull());
    ChartView* v = view("profile");
    const QPointF band((g.scorePlot.center().x() + g.scorePlot.right()) / 2,
                       g.scorePlot.center().y());
    EXPECT_TRUE(profile()
                    ->toolTipAt(band, QRectF(v->rect()), v->look())
                    .contains(QStringLiteral("no score")));
}

TEST_F(ProfileTest, PlacesOneEmotionPointPerTouchpointWithinItsStage)
{
    setEmotion(P::Ad, 2);
    setEmotion(P::Search, -1);
    setEmotion(P::Checkout, -3);
    setEmotion(P::Receipt, 1);
    const auto& points = profile()->emotionPoints();
    ASSERT_EQ(points.size(), 4u);
    const Id ids[] = {P::Ad, P::Search, P::Checkout, P::Receipt};
    const int emotions[] = {2, -1, -3, 1};
    // Two touchpoints a stage, spread evenly over its band.
    const double xs[] = {0.25, 0.75, 1.25, 1.75};
    for (size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(points[i].touchpoint, ids[i]);
        EXPECT_EQ(points[i].emotion, emotions[i]);
        EXPECT_DOUBLE_EQ(points[i].x, xs[i]);
    }
    const auto g = geometry();
    // Under each stage's score point, and +2 drawn above −3.
    const QPointF ad = profile()->emotionPosition(g, P::Ad);
    const QPointF search = profile()->emotionPosition(g, P::Search);
    const QPointF checkout = profile()->emotionPosition(g, P::Checkout);
    EXPECT_NEAR((ad.x() + search.x()) / 2, profile()->stagePosition(g, P::Awareness).x(), 0.5);
    EXPECT_LT(ad.y(), checkout.y());
    EXPECT_GT(ad.y(), g.scorePlot.bottom());
    // Purchase scores below target where the customer feels bad on average
    // (−3 and +1); Awareness is below target too, but felt well (+2, −1).
    EXPECT_TRUE(profile()->stagePoints()[1].dip);
    EXPECT_FALSE(profile()->stagePoints()[0].dip);
    // The point is painted where the chart says it is.
    ChartView* v = view("profile");
    const QImage image = v->grab().toImage();
    EXPECT_EQ(image.pixelColor(checkout.toPoint()).rgb(), v->look().emotion.rgb());
}

TEST_F(ProfileTest, ClickingAnEmotionPointSelectsItsTouchpoint)
{
    setEmotion(P::Checkout, -2);
    ChartView* v = view("profile");
    click(v, profile()->emotionPosition(geometry(), P::Checkout));
    EXPECT_EQ(selectedTouchpoint(), P::Checkout);
    EXPECT_EQ(profile()->selectedTouchpoint(), P::Checkout);
    // A stage's score point is no touchpoint.
    const QPointF stage = profile()->stagePosition(geometry(), P::Awareness);
    EXPECT_EQ(profile()->touchpointAt(stage, QRectF(v->rect()), v->look()), NoId);
    EXPECT_TRUE(profile()
                    ->toolTipAt(stage, QRectF(v->rect()), v->look())
                    .contains(QStringLiteral("Awareness")));
}

TEST_F(ProfileTest, ShowsTheComparisonRoundAsASecondLine)
{
    showRound(FollowUp);
    tab->compareBox()->setCurrentIndex(tab->compareBox()->findData(QVariant::fromValue(P::Round)));
    settle();
    const auto& points = profile()->stagePoints();
    ASSERT_EQ(points.size(), 2u);
    // The follow-up rates Trust only: Ad 4 and Checkout 2.
    ASSERT_TRUE(points[0].score && points[0].compare);
    EXPECT_NEAR(*points[0].score, 4.0, 1e-9);
    EXPECT_NEAR(*points[0].compare, AwarenessScore, 1e-9);
    ASSERT_TRUE(points[1].score && points[1].compare);
    EXPECT_NEAR(*points[1].score, 2.0, 1e-9);
    EXPECT_NEAR(*points[1].compare, PurchaseScore, 1e-9);
}

TEST_F(ProfileTest, TheStageFilterRemovesAStageFromBothPlots)
{
    tab->stageFilter()->setEntryChecked(P::Awareness, false);
    settle();
    const auto& points = profile()->stagePoints();
    ASSERT_EQ(points.size(), 1u);
    EXPECT_EQ(points[0].stage, P::Purchase);
    const auto& emotions = profile()->emotionPoints();
    ASSERT_EQ(emotions.size(), 2u);
    EXPECT_EQ(emotions[0].touchpoint, P::Checkout);
    EXPECT_DOUBLE_EQ(emotions[0].x, 0.25);
    EXPECT_TRUE(profile()->emotionPosition(geometry(), P::Ad).isNull());
}

} // namespace
} // namespace js::test
