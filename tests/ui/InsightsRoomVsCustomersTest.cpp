// The chart of the room's scores against the customers' CSAT or NPS, on the
// small project with known numbers and on the demo project.
#include "InsightsFixture.h"
#include "core/content/DemoProject.h"
#include "core/model/ProjectQueries.h"
#include "ui/insights/RoomVsCustomersChart.h"

#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QPainter>

#include <algorithm>

namespace js::test {
namespace {

class RoomVsCustomersTest : public InsightsTest {
protected:
    RoomVsCustomersChart* roomVs() const { return chart<RoomVsCustomersChart>("roomvscustomers"); }
    ChartView* roomVsView() const { return view("roomvscustomers"); }
    QComboBox* kindBox() const { return tab->dashboard()->roomVsKindBox(); }

    Id addMetric(Id touchpoint, MetricKind kind, double value, int count)
    {
        const Id id = document->addMetric(
            Metric{NoId, touchpoint, kind, value, count, {}, QDate(2026, 5, 1), {}});
        settle();
        return id;
    }

    // The tab on another project, shown on `round`.
    void reopen(Project project, Id round)
    {
        tab.reset();
        context.reset();
        selection.reset();
        document = std::make_unique<ProjectDocument>(std::move(project));
        selection = std::make_unique<SelectionModel>(document.get());
        context = std::make_unique<AssessmentContext>(document.get());
        context->setRound(round);
        tab = std::make_unique<InsightsTab>(document.get(), selection.get(), context.get());
        tab->setProjectKey(QStringLiteral("/tmp/insights-test.journey"));
        tab->resize(1400, 900);
        tab->show();
        settle();
    }

