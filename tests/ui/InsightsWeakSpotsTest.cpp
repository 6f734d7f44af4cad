// The top weak spots of the Insights tab, chart and table, on the small
// project with known numbers. Worked out by hand from AnalysisProject::rated()
// (priority = importance × weight × gap):
//
//   Checkout · Relevance  4 × 1 × (4 − 1.5) = 10   n 2: few ratings
//   Ad · Trust            5 × 2 × (4 − 3)   = 10   1 3 5: discuss
//   Search · Trust        2 × 2 × (4 − 2)   =  8
//   Ad · Clarity          5 × 1 × (3.5 − 2.5) = 5  n 2: few ratings
//
// The tie at 10 goes to the larger gap: Checkout first. Every other cell
// meets its target or has no mean.
#include "InsightsFixture.h"
#include "ui/insights/FilterButton.h"
#include "ui/insights/WeakSpotTable.h"
#include "ui/insights/WeakSpotTableModel.h"
#include "ui/insights/WeakSpotsChart.h"

#include <QClipboard>
#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace js::test {
namespace {

using M = WeakSpotTableModel;

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

class WeakSpotsTest : public InsightsTest {
protected:
    WeakSpotsChart* weakSpots() const { return chart<WeakSpotsChart>("weakspots"); }
    WeakSpotTable* table() const { return tab->findChild<WeakSpotTable*>(); }
    QStringList barLabels() const
    {
        QStringList labels;
        for (const WeakSpotsChart::Bar& bar : weakSpots()->bars())
            labels << bar.label;
        return labels;
    }
    // The text of a cell of the table as shown (sorted) row.
    QString cell(int row, int column) const
    {
        return table()->model()->index(row, column).data().toString();
    }
};

TEST_F(WeakSpotsTest, ChartRanksTheWeakSpotsByPriorityTiesToTheLargerGap)
{
    WeakSpotsChart* chart = weakSpots();
    ASSERT_TRUE(chart);
    ASSERT_TRUE(chart->hasContent());
    const std::vector<WeakSpotsChart::Bar> bars = chart->bars();
    ASSERT_EQ(bars.size(), 4u); // min(10, 4 weak spots)
    EXPECT_EQ(barLabels(), (QStringList{QStringLiteral("Checkout · Relevance"),
                                        QStringLiteral("Instagram ad · Trust"),
                                        QStringLiteral("Search result · Trust"),
                                        QStringLiteral("Instagram ad · Clarity")}));
    EXPECT_EQ(bars[0].touchpoint, P::Checkout);
    EXPECT_EQ(bars[0].criterion, P::Relevance);
    EXPECT_DOUBLE_EQ(bars[0].priority, 10.0);
    EXPECT_DOUBLE_EQ(bars[1].priority, 10.0);
    EXPECT_DOUBLE_EQ(bars[2].priority, 8.0);
    EXPECT_DOUBLE_EQ(bars[3].priority, 5.0);
    // The top bar tells why, and that it rests on two scores only.
    EXPECT_EQ(chart->barText(0),
              QStringLiteral("Relevance %1 against a target of %2, importance 4 · few ratings")
                  .arg(number(1.5, 1), number(4.0, 1)));
    EXPECT_TRUE(chart->barText(1).endsWith(QStringLiteral("discuss")));
}

TEST_F(WeakSpotsTest, ChartBarsAreAsLongAsTheirPriorityHighestOnTop)
{
    WeakSpotsChart* chart = weakSpots();
    ChartView* v = view("weakspots");
    const QRectF rect(v->rect());
    const QRectF top = chart->barRect(0, rect, v->look());
    const QRectF search = chart->barRect(2, rect, v->look());
    const QRectF last = chart->barRect(3, rect, v->look());
    ASSERT_FALSE(top.isEmpty());
    EXPECT_LT(top.bottom(), search.top());
    EXPECT_LT(search.bottom(), last.top());
    EXPECT_DOUBLE_EQ(top.left(), last.left());
    EXPECT_NEAR(search.width() / top.width(), 0.8, 0.01);
    EXPECT_NEAR(last.width() / top.width(), 0.5, 0.01);
    EXPECT_TRUE(chart->barRect(4, rect, v->look()).isEmpty());
}

TEST_F(WeakSpotsTest, TooltipOfABarTellsTheWholeStory)
{
    ChartView* v = view("weakspots");
    const QRectF rect(v->rect());
    const QString tip =
        weakSpots()->toolTipAt(weakSpots()->barRect(0, rect, v->look()).center(), rect, v->look());
    EXPECT_TRUE(tip.startsWith(QStringLiteral("#1 Checkout · Relevance"))) << qPrintable(tip);
    EXPECT_TRUE(tip.contains(QStringLiteral("Stage: Purchase")));
    EXPECT_TRUE(tip.contains(QStringLiteral("Mean %1 against a target of %2: a gap of %3")
                                 .arg(number(1.5, 2), number(4.0, 1), number(2.5, 2))));
    EXPECT_TRUE(tip.contains(QStringLiteral("importance 4 × weight %1").arg(number(1.0, 2))));
    EXPECT_TRUE(tip.contains(QStringLiteral("2 score")));
    EXPECT_TRUE(tip.contains(QStringLiteral("few ratings")));
    // Below the last bar, on the axis: nothing.
    const QRectF last = weakSpots()->barRect(3, rect, v->look());
    EXPECT_EQ(weakSpots()->touchpointAt(last.bottomLeft() + QPointF(4, 30), rect, v->look()), NoId);
}

TEST_F(WeakSpotsTest, FrameworkFilterLeavesOnlyTheClarityWeakSpot)
{
    tab->frameworkFilter()->setEntryChecked(P::Trixie, false);
    settle();
    EXPECT_EQ(barLabels(), QStringList{QStringLiteral("Instagram ad · Clarity")});
    EXPECT_DOUBLE_EQ(weakSpots()->bars().front().priority, 5.0);
    EXPECT_EQ(table()->model()->rowCount(), 1);
    EXPECT_EQ(cell(0, M::Criterion), QStringLiteral("Clarity"));
}

TEST_F(WeakSpotsTest, RaterFilterRanksAgainWithoutTheLeftOutRater)
{
    // Without Lea: Ad · Trust 1 3 → 2, 5 × 2 × 2 = 20; Checkout · Trust
    // 3 4 → 3.5, 4 × 2 × 0.5 = 4 falls short too.
    tab->raterFilter()->setEntryChecked(P::Lea, false);
    settle();
    EXPECT_EQ(barLabels(), (QStringList{QStringLiteral("Instagram ad · Trust"),
                                        QStringLiteral("Checkout · Relevance"),
                                        QStringLiteral("Search result · Trust"),
                                        QStringLiteral("Instagram ad · Clarity"),
                                        QStringLiteral("Checkout · Trust")}));
    EXPECT_DOUBLE_EQ(weakSpots()->bars().front().priority, 20.0);
    EXPECT_DOUBLE_EQ(weakSpots()->bars().back().priority, 4.0);
}

TEST_F(WeakSpotsTest, ClickingABarSelectsItsTouchpoint)
{
    ChartView* v = view("weakspots");
    const QRectF bar = weakSpots()->barRect(2, QRectF(v->rect()), v->look());
    click(v, bar.center());
    EXPECT_EQ(selectedTouchpoint(), P::Search);
    EXPECT_EQ(weakSpots()->selectedTouchpoint(), P::Search);
    // Its label, left of the bar, too.
    click(v,
          weakSpots()->barRect(0, QRectF(v->rect()), v->look()).center() -
              QPointF(weakSpots()->barRect(0, QRectF(v->rect()), v->look()).width() / 2 + 30, 0));
    EXPECT_EQ(selectedTouchpoint(), P::Checkout);
}

TEST_F(WeakSpotsTest, TableListsEveryWeakSpotInRankOrder)
{
    WeakSpotTable* t = table();
    ASSERT_TRUE(t);
    ASSERT_EQ(t->model()->rowCount(), 4);
    EXPECT_EQ(t->model()->columnCount(), 13);
    EXPECT_EQ(cell(0, M::Rank), QStringLiteral("1"));
    EXPECT_EQ(cell(0, M::Touchpoint), QStringLiteral("Checkout"));
    EXPECT_EQ(cell(0, M::Stage), QStringLiteral("Purchase"));
    EXPECT_EQ(cell(0, M::Mean), number(1.5, 2));
    EXPECT_EQ(cell(0, M::Gap), number(2.5, 2));
    EXPECT_EQ(cell(0, M::Priority), number(10.0, 2));
    EXPECT_EQ(cell(0, M::Raters), QStringLiteral("2"));
    EXPECT_EQ(cell(0, M::Flags), QStringLiteral("few ratings"));
    EXPECT_EQ(cell(1, M::Flags), QStringLiteral("discuss"));
    EXPECT_EQ(cell(2, M::Touchpoint), QStringLiteral("Search result"));
    // The mean cell is tinted on the heat scale, its text readable on it.
    const ChartLook look = ChartLook::forPalette(t->palette());
    const QModelIndex mean = t->model()->index(2, M::Mean);
    EXPECT_EQ(mean.data(Qt::BackgroundRole).value<QColor>(), look.heat.fill(2.0, 4.0));
    EXPECT_EQ(mean.data(Qt::ForegroundRole).value<QColor>(),
              look.heat.text(look.heat.fill(2.0, 4.0)));
    EXPECT_TRUE(Qt::Alignment(mean.data(Qt::TextAlignmentRole).toInt()) & Qt::AlignRight);
    EXPECT_FALSE(t->model()->flags(mean) & Qt::ItemIsEditable);
}

TEST_F(WeakSpotsTest, SelectingATableRowSelectsItsTouchpoint)
{
    WeakSpotTable* t = table();
    t->setFocus();
    t->selectRow(2);
    EXPECT_EQ(selectedTouchpoint(), P::Search);
    QTest::keyClick(t, Qt::Key_Down);
    EXPECT_EQ(selectedTouchpoint(), P::Ad); // Ad · Clarity
    EXPECT_EQ(t->currentIndex().row(), 3);  // not pulled back to Ad's first row
}

TEST_F(WeakSpotsTest, NewFiguresKeepThePickedRow)
{
    WeakSpotTable* t = table();
    t->selectRow(3); // Ad · Clarity, Ad's second row
    ASSERT_EQ(selectedTouchpoint(), P::Ad);
    // Without Lea the figures change and Ad · Clarity moves to the fourth row
    // of five; it stays picked rather than jumping to Ad · Trust.
    tab->raterFilter()->setEntryChecked(P::Lea, false);
    settle();
    ASSERT_EQ(t->selectionModel()->selectedRows().size(), 1);
    const QModelIndex picked = t->selectionModel()->selectedRows().front();
    EXPECT_EQ(cell(picked.row(), M::Touchpoint), QStringLiteral("Instagram ad"));
    EXPECT_EQ(cell(picked.row(), M::Criterion), QStringLiteral("Clarity"));
    EXPECT_EQ(selectedTouchpoint(), P::Ad);
}

TEST_F(WeakSpotsTest, TableFollowsTheWindowsSelection)
{
    WeakSpotTable* t = table();
    selection->select({EntityKind::Touchpoint, P::Ad});
    settle();
    ASSERT_EQ(t->selectionModel()->selectedRows().size(), 1);
    EXPECT_EQ(t->selectionModel()->selectedRows().front().row(), 1); // Ad's first: Trust
    selection->select({EntityKind::Touchpoint, P::Receipt});         // no weak spot
    settle();
    EXPECT_TRUE(t->selectionModel()->selectedRows().isEmpty());
    EXPECT_EQ(selectedTouchpoint(), P::Receipt);
}

TEST_F(WeakSpotsTest, TableSortsPrioritiesAsNumbers)
{
    WeakSpotTable* t = table();
    t->horizontalHeader()->setSortIndicator(M::Priority, Qt::AscendingOrder);
    settle();
    // As text "10.00" would come before "5.00".
    EXPECT_EQ(cell(0, M::Priority), number(5.0, 2));
    EXPECT_EQ(cell(1, M::Priority), number(8.0, 2));
    EXPECT_EQ(cell(2, M::Priority), number(10.0, 2));
    EXPECT_EQ(cell(3, M::Priority), number(10.0, 2));
    // New figures keep the order chosen.
    tab->raterFilter()->setEntryChecked(P::Lea, false);
    settle();
    EXPECT_EQ(t->horizontalHeader()->sortIndicatorSection(), int(M::Priority));
    EXPECT_EQ(cell(0, M::Priority), number(4.0, 2));
    EXPECT_EQ(cell(4, M::Priority), number(20.0, 2));
}

TEST_F(WeakSpotsTest, CtrlCCopiesTheSelectedRowsWithAHeader)
{
    WeakSpotTable* t = table();
    QApplication::clipboard()->clear();
    t->setFocus();
    t->selectRow(0);
    QTest::keyClick(t, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines =
        QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("Rank\tTouchpoint\tStage\tCriterion\tMean")));
    const QStringList row = lines[1].split(QLatin1Char('\t'));
    ASSERT_EQ(row.size(), 13);
    EXPECT_EQ(row[M::Rank], QStringLiteral("1"));
    EXPECT_EQ(row[M::Touchpoint], QStringLiteral("Checkout"));
    EXPECT_EQ(row[M::Criterion], QStringLiteral("Relevance"));
    EXPECT_EQ(row[M::Priority], number(10.0, 2));
}

