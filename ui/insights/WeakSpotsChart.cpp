#include "ui/insights/WeakSpotsChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace js {

namespace {

// A bar's thickness, as a share of its row.
constexpr double BarShare = 0.64;
// The smallest row that still holds a bar and its reason.
constexpr double MinRow = 30.0;
constexpr double RightPad = 14.0;

double axisHeightOf(const ChartLook& look)
{
    return std::ceil(QFontMetricsF(look.labelFont).height() +
                     QFontMetricsF(look.smallFont).height() + 18.0);
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

WeakSpotsChart::WeakSpotsChart() = default;
WeakSpotsChart::~WeakSpotsChart() = default;

void WeakSpotsChart::dataChanged()
{
    m_spots.clear();
    m_labels.clear();
    m_stale = true;
    const analysis::Insights* data = insights();
    if (!data)
        return;
    const size_t count = std::min<size_t>(data->weakSpots.size(), MaxBars);
    m_spots.assign(data->weakSpots.begin(), data->weakSpots.begin() + std::ptrdiff_t(count));
    for (const analysis::WeakSpot& spot : m_spots) {
        const analysis::InsightsTouchpoint* touchpoint = data->touchpoint(spot.touchpoint);
        const analysis::InsightsCriterion* criterion = data->criterion(spot.criterion);
        m_labels.push_back(tr("%1 · %2").arg(touchpoint ? touchpoint->name : QString(),
                                             criterion ? criterion->name : QString()));
    }
}

bool WeakSpotsChart::hasFigures() const
{
    return insights()->hasScores() && !m_spots.empty();
}

QString WeakSpotsChart::emptyMessage() const
{
    const analysis::Insights* data = insights();
    if (data && data->hasScores() && data->weakSpots.empty())
        return tr("Every rated cell meets its target: no weak spot in this round.");
    return InsightChart::emptyMessage();
}

QString WeakSpotsChart::subtitle() const
{
    const QString line = InsightChart::subtitle();
    const analysis::Insights* data = insights();
    if (line.isEmpty() || !data || data->weakSpots.empty())
        return line;
    return tr("%1 · the top %2 of %n weak spot(s) by priority", nullptr,
              int(data->weakSpots.size()))
        .arg(line)
        .arg(m_spots.size());
}

QSizeF WeakSpotsChart::preferredSize(const ChartLook& look) const
{
    const double rows = double(std::max<size_t>(m_spots.size(), 4));
    const double chrome = look.margin() * 3 + QFontMetricsF(look.titleFont).height() +
                          QFontMetricsF(look.smallFont).height();
    return {720.0, std::ceil(chrome + rows * 40.0 + axisHeightOf(look))};
}

std::vector<WeakSpotsChart::Bar> WeakSpotsChart::bars() const
{
    std::vector<Bar> result;
    for (size_t i = 0; i < m_spots.size(); ++i)
        result.push_back(
            {m_spots[i].touchpoint, m_spots[i].criterion, m_labels[i], m_spots[i].priority});
    return result;
}

QString WeakSpotsChart::barText(int index) const
{
    if (index < 0 || size_t(index) >= m_spots.size())
        return {};
    const analysis::WeakSpot& spot = m_spots[size_t(index)];
    const QStringList flags = analysis::flagNames(spot);
    return flags.isEmpty() ? spot.reason : tr("%1 · %2").arg(spot.reason, flags.join(tr(", ")));
}

void WeakSpotsChart::build(const ChartLook& look) const
{
    auto* chart = new QChart;
    chart->setLocalizeNumbers(true);
    chart->legend()->hide();
    auto* set = new QBarSet(tr("Priority"));
    set->setColor(look.worse);
    set->setBorderColor(look.worse);
    set->setSelectedColor(look.selection);
    // Qt Charts puts the first category at the bottom: the highest goes last.
    QStringList categories;
    const int count = int(m_spots.size());
    double highest = 0.0;
    for (int j = 0; j < count; ++j) {
        const analysis::WeakSpot& spot = m_spots[size_t(count - 1 - j)];
        set->append(spot.priority);
        if (spot.touchpoint == selectedTouchpoint())
            set->selectBar(j);
        categories << QString::number(j);
        highest = std::max(highest, spot.priority);
    }
    auto* series = new QHorizontalBarSeries;
    series->setBarWidth(BarShare);
    series->append(set);
    chart->addSeries(series);

    auto* values = new QValueAxis;
    values->setRange(0.0, std::max(highest, 0.1) * 1.04);
    values->applyNiceNumbers();
    values->setLabelFormat(values->max() < 4.0 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    QtChartCanvas::styleAxis(values, look, tr("Priority (importance × weight × gap)"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);

    // The categories are labelled by hand (elided, highlighted, clickable).
    auto* rows = new QBarCategoryAxis;
    rows->append(categories);
    QtChartCanvas::styleAxis(rows, look, QString());
    rows->setLabelsVisible(false);
    rows->setGridLineVisible(false);
    rows->setLineVisible(false);
    chart->addAxis(rows, Qt::AlignLeft);
    series->attachAxis(rows);

    m_canvas.setChart(chart, look);
    m_builtDark = look.dark;
    m_stale = false;
}

WeakSpotsChart::Geometry WeakSpotsChart::layOut(const QRectF& body, const ChartLook& look) const
{
    if (m_stale || !m_canvas.chart() || m_builtDark != look.dark)
        build(look);
    Geometry g;
    g.body = body;
    const QFontMetricsF label(look.labelFont);
    QFont bold = look.labelFont;
    bold.setBold(true);
    double longest = 0;
    for (const QString& text : m_labels)
        longest = std::max(longest, QFontMetricsF(bold).horizontalAdvance(text));
    g.labelWidth = std::clamp(longest + 14.0, 110.0, std::max(110.0, body.width() * 0.34));
    // In the chart's coordinates, which start at the body's top left.
    const QRectF plot(g.labelWidth, 4.0, std::max(body.width() - g.labelWidth - RightPad, 40.0),
                      std::max(body.height() - axisHeightOf(look) - 4.0, MinRow));
    QChart* chart = m_canvas.chart();
    if (chart->plotArea() != plot)
        chart->setPlotArea(plot);
    m_canvas.layOut(body.size());
    g.plot = chart->plotArea().translated(body.topLeft());

    const int count = int(m_spots.size());
    if (count == 0)
        return g;
    QAbstractSeries* series = chart->series().constFirst();
    const double row = g.plot.height() / count;
    for (int i = 0; i < count; ++i) {
        const int category = count - 1 - i;
        const QPointF start = chart->mapToPosition(QPointF(0.0, category), series) + body.topLeft();
        const QPointF end =
            chart->mapToPosition(QPointF(m_spots[size_t(i)].priority, category), series) +
            body.topLeft();
        const double thickness = row * BarShare;
        g.bars.emplace_back(QPointF(start.x(), start.y() - thickness / 2),
                            QPointF(std::max(end.x(), start.x() + 1.0), start.y() + thickness / 2));
        g.rows.emplace_back(body.left(), start.y() - row / 2, g.plot.right() - body.left(), row);
    }
    return g;
}

QRectF WeakSpotsChart::barRect(int index, const QRectF& rect, const ChartLook& look) const
{
    if (!hasContent() || index < 0 || size_t(index) >= m_spots.size())
        return {};
    return layOut(bodyRect(rect, look), look).bars[size_t(index)];
}

void WeakSpotsChart::paintLabel(QPainter& painter, const Geometry& g, int index,
                                const ChartLook& look) const
{
    const bool selected = m_spots[size_t(index)].touchpoint == selectedTouchpoint();
    QFont font = look.labelFont;
    font.setBold(selected);
    const QRectF row = g.rows[size_t(index)];
    const QRectF box(g.body.left(), row.top(), g.plot.left() - g.body.left() - 8.0, row.height());
    painter.setFont(font);
    painter.setPen(selected ? look.selection : look.text);
    painter.drawText(
        box, Qt::AlignRight | Qt::AlignVCenter,
        QFontMetricsF(font).elidedText(m_labels[size_t(index)], Qt::ElideMiddle, box.width()));
}

void WeakSpotsChart::paintReason(QPainter& painter, const Geometry& g, int index,
                                 const ChartLook& look) const
{
    const analysis::WeakSpot& spot = m_spots[size_t(index)];
    const QRectF bar = g.bars[size_t(index)];
    const QFontMetricsF reasonMetrics(look.labelFont);
    const QFontMetricsF flagMetrics(look.smallFont);
    const QStringList flags = analysis::flagNames(spot);
    constexpr double Pad = 8.0;
    constexpr double BadgeGap = 6.0;
    double badges = 0;
    for (const QString& flag : flags)
        badges += BadgeGap + flagMetrics.horizontalAdvance(flag) + 10.0;
    const double wanted = reasonMetrics.horizontalAdvance(spot.reason) + badges;
    const double inside = bar.width() - 2 * Pad;
    const double outside = g.plot.right() + RightPad - bar.right() - Pad - 2.0;
    const bool selected = spot.touchpoint == selectedTouchpoint();
    const QColor fill = selected ? look.selection : look.worse;
    // Inside the bar when it fits, else after it; else where there is more room.
    const bool in = wanted <= inside || (wanted > outside && inside > outside);
    const double room = in ? inside : outside;
    const bool withBadges = badges <= room * 0.5;
    const double textRoom = room - (withBadges ? badges : 0.0);
    if (textRoom < 24.0)
        return; // the tooltip still tells
    const QColor pen = in ? look.heat.text(fill) : look.text;
    const QString text = reasonMetrics.elidedText(spot.reason, Qt::ElideRight, textRoom);
    double x = in ? bar.left() + Pad : bar.right() + Pad;
    const double width = reasonMetrics.horizontalAdvance(text);
    painter.setFont(look.labelFont);
    painter.setPen(pen);
    painter.drawText(QRectF(x, bar.top(), width + 2.0, bar.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, text);
    if (!withBadges)
        return;
    x += width;
    painter.setFont(look.smallFont);
    const double height = std::min(flagMetrics.height() + 2.0, bar.height() - 4.0);
    for (const QString& flag : flags) {
        x += BadgeGap;
        const QRectF badge(x, bar.center().y() - height / 2,
                           flagMetrics.horizontalAdvance(flag) + 10.0, height);
        painter.setPen(QPen(pen, 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(badge.adjusted(0.5, 0.5, -0.5, -0.5), height / 2, height / 2);
        painter.drawText(badge, Qt::AlignCenter, flag);
        x = badge.right();
    }
}

void WeakSpotsChart::paintBody(QPainter& painter, const QRectF& body, const ChartLook& look) const
{
    const Geometry g = layOut(body, look);
    m_canvas.render(painter, body);
    painter.save();
    for (int i = 0; i < int(m_spots.size()); ++i) {
        paintLabel(painter, g, i, look);
        paintReason(painter, g, i, look);
    }
    painter.restore();
}

int WeakSpotsChart::rowAt(const Geometry& g, const QPointF& pos) const
{
    for (size_t i = 0; i < g.rows.size(); ++i) {
        if (g.rows[i].contains(pos))
            return int(i);
    }
    return -1;
}

Id WeakSpotsChart::touchpointAtBody(const QPointF& pos, const QRectF& body,
                                    const ChartLook& look) const
{
    const int row = rowAt(layOut(body, look), pos);
    return row < 0 ? NoId : m_spots[size_t(row)].touchpoint;
}

QString WeakSpotsChart::toolTipAtBody(const QPointF& pos, const QRectF& body,
                                      const ChartLook& look) const
{
    const int row = rowAt(layOut(body, look), pos);
    if (row < 0)
        return {};
    const analysis::Insights& data = *insights();
    const analysis::WeakSpot& spot = m_spots[size_t(row)];
    const analysis::InsightsStage* stage = data.stage(spot.stage);
    QStringList lines;
    lines << tr("#%1 %2").arg(row + 1).arg(m_labels[size_t(row)]);
    if (stage)
        lines << tr("Stage: %1").arg(stage->name);
    lines << tr("Mean %1 against a target of %2: a gap of %3")
                 .arg(number(spot.mean, 2), number(spot.target, 1), number(spot.gap, 2));
    lines << tr("Priority %1 = importance %2 × weight %3 × gap %4")
                 .arg(number(spot.priority, 2), QLocale().toString(spot.importance),
                      number(spot.weight, 2), number(spot.gap, 2));
    lines << tr("%n score(s)", nullptr, spot.n);
    const QStringList flags = analysis::flagNames(spot);
    if (!flags.isEmpty())
        lines << tr("Flags: %1").arg(flags.join(tr(", ")));
    return lines.join(QLatin1Char('\n'));
}

} // namespace js
