#include "ui/insights/RoomVsCustomersChart.h"

#include "ui/insights/LabelPlacement.h"

#include <QAreaSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QStringList>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace js {

namespace {

using analysis::RoomVsCustomers;
using analysis::RoomVsCustomersPoint;

// The room's axis runs a little past 1..5 so that no point sits on the
// frame; the customers' axis as far past its range, so that the agreement
// line runs from corner to corner.
constexpr double RoomMin = 0.8;
constexpr double RoomMax = 5.2;
constexpr double MarkerRadius = 5.5;
constexpr double HitRadius = 10.0;
constexpr double MaxLabelWidth = 180.0;

double axisMin(MetricKind kind)
{
    return analysis::roomOnMetricScale(kind, RoomMin);
}

double axisMax(MetricKind kind)
{
    return analysis::roomOnMetricScale(kind, RoomMax);
}

double tintAlpha(const ChartLook& look)
{
    return look.dark ? 0.08 : 0.07;
}

QColor pointColour(const RoomVsCustomersPoint& point, const ChartLook& look)
{
    return point.roomRatesHigher() ? look.worse : look.round;
}

double keyHeight(const ChartLook& look)
{
    return QFontMetricsF(look.smallFont).height() + 10;
}

} // namespace

RoomVsCustomersChart::RoomVsCustomersChart() = default;
RoomVsCustomersChart::~RoomVsCustomersChart() = default;

QString RoomVsCustomersChart::title() const
{
    return kind() == MetricKind::Nps ? tr("The room's scores and the customers' NPS")
                                     : tr("The room's scores and the customers' CSAT");
}

QSizeF RoomVsCustomersChart::preferredSize(const ChartLook&) const
{
    return {560.0, 480.0};
}

MetricKind RoomVsCustomersChart::kind() const
{
    if (m_chosen)
        return *m_chosen;
    const analysis::Insights* data = insights();
    return data && data->hasCustomerFigures() ? analysis::defaultRoomVsKind(data->roomVsCsat)
                                              : MetricKind::Csat;
}

void RoomVsCustomersChart::setKind(MetricKind kind)
{
    m_chosen = kind == MetricKind::Nps ? MetricKind::Nps : MetricKind::Csat;
    m_layout.reset();
}

const RoomVsCustomers& RoomVsCustomersChart::figures() const
{
    static const RoomVsCustomers none;
    const analysis::Insights* data = insights();
    return data ? data->roomVs(kind()) : none;
}

bool RoomVsCustomersChart::hasFigures() const
{
    return !figures().points.empty();
}

QString RoomVsCustomersChart::emptyMessage() const
{
    const analysis::Insights* data = insights();
    if (!data || !data->hasScores())
        return InsightChart::emptyMessage();
    if (!data->hasCustomerFigures())
        return tr("No customer figures yet: import survey responses (File > Import survey "
                  "responses…) or add them in the inspector.");
    const bool nps = kind() == MetricKind::Nps;
    if (figures().figures == 0)
        return nps ? tr("None of these touchpoints has an NPS figure yet. Choose CSAT above, or "
                        "add NPS figures in the inspector.")
                   : tr("None of these touchpoints has a CSAT figure yet. Choose NPS above, or "
                        "add CSAT figures in the inspector.");
    return nps ? tr("The touchpoints with an NPS figure have no scores from the room yet. Rate "
                    "them in the Assess tab.")
               : tr("The touchpoints with a CSAT figure have no scores from the room yet. Rate "
                    "them in the Assess tab.");
}

void RoomVsCustomersChart::dataChanged()
{
    m_layout.reset();
}