    QString tipAt(Id touchpoint) const
    {
        const QRectF rect(roomVsView()->rect());
        const ChartLook look = roomVsView()->look();
        return roomVs()->toolTipAt(roomVs()->pointPosition(touchpoint, rect, look), rect, look);
    }
};

TEST_F(RoomVsCustomersTest, SaysWhatToDoWithoutCustomerFigures)
{
    ASSERT_TRUE(tab->insights().hasScores());
    EXPECT_FALSE(roomVs()->hasContent());
    EXPECT_EQ(roomVs()->kind(), MetricKind::Csat);
    EXPECT_EQ(roomVs()->emptyMessage(),
              QStringLiteral("No customer figures yet: import survey responses (File > Import "
                             "survey responses…) or add them in the inspector."));
    // A figure on a touchpoint the room has not scored draws no point.
    addMetric(P::Receipt, MetricKind::Csat, 50, 200);
    EXPECT_FALSE(roomVs()->hasContent());
    EXPECT_TRUE(roomVs()->emptyMessage().contains(QStringLiteral("no scores from the room")))
        << roomVs()->emptyMessage().toStdString();
}

TEST_F(RoomVsCustomersTest, FollowsAMetricAddedAndUndoneThroughTheDocument)
{
    const int refreshes = tab->refreshCount();
    const Id metric = addMetric(P::Ad, MetricKind::Csat, 40, 150);
    // Only this chart follows: the other figures are not worked out again.
    EXPECT_EQ(tab->refreshCount(), refreshes);
    ASSERT_TRUE(roomVs()->hasContent());
    ASSERT_EQ(roomVs()->figures().points.size(), 1u);
    const analysis::RoomVsCustomersPoint& ad = roomVs()->figures().points.front();
    EXPECT_EQ(ad.touchpoint, P::Ad);
    // The room's score is the round's roll-up: (2·3 + 13/3 + 5/2) / 4.
    EXPECT_DOUBLE_EQ(ad.roomScore, (2 * 3.0 + 13.0 / 3.0 + 2.5) / 4);
    EXPECT_DOUBLE_EQ(ad.customerValue, 40.0);
    EXPECT_GT(ad.gap, 0.0); // 55 % on the line against 40 %

    // A new value moves the point, up; a note leaves the figures be.
    ChartView* v = roomVsView();
    const QPointF at40 = roomVs()->pointPosition(P::Ad, QRectF(v->rect()), v->look());
    document->set(metric, &Metric::value, 70.0);
    settle();
    EXPECT_LT(roomVs()->pointPosition(P::Ad, QRectF(v->rect()), v->look()).y(), at40.y() - 20);
    ASSERT_EQ(roomVs()->figures().points.size(), 1u);
    EXPECT_DOUBLE_EQ(roomVs()->figures().points.front().customerValue, 70.0);
    EXPECT_LT(roomVs()->figures().points.front().gap, 0.0);
    document->set(metric, &Metric::note, QStringLiteral("Survey, May"));
    settle();
    EXPECT_DOUBLE_EQ(roomVs()->figures().points.front().customerValue, 70.0);
    EXPECT_EQ(tab->refreshCount(), refreshes);

    // A rating moves the room's score.
    document->setRatingScore(RatingKey{P::Round, P::Rita, P::Ad, P::Trust}, 5);
    settle();
    EXPECT_DOUBLE_EQ(roomVs()->figures().points.front().roomScore,
                     (2 * (13.0 / 3.0) + 13.0 / 3.0 + 2.5) / 4);

    document->undoStack()->undo(); // the rating
    document->undoStack()->undo(); // the note
    document->undoStack()->undo(); // the value
    document->undoStack()->undo(); // the metric
    settle();
    EXPECT_FALSE(roomVs()->hasContent());
}

TEST_F(RoomVsCustomersTest, ShowsCsatFirstAndSwitchesToNps)
{
    addMetric(P::Ad, MetricKind::Csat, 40, 150);
    addMetric(P::Search, MetricKind::Nps, 10, 80);
    addMetric(P::Checkout, MetricKind::Nps, -30, 12);
    EXPECT_EQ(roomVs()->kind(), MetricKind::Csat);
    EXPECT_EQ(kindBox()->currentData().toInt(), int(MetricKind::Csat));
    EXPECT_EQ(roomVs()->figures().points.size(), 1u);
    EXPECT_TRUE(roomVs()->title().contains(QStringLiteral("CSAT")));

    kindBox()->setCurrentIndex(kindBox()->findData(int(MetricKind::Nps)));
    settle();
    EXPECT_EQ(roomVs()->kind(), MetricKind::Nps);
    EXPECT_TRUE(roomVs()->title().contains(QStringLiteral("NPS")));
    ASSERT_EQ(roomVs()->figures().points.size(), 2u);
    EXPECT_EQ(roomVs()->figures().points[0].touchpoint, P::Search);
    EXPECT_EQ(roomVs()->figures().points[1].touchpoint, P::Checkout);
    // Search: the room's 8/3 is −50/3 on the NPS line, below the customers' +10.
    EXPECT_NEAR(roomVs()->figures().points[0].gap, -50.0 / 3 - 10, 1e-9);

    // The choice holds when the figures change.
    addMetric(P::Checkout, MetricKind::Csat, 70, 300);
    EXPECT_EQ(roomVs()->kind(), MetricKind::Nps);
    EXPECT_EQ(kindBox()->currentData().toInt(), int(MetricKind::Nps));
}

TEST_F(RoomVsCustomersTest, ShowsNpsWhenThereIsNoCsat)
{
    addMetric(P::Search, MetricKind::Nps, 10, 80);
    EXPECT_EQ(roomVs()->kind(), MetricKind::Nps);
    EXPECT_EQ(kindBox()->currentData().toInt(), int(MetricKind::Nps));
    EXPECT_TRUE(roomVs()->hasContent());
}

TEST_F(RoomVsCustomersTest, AClickOnAPointSelectsItsTouchpoint)
{
    addMetric(P::Ad, MetricKind::Csat, 40, 150);
    addMetric(P::Checkout, MetricKind::Csat, 90, 150);
    ChartView* v = roomVsView();
    const QRectF rect(v->rect());
    const QPointF checkout = roomVs()->pointPosition(P::Checkout, rect, v->look());
    ASSERT_FALSE(checkout.isNull());
    click(v, checkout + QPointF(2, -3));
    EXPECT_EQ(selectedTouchpoint(), P::Checkout);
    EXPECT_EQ(roomVs()->selectedTouchpoint(), P::Checkout);
    click(v, roomVs()->pointPosition(P::Ad, rect, v->look()));
    EXPECT_EQ(selectedTouchpoint(), P::Ad);
}

TEST_F(RoomVsCustomersTest, TheRoomRatingHigherSitsBelowTheAgreementLine)
{
    addMetric(P::Ad, MetricKind::Csat, 40, 150);       // room 55 %: higher
    addMetric(P::Checkout, MetricKind::Csat, 90, 150); // room 55 %: lower
    ChartView* v = roomVsView();
    const QRectF rect(v->rect());
    const QLineF line = roomVs()->agreementLine(rect, v->look());
    ASSERT_FALSE(line.isNull());
    const auto lineYAt = [&line](double x) {
        return line.y1() + (x - line.x1()) / (line.x2() - line.x1()) * (line.y2() - line.y1());
    };
    EXPECT_GT(line.x2(), line.x1());
    EXPECT_LT(line.y2(), line.y1()); // rising
    const QPointF ad = roomVs()->pointPosition(P::Ad, rect, v->look());
    const QPointF checkout = roomVs()->pointPosition(P::Checkout, rect, v->look());
    EXPECT_GT(ad.y(), lineYAt(ad.x()) + 5);             // under the line: room higher
    EXPECT_LT(checkout.y(), lineYAt(checkout.x()) - 5); // above it
    // Every touchpoint is named by its point.
    QStringList names;
    for (const auto& label : roomVs()->placedLabels(rect, v->look()))
        names << label.text;
    EXPECT_TRUE(names.contains(QStringLiteral("Instagram ad")));
    EXPECT_TRUE(names.contains(QStringLiteral("Checkout")));
    EXPECT_TRUE(tipAt(P::Ad).contains(QStringLiteral("higher than its customers")))
        << tipAt(P::Ad).toStdString();
    EXPECT_TRUE(tipAt(P::Checkout).contains(QStringLiteral("higher than the room")))
        << tipAt(P::Checkout).toStdString();
}

TEST_F(RoomVsCustomersTest, MarksAFigureOnFewAnswers)
{
    addMetric(P::Ad, MetricKind::Csat, 40, 12);
    addMetric(P::Checkout, MetricKind::Csat, 90, 150);
    ASSERT_EQ(roomVs()->figures().points.size(), 2u);
    EXPECT_TRUE(roomVs()->figures().points[0].fewAnswers);
    EXPECT_FALSE(roomVs()->figures().points[1].fewAnswers);
    const QString few = tipAt(P::Ad);
    EXPECT_TRUE(few.contains(QStringLiteral("n=12"))) << few.toStdString();
    EXPECT_TRUE(few.contains(QStringLiteral("few answers"))) << few.toStdString();
    EXPECT_FALSE(tipAt(P::Checkout).contains(QStringLiteral("few answers")));

    // Drawn hollow: the middle of the point is the background.
    ChartView* v = roomVsView();
    QImage image(v->size(), QImage::Format_ARGB32_Premultiplied);
    const ChartLook look = v->look();
    {
        QPainter painter(&image);
        roomVs()->paint(painter, QRectF(image.rect()), look);
    }
    const QRectF rect(image.rect());
    const QPoint hollow = roomVs()->pointPosition(P::Ad, rect, look).toPoint();
    const QPoint filled = roomVs()->pointPosition(P::Checkout, rect, look).toPoint();
    EXPECT_EQ(QColor(image.pixel(hollow)).rgb(), look.background.rgb());
    EXPECT_NE(QColor(image.pixel(filled)).rgb(), look.background.rgb());
}

TEST_F(RoomVsCustomersTest, PointsOfTheDemoRound)
{
    Project demo = demoProject();
    const Round& round = demo.rounds.front();
    const Id roundId = round.id;
    reopen(std::move(demo), roundId);
    ASSERT_EQ(roomVs()->kind(), MetricKind::Csat);
    const auto& points = roomVs()->figures().points;
    // The demo has CSAT on the product page, tracking, the phone line and the chat.
    ASSERT_EQ(points.size(), 4u);
    const Project& project = document->project();
    const analysis::RoundResults& results = context->results(roundId);
    for (const auto& point : points) {
        const Metric* latest = latestMetric(project, point.touchpoint, MetricKind::Csat);
        ASSERT_NE(latest, nullptr);
        EXPECT_DOUBLE_EQ(point.customerValue, latest->value);
        EXPECT_EQ(point.answers, latest->count);
        EXPECT_DOUBLE_EQ(point.roomScore,
                         analysis::findRollUp(results.touchpoints, point.touchpoint)->score);
        EXPECT_EQ(point.name, findTouchpoint(project, point.touchpoint)->name);
    }
    ChartView* v = roomVsView();
    EXPECT_EQ(roomVs()->placedLabels(QRectF(v->rect()), v->look()).size(), 4u);
    // Its one NPS figure is on the delivery.
    kindBox()->setCurrentIndex(kindBox()->findData(int(MetricKind::Nps)));
    settle();
    ASSERT_EQ(roomVs()->figures().points.size(), 1u);
    EXPECT_DOUBLE_EQ(roomVs()->figures().points.front().customerValue, -8.0);
}

// For looking at: the chart on the demo project, as the dashboard shows it
// and as a PNG, light and dark, saved in the temporary folder as
// room-vs-customers-*.png.
TEST_F(RoomVsCustomersTest, Screenshots)
{
    Project demo = demoProject();
    const Id roundId = demo.rounds.back().id;
    reopen(std::move(demo), roundId);
    ASSERT_TRUE(roomVs()->hasContent());
    // Two more figures where the room rates itself higher, one on few answers.
    std::vector<std::pair<double, Id>> unmeasured;
    for (const auto& [touchpoint, rollUp] : context->results(roundId).touchpoints) {
        if (!latestMetric(document->project(), touchpoint, MetricKind::Csat))
            unmeasured.emplace_back(rollUp.score, touchpoint);
    }
    std::sort(unmeasured.rbegin(), unmeasured.rend());
    ASSERT_GE(unmeasured.size(), 2u);
    document->addMetric(
        Metric{NoId, unmeasured[0].second, MetricKind::Csat, 35, 12, {}, QDate(2026, 9, 1), {}});
    document->addMetric(
        Metric{NoId, unmeasured[1].second, MetricKind::Csat, 48, 240, {}, QDate(2026, 9, 1), {}});
    settle();
    ASSERT_EQ(roomVs()->figures().points.size(), 6u);
    const QDir temp(QDir::tempPath());
    for (const bool dark : {false, true}) {
        const ChartLook look = dark ? ChartLook::darkLook() : ChartLook::light();
        for (const QSize size : {QSize(560, 480), QSize(880, 600)}) {
            QImage image(size, QImage::Format_ARGB32_Premultiplied);
            {
                QPainter painter(&image);
                roomVs()->paint(painter, QRectF(image.rect()), look);
            }
            EXPECT_TRUE(
                image.save(temp.filePath(QStringLiteral("room-vs-customers-%1x%2%3.png")
                                             .arg(size.width())
                                             .arg(size.height())
                                             .arg(dark ? QStringLiteral("-dark") : QString()))));
        }
    }
    for (const QSize size : {QSize(1920, 1080), QSize(1280, 720)}) {
        tab->resize(size);
        settle();
        tab->dashboard()->roomVsKindBox()->parentWidget()->parentWidget()->grab().save(
            temp.filePath(QStringLiteral("room-vs-customers-card-%1x%2.png")
                              .arg(size.width())
                              .arg(size.height())));
    }
    // The empty state.
    reopen(sampleProject(), P::Round);
    QImage empty(QSize(560, 480), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&empty);
        roomVs()->paint(painter, QRectF(empty.rect()), ChartLook::light());
    }
    EXPECT_TRUE(empty.save(temp.filePath(QStringLiteral("room-vs-customers-empty.png"))));
}

} // namespace
} // namespace js::test
