// Round over round in the Insights tab, on the small project with known numbers.
#include "InsightsFixture.h"
#include "ui/insights/ChartExport.h"
#include "ui/insights/FilterButton.h"
#include "ui/insights/TrendChart.h"

#include <QComboBox>
#include <QImage>

namespace js::test {
namespace {

class TrendTest : public InsightsTest {
protected:
    TrendChart* trend() const { return chart<TrendChart>("trend"); }
    // The follow-up against the baseline.
    void showFollowUpAgainstBaseline()
    {
        showRound(FollowUp);
        QComboBox* box = tab->compareBox();
        const int baseline = box->findData(QVariant::fromValue(P::Round));
        ASSERT_GE(baseline, 0);
        box->setCurrentIndex(baseline);
        settle();
        ASSERT_EQ(tab->request().compareTo, P::Round);
    }
    const TrendChart::Row* row(TrendChart::Kind kind, Id id) const
    {
        for (const TrendChart::Row& r : trend()->rows()) {
            if (r.kind == kind && r.id == id)
                return &r;
        }
        return nullptr;
    }
};

using Kind = TrendChart::Kind;

// The baseline's stages, pooled over their cells with the criterion weights
// (Trust 2, Relevance 1, Clarity 1); the follow-up rates Trust only.
// Like for like: only the cells both rounds rated count, Ad and Checkout on
// Trust (the baseline 3 and 4, the follow-up 4 and 2).

TEST_F(TrendTest, ShowsBeforeAndAfterOfEachStageAndCriterion)
{
    showFollowUpAgainstBaseline();
    ASSERT_TRUE(trend());
    ASSERT_TRUE(trend()->hasContent());
    const auto& rows = trend()->rows();
    ASSERT_EQ(rows.size(), 2u + 3u);
    EXPECT_EQ(rows[0].label, QStringLiteral("Awareness"));
    EXPECT_EQ(rows[1].label, QStringLiteral("Purchase"));
    EXPECT_EQ(rows[2].label, QStringLiteral("Trust"));
    EXPECT_EQ(rows[4].label, QStringLiteral("Clarity"));

    // Trust: the baseline's Ad 3 and Checkout 4 (Search, which the follow-up
    // did not rate, is left out); the follow-up's Ad 4 and Checkout 2.
    const TrendChart::Row* trust = row(Kind::Criterion, P::Trust);
    ASSERT_TRUE(trust && trust->delta);
    EXPECT_NEAR(trust->delta->before, (3.0 + 4.0) / 2, 1e-9);
    EXPECT_NEAR(trust->delta->after, (4.0 + 2.0) / 2, 1e-9);
    EXPECT_NEAR(trust->delta->change, -0.5, 1e-9);

    // Awareness: the Ad from 3 up to 4; Purchase: Checkout from 4 down to 2.
    const TrendChart::Row* awareness = row(Kind::Stage, P::Awareness);
    ASSERT_TRUE(awareness && awareness->delta);
    EXPECT_NEAR(awareness->delta->before, 3.0, 1e-9);
    EXPECT_NEAR(awareness->delta->after, 4.0, 1e-9);
    EXPECT_NEAR(awareness->delta->change, 1.0, 1e-9);
    const TrendChart::Row* purchase = row(Kind::Stage, P::Purchase);
    ASSERT_TRUE(purchase && purchase->delta);
    EXPECT_NEAR(purchase->delta->change, -2.0, 1e-9);

    // The follow-up does not rate Relevance or Clarity: no bars, a note instead.
    EXPECT_FALSE(row(Kind::Criterion, P::Relevance)->delta);
    EXPECT_FALSE(row(Kind::Criterion, P::Clarity)->delta);
}

TEST_F(TrendTest, TheTooltipOfARowGivesBeforeAfterAndTheSignedChange)
{
    showFollowUpAgainstBaseline();
    ChartView* v = view("trend");
    const QRectF rect(v->rect());
    const auto g = trend()->geometry(trend()->bodyRect(rect, v->look()), v->look());
    const QString purchase = trend()->toolTipAt(trend()->rowRect(g, 1).center(), rect, v->look());
    EXPECT_TRUE(purchase.contains(QStringLiteral("Purchase"))) << purchase.toStdString();
    EXPECT_TRUE(purchase.contains(QStringLiteral("Baseline: 4.0"))) << purchase.toStdString();
    EXPECT_TRUE(purchase.contains(QStringLiteral("Follow-up: 2.0"))) << purchase.toStdString();
    EXPECT_TRUE(purchase.contains(QStringLiteral("Change \u22122.0"))) << purchase.toStdString();
    const QString clarity = trend()->toolTipAt(trend()->rowRect(g, 4).center(), rect, v->look());
    EXPECT_TRUE(clarity.contains(QStringLiteral("Not rated in both rounds")))
        << clarity.toStdString();
    // Stages above criteria.
    EXPECT_LT(trend()->rowRect(g, 1).bottom(), trend()->rowRect(g, 2).top());
}

TEST_F(TrendTest, AnEarlierRoundShownAgainstALaterOneIsStillBeforeAndAfter)
{
    showRound(P::Round);
    tab->compareBox()->setCurrentIndex(tab->compareBox()->findData(QVariant::fromValue(FollowUp)));
    settle();
    ASSERT_TRUE(trend()->hasContent());
    EXPECT_EQ(tab->insights().beforeName, QStringLiteral("Baseline"));
    EXPECT_EQ(tab->insights().afterName, QStringLiteral("Follow-up"));
    const TrendChart::Row* purchase = row(Kind::Stage, P::Purchase);
    ASSERT_TRUE(purchase && purchase->delta);
    EXPECT_NEAR(purchase->delta->before, 4.0, 1e-9);
    EXPECT_NEAR(purchase->delta->change, -2.0, 1e-9);
}

TEST_F(TrendTest, APartlyRatedRoundSaysItIsComparedLikeForLike)
{
    showFollowUpAgainstBaseline();
    // The follow-up rated two of the cells the baseline has scores for.
    EXPECT_EQ(tab->insights().matchedCells, 2);
    const QString svg =
        QString::fromUtf8(chartSvg(*trend(), QSize(1200, 600), view("trend")->look()));
    EXPECT_TRUE(svg.contains(QStringLiteral("the 2 cells rated in both rounds"))) << svg.size();
}

TEST_F(TrendTest, PaintsTheBarsAndColoursTheChangeByItsSign)
{
    showFollowUpAgainstBaseline();
    ChartView* v = view("trend");
    const ChartLook look = v->look();
    EXPECT_EQ(TrendChart::changeColour(1.0, look), look.better);
    EXPECT_EQ(TrendChart::changeColour(-2.0, look), look.worse);
    EXPECT_EQ(TrendChart::changeColour(0.04, look), look.mutedText);
    EXPECT_EQ(TrendChart::changeColour(-0.04, look), look.mutedText);
    // Awareness: the after bar (4 of 5) runs further than the before bar (3.0).
    const QImage image = v->grab().toImage();
    const auto g = trend()->geometry(trend()->bodyRect(QRectF(v->rect()), look), look);
    const QRectF band = trend()->rowRect(g, 0);
    const auto colourAt = [&](double score, double share) {
        const double x = band.left() + score / 5.0 * band.width();
        return image.pixelColor(QPointF(x, band.top() + share * band.height()).toPoint()).rgb();
    };
    // Before above after, each in its colour; past 3.0 only the after bar.
    EXPECT_EQ(colourAt(2.5, 0.3), look.compare.rgb());
    EXPECT_EQ(colourAt(2.5, 0.7), look.round.rgb());
    EXPECT_EQ(colourAt(3.5, 0.7), look.round.rgb());
    EXPECT_NE(colourAt(3.5, 0.3), look.compare.rgb());
}

TEST_F(TrendTest, WithoutAComparisonItSaysToPickOne)
{
    showFollowUpAgainstBaseline();
    tab->compareBox()->setCurrentIndex(tab->compareBox()->findData(QVariant::fromValue(NoId)));
    settle();
    EXPECT_EQ(tab->request().compareTo, NoId);
    EXPECT_FALSE(trend()->hasContent());
    EXPECT_TRUE(trend()->rows().empty());
    EXPECT_TRUE(trend()->emptyMessage().contains(QStringLiteral("Compare with")))
        << trend()->emptyMessage().toStdString();
}

TEST_F(TrendTest, TheOnlyRoundOfAJourneyAsksForASecond)
{
    ASSERT_TRUE(document->removeRound(FollowUp));
    settle();
    EXPECT_FALSE(trend()->hasContent());
    EXPECT_TRUE(trend()->emptyMessage().contains(QStringLiteral("second")))
        << trend()->emptyMessage().toStdString();
    EXPECT_FALSE(trend()->emptyMessage().contains(QStringLiteral("Compare with")));
}

TEST_F(TrendTest, TheFrameworkFilterChangesTheRows)
{
    showFollowUpAgainstBaseline();
    tab->frameworkFilter()->setEntryChecked(P::FiveCs, false);
    settle();
    const auto& rows = trend()->rows();
    ASSERT_EQ(rows.size(), 2u + 2u);
    EXPECT_FALSE(row(Kind::Criterion, P::Clarity));
    EXPECT_TRUE(row(Kind::Criterion, P::Relevance));
    // Awareness still compares the one cell both rounds rated: the Ad on Trust.
    const TrendChart::Row* awareness = row(Kind::Stage, P::Awareness);
    ASSERT_TRUE(awareness && awareness->delta);
    EXPECT_NEAR(awareness->delta->before, 3.0, 1e-9);
    EXPECT_NEAR(awareness->delta->after, 4.0, 1e-9);
    // Only the 5 Cs: the follow-up rated none of Clarity, nothing to compare.
    tab->frameworkFilter()->setEntryChecked(P::FiveCs, true);
    tab->frameworkFilter()->setEntryChecked(P::Trixie, false);
    settle();
    EXPECT_FALSE(trend()->hasContent());
}

} // namespace
} // namespace js::test