void RoomVsCustomersChart::ensureChart(const ChartLook& look) const
{
    const MetricKind shown = kind();
    if (m_canvas.chart() && m_builtLook && m_builtLook->sameAs(look) && m_builtKind == shown)
        return;
    m_builtKind = shown;
    m_builtLook = std::make_unique<ChartLook>(look);
    m_layout.reset();

    auto* chart = new QChart;
    chart->legend()->hide();
    auto* x = new QValueAxis;
    x->setRange(RoomMin, RoomMax);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(1.0);
    x->setTickInterval(1.0);
    x->setLabelFormat(QStringLiteral("%.0f"));
    QtChartCanvas::styleAxis(x, look, tr("The room's score (weighted mean, 1 to 5)"));
    auto* y = new QValueAxis;
    y->setRange(axisMin(shown), axisMax(shown));
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0.0);
    y->setTickInterval(shown == MetricKind::Nps ? 50.0 : 25.0);
    y->setLabelFormat(shown == MetricKind::Nps ? QStringLiteral("%.0f") : QStringLiteral("%.0f%%"));
    QtChartCanvas::styleAxis(y, look,
                             shown == MetricKind::Nps
                                 ? tr("The customers' NPS")
                                 : tr("The customers' CSAT (share satisfied)"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const auto attach = [&](QAbstractSeries* series) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    };

    // Below the agreement line the room rates higher than its customers: tinted.
    auto* upper = new QLineSeries;
    upper->append(RoomMin, axisMin(shown));
    upper->append(RoomMax, axisMax(shown));
    auto* lower = new QLineSeries;
    lower->append(RoomMin, axisMin(shown));
    lower->append(RoomMax, axisMin(shown));
    auto* higher = new QAreaSeries(upper, lower);
    upper->setParent(higher);
    lower->setParent(higher);
    QColor tint = look.worse;
    tint.setAlphaF(tintAlpha(look));
    higher->setBrush(tint);
    higher->setPen(Qt::NoPen);
    attach(higher);

    auto* agreement = new QLineSeries;
    agreement->append(RoomMin, axisMin(shown));
    agreement->append(RoomMax, axisMax(shown));
    agreement->setPen(QPen(look.target, 1.4, Qt::DashLine));
    attach(agreement);
    m_anchorSeries = agreement;
    m_canvas.setChart(chart, look);
}

RoomVsCustomersChart::Layout RoomVsCustomersChart::layOut(const QRectF& body,
                                                          const ChartLook& look) const
{
    ensureChart(look);
    if (m_layout && m_layoutBody == body && m_layoutSelected == selectedTouchpoint() &&
        m_layoutInsights == insights() && m_layout->points.size() == figures().points.size())
        return *m_layout;
    Layout layout;
    layout.chartArea = body.adjusted(0, 0, 0, -keyHeight(look));
    m_canvas.layOut(layout.chartArea.size());
    QChart* chart = m_canvas.chart();
    const QPointF origin = layout.chartArea.topLeft();
    const auto at = [&](double room, double customers) {
        return origin + chart->mapToPosition(QPointF(room, customers), m_anchorSeries);
    };
    layout.plot = chart->plotArea().translated(origin);
    const MetricKind shown = kind();
    layout.agreement = QLineF(at(RoomMin, axisMin(shown)), at(RoomMax, axisMax(shown)));
    const RoomVsCustomers& data = figures();
    for (const RoomVsCustomersPoint& point : data.points)
        layout.points.push_back(
            at(std::clamp(point.roomScore, RoomMin, RoomMax),
               std::clamp(point.customerValue, axisMin(shown), axisMax(shown))));

    // The two sides' names in their corners: the one to act on in bold.
    const QRectF& p = layout.plot;
    QFont bold = look.smallFont;
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    const QFontMetricsF small(look.smallFont);
    const double room = p.width() / 2 - 8;
    const double higherWidth =
        std::min(boldMetrics.horizontalAdvance(tr("Room rates higher than customers")) + 2, room);
    layout.higherCaption =
        QRectF(p.right() - 6 - higherWidth, p.bottom() - 5 - boldMetrics.height(), higherWidth,
               boldMetrics.height());
    const double lowerWidth =
        std::min(small.horizontalAdvance(tr("Customers rate higher than the room")) + 2, room);
    layout.lowerCaption = QRectF(p.left() + 6, p.top() + 5, lowerWidth, small.height());

    LabelPlacer placer(p);
    placer.addObstacle(layout.higherCaption);
    placer.addObstacle(layout.lowerCaption);
    const Id selected = selectedTouchpoint();
    const auto clearance = [&](size_t i) {
        return MarkerRadius + (data.points[i].touchpoint == selected ? 7.5 : 1.0);
    };
    for (size_t i = 0; i < data.points.size(); ++i)
        placer.addPoint(layout.points[i], clearance(i));
    // The selected touchpoint's name first, then the widest gaps above the line.
    std::vector<size_t> order(data.points.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const bool aSelected = data.points[a].touchpoint == selected;
        const bool bSelected = data.points[b].touchpoint == selected;
        if (aSelected != bSelected)
            return aSelected;
        return data.points[a].gap > data.points[b].gap;
    });
    for (size_t i : order) {
        const RoomVsCustomersPoint& point = data.points[i];
        const QString text = small.elidedText(point.name, Qt::ElideRight,
                                              std::clamp(p.width() / 3, 80.0, MaxLabelWidth));
        const QSizeF size(small.horizontalAdvance(text) + 4, small.height());
        const LabelPlacer::Placement placed = placer.place(layout.points[i], size, clearance(i));
        if (placed.placed)
            layout.labels.push_back(
                {point.touchpoint, text, placed.rect, layout.points[i], placed.leader});
    }
    m_layout = std::make_unique<Layout>(layout);
    m_layoutBody = body;
    m_layoutSelected = selected;
    m_layoutInsights = insights();
    return layout;
}

