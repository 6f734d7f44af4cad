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
#include <optional>

namespace js {

namespace {

// A bar's thickness, as a share of its row.
constexpr double BarShare = 0.64;
// The smallest row that still holds a bar and its reason.
constexpr double MinRow = 30.0;
constexpr double RightPad = 14.0;
// Around a reason inside its bar or after it.
constexpr double Pad = 8.0;
constexpr double BadgeGap = 6.0;
// The value axis grows at most this much past the highest priority to make
// room for reasons after their bars.
constexpr double MaxStretch = 2.0;

// A step of 1, 2, 2.5 or 5 times a power of ten, near span / 5.
// A reason on one line, or on two: split after its last comma.
QStringList reasonLines(const QString& reason, bool twoLines)
{
    const int cut = twoLines ? int(reason.lastIndexOf(QLatin1String(", "))) : -1;
    if (cut < 0)
        return {reason};
    return {reason.left(cut + 1), reason.mid(cut + 2)};
}

double niceStep(double span)
{
    const double rough = span / 5.0;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    for (double m : {1.0, 2.0, 2.5, 5.0}) {
        if (m * power >= rough)
            return m * power;
    }
    return 10.0 * power;
}

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
    m_names.clear();
    m_stale = true;
    const analysis::Insights* data = insights();
    if (!data)
        return;
    const size_t count = std::min<size_t>(data->weakSpots.size(), MaxBars);
    m_spots.assign(data->weakSpots.begin(), data->weakSpots.begin() + std::ptrdiff_t(count));
    for (const analysis::WeakSpot& spot : m_spots) {
        const analysis::InsightsTouchpoint* touchpoint = data->touchpoint(spot.touchpoint);
        const analysis::InsightsCriterion* criterion = data->criterion(spot.criterion);
        m_names.emplace_back(touchpoint ? touchpoint->name : QString(),
                             criterion ? criterion->name : QString());
        m_labels.push_back(tr("%1 · %2").arg(m_names.back().first, m_names.back().second));
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
    if (m_spots.size() == data->weakSpots.size())
        return tr("%1 · ranked by priority").arg(line);
    return tr("%1 · the top %2 of %3, by priority")
        .arg(line, QLocale().toString(qlonglong(m_spots.size())),
             QLocale().toString(qlonglong(data->weakSpots.size())));
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

QString WeakSpotsChart::reasonText(int index, bool brief) const
{
    const QString& reason = m_spots[size_t(index)].reason;
    const QString prefix = m_names[size_t(index)].second + QLatin1Char(' ');
    if (brief && !m_names[size_t(index)].second.isEmpty() && reason.startsWith(prefix))
        return reason.mid(prefix.size());
    return reason;
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
    set->setPen(Qt::NoPen);
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
    values->setTickType(QValueAxis::TicksDynamic);
    values->setTickAnchor(0.0);
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
    setValueRange(std::max(highest, 0.1) * 1.04);
}

double WeakSpotsChart::highestPriority() const
{
    double highest = 0.1;
    for (const analysis::WeakSpot& spot : m_spots)
        highest = std::max(highest, spot.priority);
    return highest;
}

void WeakSpotsChart::setValueRange(double end) const
{
    auto* values = qobject_cast<QValueAxis*>(m_canvas.chart()->axes(Qt::Horizontal).value(0));
    if (!values || qFuzzyCompare(values->max(), end))
        return;
    values->setRange(0.0, end);
    const double step = niceStep(end);
    values->setTickInterval(step);
    values->setLabelFormat(step < 1.0 || std::fmod(step, 1.0) != 0.0 ? QStringLiteral("%.1f")
                                                                     : QStringLiteral("%.0f"));
}

double WeakSpotsChart::reasonWidth(int index, const QFont& font, bool twoLines, bool brief,
                                   const ChartLook& look) const
{
    const analysis::WeakSpot& spot = m_spots[size_t(index)];
    const QFontMetricsF metrics(font);
    const QFontMetricsF flagMetrics(look.smallFont);
    const QStringList lines = reasonLines(reasonText(index, brief), twoLines);
    double width = metrics.horizontalAdvance(lines.back());
    for (const QString& flag : analysis::flagNames(spot))
        width += BadgeGap + flagMetrics.horizontalAdvance(flag) + 10.0;
    for (const QString& line : lines)
        width = std::max(width, metrics.horizontalAdvance(line));
    return width;
}

std::optional<double> WeakSpotsChart::fittingEnd(double plotWidth, const QFont& font, bool twoLines,
                                                 bool brief, const ChartLook& look) const
{
    const double highest = highestPriority();
    std::vector<double> widths;
    std::vector<double> candidates{highest * 1.02};
    for (int i = 0; i < int(m_spots.size()); ++i) {
        widths.push_back(reasonWidth(i, font, twoLines, brief, look));
        // After its bar, the reason needs the bar this short at most.
        const double room = plotWidth + RightPad - Pad - 2.0 - widths.back();
        if (room > 0)
            candidates.push_back(m_spots[size_t(i)].priority * plotWidth / room);
    }
    std::sort(candidates.begin(), candidates.end());
    for (double end : candidates) {
        if (end < highest * 1.02 || end > highest * MaxStretch)
            continue;
        bool fits = true;
        for (size_t i = 0; i < m_spots.size() && fits; ++i) {
            const double bar = m_spots[i].priority / end * plotWidth;
            fits =
                bar - 2 * Pad >= widths[i] || plotWidth - bar + RightPad - Pad - 2.0 >= widths[i];
        }
        if (fits)
            return end;
    }
    return std::nullopt;
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
    g.labelWidth = std::clamp(longest + 14.0, 110.0, std::max(110.0, body.width() * 0.4));
    // In the chart's coordinates, which start at the body's top left.
    const QRectF plot(g.labelWidth, 4.0, std::max(body.width() - g.labelWidth - RightPad, 40.0),
                      std::max(body.height() - axisHeightOf(look) - 4.0, MinRow));
    QChart* chart = m_canvas.chart();
    if (chart->plotArea() != plot)
        chart->setPlotArea(plot);
    m_canvas.layOut(body.size());
    // The reasons in the labels' size on one line or two (where the bars
    // are thick enough), else a size smaller; else some are shortened (the
    // tooltip tells all).
    const double thickness =
        m_spots.empty() ? 0.0 : chart->plotArea().height() / double(m_spots.size()) * BarShare;
    // At the last, without the criterion's name the label gives already.
    const auto choose = [&]() -> std::optional<double> {
        for (bool brief : {false, true}) {
            g.brief = brief;
            for (const QFont& font : {look.labelFont, look.smallFont}) {
                const bool tall = thickness >= 2.0 * QFontMetricsF(font).height() + 2.0;
                g.reasonFont = font;
                for (bool twoLines : {false, true}) {
                    if (twoLines && !tall)
                        continue;
                    g.twoLines = twoLines;
                    if (const std::optional<double> end =
                            fittingEnd(chart->plotArea().width(), font, twoLines, brief, look))
                        return end;
                }
            }
        }
        return std::nullopt;
    };
    const std::optional<double> end = choose();
    setValueRange(end.value_or(highestPriority() * 1.04));
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
    const QFontMetricsF metrics(font);
    // Too long: the touchpoint's name gives way, the criterion's stays whole.
    QString text = m_labels[size_t(index)];
    if (metrics.horizontalAdvance(text) > box.width()) {
        const auto& [touchpoint, criterion] = m_names[size_t(index)];
        const QString tail = tr(" · %1").arg(criterion);
        const double room = box.width() - metrics.horizontalAdvance(tail);
        text = room >= 48.0 ? metrics.elidedText(touchpoint, Qt::ElideRight, room) + tail
                            : metrics.elidedText(text, Qt::ElideRight, box.width());
    }
    painter.setFont(font);
    painter.setPen(selected ? look.selection : look.text);
    painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, text);
}

void WeakSpotsChart::paintReason(QPainter& painter, const Geometry& g, int index,
                                 const ChartLook& look) const
{
    const analysis::WeakSpot& spot = m_spots[size_t(index)];
    const QRectF bar = g.bars[size_t(index)];
    const QFontMetricsF metrics(g.reasonFont);
    const QFontMetricsF flagMetrics(look.smallFont);
    const QStringList flags = analysis::flagNames(spot);
    const QStringList lines = reasonLines(reasonText(index, g.brief), g.twoLines);
    double badges = 0;
    for (const QString& flag : flags)
        badges += BadgeGap + flagMetrics.horizontalAdvance(flag) + 10.0;
    const double wanted = reasonWidth(index, g.reasonFont, g.twoLines, g.brief, look);
    const double inside = bar.width() - 2 * Pad;
    const double outside = g.plot.right() + RightPad - bar.right() - Pad - 2.0;
    const bool selected = spot.touchpoint == selectedTouchpoint();
    const QColor fill = selected ? look.selection : look.worse;
    // Inside the bar when it fits, else after it; else where there is more room.
    const bool in = wanted <= inside || (wanted > outside && inside > outside);
    const double room = in ? inside : outside;
    const bool withBadges =
        metrics.horizontalAdvance(lines.back()) + badges <= room || badges <= room * 0.4;
    if (room < 24.0)
        return; // the tooltip still tells
    const QColor pen = in ? look.heat.text(fill) : look.text;
    const double left = in ? bar.left() + Pad : bar.right() + Pad;
    const double lineHeight = metrics.height();
    const double top = bar.center().y() - lineHeight * double(lines.size()) / 2.0;
    painter.setFont(g.reasonFont);
    painter.setPen(pen);
    double x = left;
    for (int i = 0; i < lines.size(); ++i) {
        const bool last = i == lines.size() - 1;
        const double textRoom = room - (last && withBadges ? badges : 0.0);
        const QString text = metrics.elidedText(lines[i], Qt::ElideRight, textRoom);
        const double width = metrics.horizontalAdvance(text);
        painter.drawText(QRectF(left, top + i * lineHeight, width + 2.0, lineHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
        x = left + width;
    }
    if (!withBadges)
        return;
    painter.setFont(look.smallFont);
    const double height = std::min(flagMetrics.height() + 2.0, bar.height() - 4.0);
    const double middle = top + (double(lines.size()) - 0.5) * lineHeight;
    for (const QString& flag : flags) {
        x += BadgeGap;
        const QRectF badge(x, middle - height / 2, flagMetrics.horizontalAdvance(flag) + 10.0,
                           height);
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
    lines << (spot.n == 1 ? tr("One score") : tr("%1 scores").arg(spot.n));
    const QStringList flags = analysis::flagNames(spot);
    if (!flags.isEmpty())
        lines << tr("Flags: %1").arg(flags.join(tr(", ")));
    return lines.join(QLatin1Char('\n'));
}

} // namespace js
