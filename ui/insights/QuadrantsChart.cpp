#include "ui/insights/QuadrantsChart.h"

#include "ui/insights/LabelPlacement.h"

#include <QAreaSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScatterSeries>
#include <QStringList>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace js {

namespace {

using analysis::Quadrant;

constexpr double AxisMin = 0.5;
constexpr double AxisMax = 5.5;
constexpr double MarkerSize = 11.0; // diameter of a single touchpoint's marker
constexpr double HitRadius = 10.0;
constexpr double MaxLabelWidth = 200.0; // at most, and a quarter of the plot

QColor quadrantColour(Quadrant quadrant, const ChartLook& look)
{
    switch (quadrant) {
    case Quadrant::ConcentrateHere:
        return look.worse;
    case Quadrant::KeepUpTheGoodWork:
        return look.round;
    case Quadrant::LowPriority:
    case Quadrant::PossibleOverkill:
        break;
    }
    return look.mutedText;
}

// How strongly "Concentrate here" is tinted with look.worse.
double tintAlpha(const ChartLook& look)
{
    return look.dark ? 0.14 : 0.07;
}

// The background as the tint leaves it.
QColor tinted(const ChartLook& look)
{
    const double a = tintAlpha(look);
    const auto mix = [a](double from, double to) { return from * (1 - a) + to * a; };
    return QColor::fromRgbF(float(mix(look.background.redF(), look.worse.redF())),
                            float(mix(look.background.greenF(), look.worse.greenF())),
                            float(mix(look.background.blueF(), look.worse.blueF())));
}

QValueAxis* scaleAxis(const ChartLook& look, const QString& title)
{
    auto* axis = new QValueAxis;
    axis->setRange(AxisMin, AxisMax);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(1.0);
    axis->setTickInterval(1.0);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    QtChartCanvas::styleAxis(axis, look, title);
    return axis;
}

} // namespace

QuadrantsChart::QuadrantsChart() = default;
QuadrantsChart::~QuadrantsChart() = default;

QSizeF QuadrantsChart::preferredSize(const ChartLook&) const
{
    return {560.0, 460.0};
}

bool QuadrantsChart::hasFigures() const
{
    return !insights()->quadrants.points.empty();
}

void QuadrantsChart::dataChanged()
{
    rebuildMarkers();
    m_layout.reset();
}

void QuadrantsChart::rebuildMarkers() const
{
    m_markers.clear();
    const analysis::Insights* data = insights();
    if (!data)
        return;
    // The touchpoints at the very same place share one marker.
    std::map<std::pair<double, double>, size_t> at;
    for (const analysis::QuadrantPoint& point : data->quadrants.points) {
        const auto [found, added] =
            at.try_emplace({point.performance, point.importance}, m_markers.size());
        if (added)
            m_markers.push_back({{}, point.importance, point.performance, point.quadrant});
        m_markers[found->second].touchpoints.push_back(point.touchpoint);
    }
}