TEST_F(WeakSpotsTest, ARoundMeetingEveryTargetSaysSo)
{
    // The follow-up's Awareness: Ad · Trust 4 4 against a target of 4.
    showRound(FollowUp);
    tab->stageFilter()->setEntryChecked(P::Purchase, false);
    settle();
    ASSERT_TRUE(tab->insights().hasScores());
    WeakSpotsChart* chart = weakSpots();
    EXPECT_FALSE(chart->hasContent());
    EXPECT_TRUE(chart->bars().empty());
    EXPECT_TRUE(chart->emptyMessage().startsWith(QStringLiteral("Every rated cell meets")));
    EXPECT_EQ(table()->model()->rowCount(), 0);
    EXPECT_TRUE(table()->emptyText().startsWith(QStringLiteral("Every rated cell meets")));
}

TEST_F(WeakSpotsTest, ARoundWithoutRatingsShowsTheEmptyState)
{
    Round empty;
    empty.name = QStringLiteral("Not yet rated");
    empty.date = QDate(2026, 9, 1);
    empty.journeyId = P::Journey;
    empty.raters = {{NoId, QStringLiteral("Ada"), {}}};
    const Id round = document->addRound(empty);
    ASSERT_NE(round, NoId);
    showRound(round);
    WeakSpotsChart* chart = weakSpots();
    EXPECT_FALSE(chart->hasContent());
    EXPECT_TRUE(chart->emptyMessage().startsWith(QStringLiteral("Nobody has rated")));
    EXPECT_EQ(table()->model()->rowCount(), 0);
    EXPECT_TRUE(table()->emptyText().contains(QStringLiteral("nobody has rated")));
}

} // namespace
} // namespace js::test