std::vector<RoomVsCustomersChart::PlacedLabel>
RoomVsCustomersChart::placedLabels(const QRectF& rect, const ChartLook& look) const
{
    if (!hasContent())
        return {};
    return layOut(bodyRect(rect, look), look).labels;
}

QPointF RoomVsCustomersChart::pointPosition(Id touchpoint, const QRectF& rect,
                                            const ChartLook& look) const
{
    if (!hasContent())
        return {};
    const Layout layout = layOut(bodyRect(rect, look), look);
    const auto& points = figures().points;
    for (size_t i = 0; i < points.size(); ++i) {
        if (points[i].touchpoint == touchpoint)
            return layout.points[i];
    }
    return {};
}

QLineF RoomVsCustomersChart::agreementLine(const QRectF& rect, const ChartLook& look) const
{
    if (!hasContent())
        return {};
    return layOut(bodyRect(rect, look), look).agreement;
}

void RoomVsCustomersChart::paintBody(QPainter& painter, const QRectF& body,
                                     const ChartLook& look) const
{
    const Layout layout = layOut(body, look);
    m_canvas.render(painter, layout.chartArea);
    const QRectF& p = layout.plot;

    // The agreement line's name along it, near its top end.
    {
        const QLineF& line = layout.agreement;
        const QString name = tr("Agreement line");
        const QFontMetricsF small(look.smallFont);
        painter.save();
        painter.setClipRect(p);
        painter.translate(line.pointAt(0.78));
        painter.rotate(-line.angle());
        painter.setFont(look.smallFont);
        painter.setPen(look.target);
        const double width = small.horizontalAdvance(name);
        painter.drawText(QRectF(-width, -small.height() - 3, width + 4, small.height()),
                         Qt::AlignRight | Qt::AlignBottom, name);
        painter.restore();
    }

    QFont bold = look.smallFont;
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(look.worse);
    painter.drawText(layout.higherCaption, Qt::AlignRight | Qt::AlignVCenter,
                     QFontMetricsF(bold).elidedText(tr("Room rates higher than customers"),
                                                    Qt::ElideRight, layout.higherCaption.width()));
    painter.setFont(look.smallFont);
    painter.setPen(look.mutedText);
    painter.drawText(layout.lowerCaption, Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(look.smallFont)
                         .elidedText(tr("Customers rate higher than the room"), Qt::ElideRight,
                                     layout.lowerCaption.width()));

    // The points: filled, or hollow when the figure rests on few answers.
    const RoomVsCustomers& data = figures();
    const Id selected = selectedTouchpoint();
    for (size_t i = 0; i < data.points.size(); ++i) {
        const RoomVsCustomersPoint& point = data.points[i];
        const QPointF at = layout.points[i];
        const QColor colour = pointColour(point, look);
        const double r = point.touchpoint == selected ? MarkerRadius + 2 : MarkerRadius;
        if (point.fewAnswers) {
            painter.setPen(QPen(colour, 2.0));
            painter.setBrush(look.background);
            painter.drawEllipse(at, r - 1, r - 1);
        } else {
            painter.setPen(QPen(look.background, 1.2));
            painter.setBrush(colour);
            painter.drawEllipse(at, r, r);
        }
        if (point.touchpoint == selected) {
            painter.setPen(QPen(look.selection, 2.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(at, r + 4, r + 4);
        }
    }

    // The names, with a line to those placed away from their point.
    QColor halo = look.background;
    halo.setAlphaF(0.75);
    painter.setFont(look.smallFont);
    for (const PlacedLabel& label : layout.labels) {
        if (label.leader) {
            painter.setPen(QPen(look.mutedText, 1));
            const QPointF end = LabelPlacer::nearestPointOn(label.rect, label.point);
            const QLineF line(label.point, end);
            const double skip = 7.0 / std::max(line.length(), 1.0);
            painter.drawLine(line.pointAt(std::min(skip, 1.0)), end);
        }
        painter.setPen(Qt::NoPen);
        painter.setBrush(halo);
        painter.drawRoundedRect(label.rect, 2, 2);
        painter.setPen(label.touchpoint == selected ? look.selection : look.text);
        painter.drawText(label.rect, Qt::AlignCenter, label.text);
    }

    // The key, under the chart, as far as it fits.
    const QFontMetricsF small(look.smallFont);
    const double keyTop = layout.chartArea.bottom() + 4;
    const double middle = keyTop + small.height() / 2 + 2;
    double x = p.left();
    painter.setFont(look.smallFont);
    const auto entry = [&](const QString& text, auto&& symbol) {
        const double width = small.horizontalAdvance(text);
        if (x + 16 + width > body.right())
            return;
        symbol(QPointF(x + 6, middle));
        x += 16;
        painter.setPen(look.mutedText);
        painter.drawText(QRectF(x, keyTop, width + 2, small.height() + 4), Qt::AlignVCenter, text);
        x += width + 16;
    };
    entry(tr("Room rates higher"), [&](QPointF c) {
        painter.setPen(QPen(look.background, 1.2));
        painter.setBrush(look.worse);
        painter.drawEllipse(c, 5, 5);
    });
    entry(tr("Customers rate higher"), [&](QPointF c) {
        painter.setPen(QPen(look.background, 1.2));
        painter.setBrush(look.round);
        painter.drawEllipse(c, 5, 5);
    });
    entry(tr("Under %n answers", nullptr, FewAnswers), [&](QPointF c) {
        painter.setPen(QPen(look.mutedText, 2.0));
        painter.setBrush(look.background);
        painter.drawEllipse(c, 4, 4);
    });
}

int RoomVsCustomersChart::pointAt(const QPointF& pos, const Layout& layout) const
{
    int best = -1;
    double bestDistance = 0;
    for (size_t i = 0; i < layout.points.size(); ++i) {
        const double distance = QLineF(pos, layout.points[i]).length();
        if (distance <= HitRadius && (best < 0 || distance < bestDistance)) {
            best = int(i);
            bestDistance = distance;
        }
    }
    return best;
}

Id RoomVsCustomersChart::touchpointAtBody(const QPointF& pos, const QRectF& body,
                                          const ChartLook& look) const
{
    const int at = pointAt(pos, layOut(body, look));
    return at < 0 ? NoId : figures().points[size_t(at)].touchpoint;
}

QString RoomVsCustomersChart::toolTipAtBody(const QPointF& pos, const QRectF& body,
                                            const ChartLook& look) const
{
    const int at = pointAt(pos, layOut(body, look));
    if (at < 0)
        return {};
    const RoomVsCustomers& data = figures();
    const RoomVsCustomersPoint& point = data.points[size_t(at)];
    const QLocale locale;
    QStringList lines;
    lines << (point.stageName.isEmpty() ? point.name
                                        : tr("%1 (%2)").arg(point.name, point.stageName));
    lines << tr("The room: %1 of 5 (%2 on the agreement line)")
                 .arg(analysis::scoreText(point.roomScore),
                      metricValueText(data.kind, point.roomOnScale));
    const QString customers =
        data.kind == MetricKind::Nps
            ? tr("The customers: NPS %1").arg(metricValueText(data.kind, point.customerValue))
            : tr("The customers: CSAT %1").arg(metricValueText(data.kind, point.customerValue));
    if (point.answers > 0)
        lines << tr("%1, n=%2").arg(customers, locale.toString(point.answers));
    else
        lines << customers;
    if (point.fewAnswers)
        lines << tr("Rests on few answers (fewer than %n)", nullptr, FewAnswers);
    const long gap = std::lround(std::abs(point.gap));
    if (gap == 0)
        lines << tr("The room and the customers agree");
    else if (point.roomRatesHigher())
        lines << tr("The room rates it %n point(s) higher than its customers", nullptr, int(gap));
    else
        lines << tr("The customers rate it %n point(s) higher than the room", nullptr, int(gap));
    return lines.join(QLatin1Char('\n'));
}

} // namespace js