void QuadrantsChart::ensureChart(const ChartLook& look) const
{
    const analysis::QuadrantChart& figures = insights()->quadrants;
    if (m_canvas.chart() && m_builtLook && m_builtLook->sameAs(look) && m_builtFrom == figures)
        return;
    if (m_builtFrom != figures)
        rebuildMarkers();
    m_builtFrom = figures;
    m_builtLook = std::make_unique<ChartLook>(look);
    m_layout.reset();

    auto* chart = new QChart;
    chart->legend()->hide();
    auto* x = scaleAxis(look, tr("Performance (mean score)"));
    auto* y = scaleAxis(look, tr("Importance to the customer"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const auto attach = [&](QAbstractSeries* series) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    };
    const double performanceSplit = std::clamp(figures.performanceSplit, AxisMin, AxisMax);
    const double importanceSplit = std::clamp(figures.importanceSplit, AxisMin, AxisMax);

    // "Concentrate here" tinted, under everything.
    auto* upper = new QLineSeries;
    upper->append(AxisMin, AxisMax);
    upper->append(performanceSplit, AxisMax);
    auto* lower = new QLineSeries;
    lower->append(AxisMin, importanceSplit);
    lower->append(performanceSplit, importanceSplit);
    auto* concentrate = new QAreaSeries(upper, lower);
    // An area series does not own its lines.
    upper->setParent(concentrate);
    lower->setParent(concentrate);
    QColor tint = look.worse;
    tint.setAlphaF(tintAlpha(look));
    concentrate->setBrush(tint);
    concentrate->setPen(Qt::NoPen);
    attach(concentrate);

    QPen splitPen(look.axis, 1.2, Qt::DashLine);
    auto* across = new QLineSeries;
    across->append(AxisMin, importanceSplit);
    across->append(AxisMax, importanceSplit);
    across->setPen(splitPen);
    attach(across);
    auto* up = new QLineSeries;
    up->append(performanceSplit, AxisMin);
    up->append(performanceSplit, AxisMax);
    up->setPen(splitPen);
    attach(up);
    m_anchorSeries = up;

    // A series per field, so that the colour says which one a point is in;
    // "Concentrate here" also by its shape.
    std::array<QScatterSeries*, analysis::QuadrantCount> series{};
    for (int q = 0; q < analysis::QuadrantCount; ++q) {
        auto* s = new QScatterSeries;
        const Quadrant quadrant = Quadrant(q);
        const bool concentrateHere = quadrant == Quadrant::ConcentrateHere;
        s->setMarkerShape(concentrateHere ? QScatterSeries::MarkerShapeRotatedRectangle
                                          : QScatterSeries::MarkerShapeCircle);
        s->setMarkerSize(concentrateHere ? MarkerSize + 3 : MarkerSize);
        s->setColor(quadrantColour(quadrant, look));
        s->setBorderColor(look.background);
        s->setPen(QPen(look.background, 1.2));
        s->setPointLabelsVisible(false);
        series[size_t(q)] = s;
    }
    for (const Marker& marker : m_markers)
        series[size_t(marker.quadrant)]->append(marker.performance, marker.importance);
    for (QScatterSeries* s : series)
        attach(s);
    m_canvas.setChart(chart, look);
}

double QuadrantsChart::markerRadius(const Marker& marker) const
{
    return marker.touchpoints.size() > 1                  ? 9.0
           : marker.quadrant == Quadrant::ConcentrateHere ? (MarkerSize + 3) / 2
                                                          : MarkerSize / 2;
}

QString QuadrantsChart::markerText(const Marker& marker) const
{
    const analysis::Insights& data = *insights();
    const auto name = [&](Id id) {
        const analysis::InsightsTouchpoint* touchpoint = data.touchpoint(id);
        return touchpoint ? touchpoint->name : QString();
    };
    if (marker.touchpoints.size() == 1)
        return name(marker.touchpoints.front());
    if (marker.touchpoints.size() == 2)
        return tr("%1, %2").arg(name(marker.touchpoints[0]), name(marker.touchpoints[1]));
    return tr("%1 and %n more", nullptr, int(marker.touchpoints.size() - 1))
        .arg(name(marker.touchpoints.front()));
}

QuadrantsChart::Layout QuadrantsChart::layOut(const QRectF& body, const ChartLook& look) const
{
    ensureChart(look);
    if (m_layout && m_layoutBody == body && m_layoutSelected == selectedTouchpoint())
        return *m_layout;
    Layout layout;
    m_canvas.layOut(body.size());
    QChart* chart = m_canvas.chart();
    layout.plot = chart->plotArea().translated(body.topLeft());
    layout.markers.reserve(m_markers.size());
    for (const Marker& marker : m_markers)
        layout.markers.push_back(
            body.topLeft() +
            chart->mapToPosition(QPointF(marker.performance, marker.importance), m_anchorSeries));

    // The fields' names in their outer corners.
    const analysis::QuadrantChart& figures = insights()->quadrants;
    const QPointF split =
        body.topLeft() +
        chart->mapToPosition(QPointF(std::clamp(figures.performanceSplit, AxisMin, AxisMax),
                                     std::clamp(figures.importanceSplit, AxisMin, AxisMax)),
                             m_anchorSeries);
    const QFontMetricsF small(look.smallFont);
    QFont bold = look.smallFont;
    bold.setBold(true);
    const QFontMetricsF boldMetrics(bold);
    const QRectF& p = layout.plot;
    layout.concentrate = QRectF(QPointF(p.left(), p.top()), split).normalized();
    for (int q = 0; q < analysis::QuadrantCount; ++q) {
        const Quadrant quadrant = Quadrant(q);
        const bool high =
            quadrant == Quadrant::ConcentrateHere || quadrant == Quadrant::KeepUpTheGoodWork;
        const bool right =
            quadrant == Quadrant::KeepUpTheGoodWork || quadrant == Quadrant::PossibleOverkill;
        const QFontMetricsF& metrics = quadrant == Quadrant::ConcentrateHere ? boldMetrics : small;
        const double room = (right ? p.right() - split.x() : split.x() - p.left()) - 8;
        const double width =
            std::min(metrics.horizontalAdvance(analysis::quadrantName(quadrant)) + 2, room);
        const double left = right ? p.right() - 5 - width : p.left() + 5;
        const double top = high ? p.top() + 4 : p.bottom() - 4 - metrics.height();
        layout.captions.push_back(width > 8 ? QRectF(left, top, width, metrics.height())
                                            : QRectF());
    }

    // The names, the selected touchpoint's first, then those to concentrate on.
    LabelPlacer placer(p);
    for (const QRectF& caption : layout.captions)
        placer.addObstacle(caption);
    const Id selected = selectedTouchpoint();
    const auto isSelected = [selected](const Marker& m) {
        return std::find(m.touchpoints.begin(), m.touchpoints.end(), selected) !=
               m.touchpoints.end();
    };
    // Room for the marker, and for the ring around the selected one.
    const auto clearance = [&](const Marker& m) {
        return markerRadius(m) + (isSelected(m) ? 7.5 : 1.0);
    };
    for (size_t i = 0; i < m_markers.size(); ++i)
        placer.addPoint(layout.markers[i], clearance(m_markers[i]));
    std::vector<size_t> order(m_markers.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    const auto rank = [&](size_t i) {
        const Marker& m = m_markers[i];
        if (isSelected(m))
            return 0;
        return m.quadrant == Quadrant::ConcentrateHere ? 1 : 2;
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return rank(a) < rank(b); });
    for (size_t i : order) {
        const Marker& marker = m_markers[i];
        const QString text = small.elidedText(markerText(marker), Qt::ElideRight,
                                              std::clamp(p.width() / 4, 80.0, MaxLabelWidth));
        const QSizeF size(small.horizontalAdvance(text) + 4, small.height());
        const LabelPlacer::Placement placed =
            placer.place(layout.markers[i], size, clearance(marker));
        if (placed.placed)
            layout.labels.push_back(
                {marker.touchpoints, text, placed.rect, layout.markers[i], placed.leader});
    }
    m_layout = std::make_unique<Layout>(layout);
    m_layoutBody = body;
    m_layoutSelected = selectedTouchpoint();
    return layout;
}

std::vector<QuadrantsChart::PlacedLabel> QuadrantsChart::placedLabels(const QRectF& rect,
                                                                      const ChartLook& look) const
{
    if (!hasContent())
        return {};
    return layOut(bodyRect(rect, look), look).labels;
}

QPointF QuadrantsChart::pointPosition(Id touchpoint, const QRectF& rect,
                                      const ChartLook& look) const
{
    if (!hasContent())
        return {};
    const Layout layout = layOut(bodyRect(rect, look), look);
    for (size_t i = 0; i < m_markers.size(); ++i) {
        const auto& ids = m_markers[i].touchpoints;
        if (std::find(ids.begin(), ids.end(), touchpoint) != ids.end())
            return layout.markers[i];
    }
    return {};
}

void QuadrantsChart::paintBody(QPainter& painter, const QRectF& body, const ChartLook& look) const
{
    ensureChart(look);
    m_canvas.render(painter, body);
    const Layout layout = layOut(body, look);

    // The fields' names; the one to act on stands out.
    QFont bold = look.smallFont;
    bold.setBold(true);
    for (int q = 0; q < analysis::QuadrantCount; ++q) {
        const QRectF& caption = layout.captions[size_t(q)];
        if (caption.isEmpty())
            continue;
        const bool concentrate = Quadrant(q) == Quadrant::ConcentrateHere;
        painter.setFont(concentrate ? bold : look.smallFont);
        painter.setPen(concentrate ? look.worse : look.mutedText);
        const QString name =
            QFontMetricsF(painter.font())
                .elidedText(analysis::quadrantName(Quadrant(q)), Qt::ElideRight, caption.width());
        painter.drawText(caption, Qt::AlignLeft | Qt::AlignVCenter, name);
    }

    // Shared markers carry how many touchpoints they stand for.
    const Id selected = selectedTouchpoint();
    QFont countFont = look.smallFont;
    countFont.setBold(true);
    countFont.setPixelSize(std::max(8, look.smallFont.pixelSize() - 1));
    for (size_t i = 0; i < m_markers.size(); ++i) {
        const Marker& marker = m_markers[i];
        const QPointF at = layout.markers[i];
        const double radius = markerRadius(marker);
        if (marker.touchpoints.size() > 1) {
            painter.setPen(QPen(look.background, 1.2));
            painter.setBrush(quadrantColour(marker.quadrant, look));
            painter.drawEllipse(at, radius, radius);
            painter.setFont(countFont);
            painter.setPen(look.background);
            const QString count = marker.touchpoints.size() > 99
                                      ? QStringLiteral("99+")
                                      : QString::number(marker.touchpoints.size());
            painter.drawText(QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius),
                             Qt::AlignCenter, count);
        }
        if (std::find(marker.touchpoints.begin(), marker.touchpoints.end(), selected) !=
            marker.touchpoints.end()) {
            if (marker.touchpoints.size() == 1) {
                // Larger, in its field's colour and shape.
                painter.setPen(QPen(look.background, 1.2));
                painter.setBrush(quadrantColour(marker.quadrant, look));
                const double r = radius + 2;
                if (marker.quadrant == Quadrant::ConcentrateHere)
                    painter.drawPolygon(QPolygonF{at + QPointF(0, -r), at + QPointF(r, 0),
                                                  at + QPointF(0, r), at + QPointF(-r, 0)});
                else
                    painter.drawEllipse(at, r, r);
            }
            painter.setPen(QPen(look.selection, 2.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(at, radius + 5, radius + 5);
        }
    }

    // The names, with a line to those placed away from their marker.
    QColor halo = look.background;
    halo.setAlphaF(0.8);
    QColor tintedHalo = tinted(look);
    tintedHalo.setAlphaF(0.8);
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
        // Over the tinted field, a halo of its colour, so it shows no box.
        const QRectF inTint = label.rect & layout.concentrate;
        painter.save();
        if (!inTint.isEmpty()) {
            painter.setClipRect(inTint, Qt::IntersectClip);
            painter.setBrush(tintedHalo);
            painter.drawRect(label.rect);
            painter.restore();
            painter.save();
            QPainterPath outside;
            outside.addRect(label.rect);
            QPainterPath tint;
            tint.addRect(layout.concentrate);
            painter.setClipPath(outside.subtracted(tint), Qt::IntersectClip);
        }
        painter.setBrush(halo);
        painter.drawRect(label.rect);
        painter.restore();
        const bool isSelected = std::find(label.touchpoints.begin(), label.touchpoints.end(),
                                          selected) != label.touchpoints.end();
        painter.setPen(isSelected ? look.selection : look.text);
        painter.drawText(label.rect, Qt::AlignCenter, label.text);
    }
}

int QuadrantsChart::markerAt(const QPointF& pos, const Layout& layout) const
{
    int best = -1;
    double bestDistance = 0;
    for (size_t i = 0; i < layout.markers.size(); ++i) {
        const double distance = QLineF(pos, layout.markers[i]).length();
        const double reach = std::max(HitRadius, markerRadius(m_markers[i]) + 2);
        if (distance <= reach && (best < 0 || distance < bestDistance)) {
            best = int(i);
            bestDistance = distance;
        }
    }
    return best;
}

Id QuadrantsChart::touchpointAtBody(const QPointF& pos, const QRectF& body,
                                    const ChartLook& look) const
{
    const int at = markerAt(pos, layOut(body, look));
    if (at < 0)
        return NoId;
    // A shared marker selects its touchpoints in turn.
    const auto& ids = m_markers[size_t(at)].touchpoints;
    const auto selected = std::find(ids.begin(), ids.end(), selectedTouchpoint());
    if (selected == ids.end() || ids.size() == 1)
        return ids.front();
    return std::next(selected) == ids.end() ? ids.front() : *std::next(selected);
}

QString QuadrantsChart::toolTipAtBody(const QPointF& pos, const QRectF& body,
                                      const ChartLook& look) const
{
    const int at = markerAt(pos, layOut(body, look));
    if (at < 0)
        return {};
    const analysis::Insights& data = *insights();
    const Marker& marker = m_markers[size_t(at)];
    QStringList lines;
    for (Id id : marker.touchpoints) {
        const analysis::InsightsTouchpoint* touchpoint = data.touchpoint(id);
        if (!touchpoint)
            continue;
        const analysis::InsightsStage* stage = data.stage(touchpoint->stage);
        lines << (stage ? tr("%1 (%2)").arg(touchpoint->name, stage->name) : touchpoint->name);
    }
    lines << tr("Importance %1, performance %2")
                 .arg(QLocale().toString(marker.importance, 'f', 0),
                      analysis::scoreText(marker.performance));
    lines << analysis::quadrantName(marker.quadrant);
    return lines.join(QLatin1Char('\n'));
}

} // namespace js
