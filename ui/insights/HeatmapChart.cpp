#include "ui/insights/HeatmapChart.h"

#include "core/model/Rating.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace js {

namespace {

constexpr double StageRow = 1.0; // a stage's header takes one row
constexpr double KeyHeight = 62.0;

double rowHeightOf(const ChartLook& look)
{
    return std::ceil(QFontMetricsF(look.labelFont).height() * 1.7);
}

// The framework's name over two lines of criterion names.
double frameworkLineOf(const ChartLook& look)
{
    return QFontMetricsF(look.smallFont).height() * 1.2;
}

double flatHeaderHeightOf(const ChartLook& look)
{
    return std::ceil(frameworkLineOf(look) + QFontMetricsF(look.smallFont).height() * 2.1);
}

// Names too long for their column are written slanted, at 45 degrees.
constexpr double Slant = 0.7071;
constexpr double LongestSlanted = 150.0;

double slantedHeaderHeightOf(const ChartLook& look, double longest)
{
    return std::ceil(frameworkLineOf(look) + std::min(longest, LongestSlanted) * Slant +
                     QFontMetricsF(look.smallFont).height() + 4);
}

// True when every name fits its column on at most two lines.
bool namesFit(const analysis::Insights& data, double columnWidth, const ChartLook& look)
{
    const QFontMetricsF small(look.smallFont);
    for (const analysis::InsightsCriterion& criterion : data.criteria) {
        const QRectF box = small.boundingRect(QRectF(0, 0, columnWidth - 4, 1000), Qt::TextWordWrap,
                                              criterion.name);
        if (box.width() > columnWidth - 4 || box.height() > small.height() * 2.1)
            return false;
    }
    return true;
}

double longestName(const analysis::Insights& data, const ChartLook& look)
{
    double longest = 0;
    for (const analysis::InsightsCriterion& criterion : data.criteria)
        longest =
            std::max(longest, QFontMetricsF(look.smallFont).horizontalAdvance(criterion.name));
    return longest;
}

} // namespace

QString HeatmapChart::title() const
{
    return tr("Heatmap of scores against targets");
}

void HeatmapChart::dataChanged()
{
    m_stageRows.clear();
    m_touchpointRows.clear();
    m_rows = 0;
    const analysis::Insights* data = insights();
    if (!data)
        return;
    m_touchpointRows.resize(data->touchpoints.size());
    for (const analysis::InsightsStage& stage : data->stages) {
        m_stageRows.push_back(m_rows);
        m_rows += StageRow;
        for (size_t index : stage.touchpoints) {
            m_touchpointRows[index] = m_rows;
            m_rows += 1.0;
        }
    }
}

QSizeF HeatmapChart::preferredSize(const ChartLook& look) const
{
    const double rows = std::max(m_rows, 4.0);
    const double chrome = look.margin() * 3 + QFontMetricsF(look.titleFont).height() +
                          QFontMetricsF(look.smallFont).height();
    // The header as a card of the dashboard lays it out (about 860 pixels
    // across): slanted names only when they would be slanted there.
    const double header =
        insights() ? geometry(QRectF(0, 0, 860, 1e6), look).headerHeight : flatHeaderHeightOf(look);
    return {720.0, chrome + std::max(header, flatHeaderHeightOf(look)) + rows * rowHeightOf(look) +
                       KeyHeight + look.margin()};
}

HeatmapChart::Geometry HeatmapChart::geometry(const QRectF& body, const ChartLook& look) const
{
    Geometry g;
    g.body = body;
    const analysis::Insights* data = insights();
    const size_t columns = data ? std::max<size_t>(data->criteria.size(), 1) : 1;
    double longest = 0;
    const QFontMetricsF label(look.labelFont);
    if (data) {
        for (const analysis::InsightsTouchpoint& touchpoint : data->touchpoints)
            longest = std::max(longest, label.horizontalAdvance(touchpoint.name));
        QFont bold = look.labelFont;
        bold.setBold(true);
        for (const analysis::InsightsStage& stage : data->stages)
            longest = std::max(longest, QFontMetricsF(bold).horizontalAdvance(stage.name));
    }
    g.labelWidth = std::clamp(longest + 16.0, 120.0, std::max(120.0, body.width() * 0.32));
    g.columnWidth = std::clamp((body.width() - g.labelWidth) / double(columns), 36.0, 110.0);
    g.slanted = data && !namesFit(*data, g.columnWidth, look);
    if (g.slanted) {
        // Room on the right for the last name, which leans past its column.
        const double name = longestName(*data, look);
        const double lean = std::min(name, LongestSlanted) * Slant;
        const double room = body.width() - g.labelWidth - lean + g.columnWidth / 2;
        g.columnWidth = std::clamp(room / double(columns), 30.0, g.columnWidth);
        g.headerHeight = slantedHeaderHeightOf(look, name);
    } else {
        g.headerHeight = flatHeaderHeightOf(look);
    }
    g.key = QRectF(body.left(), body.bottom() - KeyHeight, body.width(), KeyHeight);
    const double available = g.key.top() - body.top() - g.headerHeight - 4;
    g.rowHeight = std::min(rowHeightOf(look), available / std::max(m_rows, 1.0));
    g.rowHeight = std::max(g.rowHeight, 8.0);
    g.top = body.top() + g.headerHeight;
    // The key right under the last row when there is room to spare.
    g.key.moveTop(std::min(g.key.top(), g.top + m_rows * g.rowHeight + 12));
    return g;
}

double HeatmapChart::rowTop(const Geometry& g, size_t touchpointIndex) const
{
    return g.top + m_touchpointRows[touchpointIndex] * g.rowHeight;
}

QRectF HeatmapChart::cellRect(const Geometry& g, Id touchpoint, Id criterion) const
{
    const analysis::Insights* data = insights();
    if (!data)
        return {};
    const auto row = std::find_if(data->touchpoints.begin(), data->touchpoints.end(),
                                  [touchpoint](const auto& t) { return t.id == touchpoint; });
    const auto column = std::find_if(data->criteria.begin(), data->criteria.end(),
                                     [criterion](const auto& c) { return c.id == criterion; });
    if (row == data->touchpoints.end() || column == data->criteria.end())
        return {};
    const double x =
        g.body.left() + g.labelWidth + double(column - data->criteria.begin()) * g.columnWidth;
    return QRectF(x, rowTop(g, size_t(row - data->touchpoints.begin())), g.columnWidth,
                  g.rowHeight);
}

QColor HeatmapChart::cellFill(Id touchpoint, Id criterion, const ChartLook& look) const
{
    const analysis::Insights* data = insights();
    const analysis::CellStats* stats = data ? data->results.cell(touchpoint, criterion) : nullptr;
    if (!stats || !stats->hasMean())
        return stats && stats->notApplicable > 0 ? look.heat.notApplicable() : look.heat.empty();
    return look.heat.fill(stats->mean, data->targetOf(touchpoint, criterion));
}

int HeatmapChart::touchpointRowAt(const Geometry& g, double y) const
{
    const double row = (y - g.top) / g.rowHeight;
    for (size_t i = 0; i < m_touchpointRows.size(); ++i) {
        if (row >= m_touchpointRows[i] && row < m_touchpointRows[i] + 1.0)
            return int(i);
    }
    return -1;
}

void HeatmapChart::paintHeader(QPainter& painter, const Geometry& g, const ChartLook& look) const
{
    const analysis::Insights& data = *insights();
    const QFontMetricsF small(look.smallFont);
    const double frameworkLine = frameworkLineOf(look);
    painter.setFont(look.smallFont);
    // A framework's name over its run of criteria, with a rule beneath.
    size_t start = 0;
    for (size_t i = 1; i <= data.criteria.size(); ++i) {
        if (i < data.criteria.size() &&
            data.criteria[i].framework == data.criteria[start].framework)
            continue;
        const double left = g.body.left() + g.labelWidth + double(start) * g.columnWidth;
        const QRectF span(left + 2, g.body.top(), double(i - start) * g.columnWidth - 4,
                          frameworkLine);
        painter.setPen(look.mutedText);
        painter.drawText(
            span, Qt::AlignHCenter | Qt::AlignVCenter,
            small.elidedText(data.criteria[start].frameworkName, Qt::ElideRight, span.width()));
        painter.setPen(QPen(look.grid, 1));
        painter.drawLine(QPointF(span.left(), span.bottom()), QPointF(span.right(), span.bottom()));
        start = i;
    }
    painter.setPen(look.text);
    if (g.slanted) {
        for (size_t c = 0; c < data.criteria.size(); ++c) {
            const QPointF foot(g.body.left() + g.labelWidth + (double(c) + 0.5) * g.columnWidth,
                               g.top - 4);
            painter.save();
            painter.translate(foot);
            painter.rotate(-45);
            const QString name =
                small.elidedText(data.criteria[c].name, Qt::ElideRight, LongestSlanted);
            painter.drawText(QPointF(-small.height() * 0.2, small.descent()), name);
            painter.restore();
        }
        return;
    }
    for (size_t c = 0; c < data.criteria.size(); ++c) {
        const QRectF cell(g.body.left() + g.labelWidth + double(c) * g.columnWidth + 2,
                          g.body.top() + frameworkLine, g.columnWidth - 4,
                          g.headerHeight - frameworkLine - 2);
        painter.drawText(cell, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap,
                         data.criteria[c].name);
    }
}

void HeatmapChart::paintCell(QPainter& painter, const QRectF& cell,
                             const analysis::InsightsTouchpoint& touchpoint,
                             const analysis::InsightsCriterion& criterion,
                             const ChartLook& look) const
{
    const analysis::Insights& data = *insights();
    const analysis::CellStats* stats = data.results.cell(touchpoint.id, criterion.id);
    const QColor fill = cellFill(touchpoint.id, criterion.id, look);
    const QRectF inner = cell.adjusted(1, 1, -1, -1);
    painter.fillRect(inner, fill);
    QString text;
    QColor pen = look.heat.text(fill);
    if (stats && stats->hasMean()) {
        text = analysis::scoreText(stats->mean);
    } else if (stats && stats->notApplicable > 0) {
        text = tr("N/A");
        pen = look.mutedText;
    } else {
        text = QStringLiteral("\u2013");
        pen = look.mutedText;
    }
    if (inner.height() >= 12.0) {
        painter.setFont(look.valueFont);
        painter.setPen(pen);
        painter.drawText(inner, Qt::AlignCenter, text);
    }
    if (stats && stats->discuss) {
        // A corner flag: the raters disagree.
        const double side = std::min(inner.height() * 0.45, 10.0);
        QPainterPath flag;
        flag.moveTo(inner.topRight());
        flag.lineTo(inner.topRight() + QPointF(-side, 0));
        flag.lineTo(inner.topRight() + QPointF(0, side));
        flag.closeSubpath();
        painter.fillPath(flag, look.text);
    }
}

void HeatmapChart::paintKey(QPainter& painter, const Geometry& g, const ChartLook& look) const
{
    const QFontMetricsF small(look.smallFont);
    painter.setFont(look.smallFont);
    const double barWidth = std::min(260.0, g.key.width() * 0.4);
    const QRectF bar(g.key.left() + g.labelWidth, g.key.top() + 8, barWidth, 12);
    // The scale from a 1 to a 5 around a target of 3, as the cells use it
    // around theirs: the middle is "on target".
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    constexpr double Target = 3.0;
    for (int i = 0; i <= 8; ++i) {
        const double score = 1.0 + 0.5 * i;
        gradient.setColorAt(double(i) / 8.0, look.heat.fill(score, Target));
    }
    painter.fillRect(bar, gradient);
    painter.setPen(QPen(look.axis, 1));
    painter.drawRect(bar);
    painter.setPen(look.mutedText);
    const double labelTop = bar.bottom() + 2;
    const double h = small.height();
    painter.drawText(QRectF(bar.left(), labelTop, bar.width() / 2, h), Qt::AlignLeft,
                     tr("below target"));
    painter.drawText(QRectF(bar.center().x() - bar.width() / 2, labelTop, bar.width(), h),
                     Qt::AlignHCenter, tr("on target"));
    painter.drawText(QRectF(bar.center().x(), labelTop, bar.width() / 2, h), Qt::AlignRight,
                     tr("above"));
    painter.drawText(QRectF(g.key.left(), bar.top() - 2, g.labelWidth - 8, h + 4),
                     Qt::AlignRight | Qt::AlignVCenter, tr("Colour key"));

    // The marks, after the bar, or on a line of their own when there is no room.
    double x = bar.right() + 24;
    double y = bar.top();
    const auto swatch = [&](const QColor& fill, const QString& inside, const QString& label,
                            bool flag) {
        const double needed = 26 + 6 + small.horizontalAdvance(label) + 18;
        if (x + needed > g.key.right()) {
            x = bar.left();
            y = labelTop + h + 8;
        }
        const QRectF box(x, y - 2, 26, 16);
        painter.fillRect(box, fill);
        painter.setPen(QPen(look.axis, 1));
        painter.drawRect(box);
        if (flag) {
            QPainterPath corner;
            corner.moveTo(box.topRight());
            corner.lineTo(box.topRight() + QPointF(-8, 0));
            corner.lineTo(box.topRight() + QPointF(0, 8));
            corner.closeSubpath();
            painter.fillPath(corner, look.text);
        }
        painter.setPen(look.mutedText);
        painter.drawText(box, Qt::AlignCenter, inside);
        painter.setPen(look.text);
        const double width = small.horizontalAdvance(label);
        painter.drawText(QRectF(box.right() + 6, y - 2, width + 2, 16), Qt::AlignVCenter, label);
        x = box.right() + 6 + width + 18;
    };
    swatch(look.heat.fill(Target, Target), QString(), tr("raters disagree: discuss"), true);
    swatch(look.heat.notApplicable(), tr("N/A"), tr("not applicable"), false);
    swatch(look.heat.empty(), QStringLiteral("\u2013"), tr("not rated"), false);
}

void HeatmapChart::paintBody(QPainter& painter, const QRectF& body, const ChartLook& look) const
{
    const analysis::Insights& data = *insights();
    const Geometry g = geometry(body, look);
    paintHeader(painter, g, look);

    const QRectF visible = painter.hasClipping() ? painter.clipBoundingRect() : body;
    const QFontMetricsF label(look.labelFont);
    QFont stageFont = look.labelFont;
    stageFont.setBold(true);
    const double gridRight =
        g.body.left() + g.labelWidth + double(data.criteria.size()) * g.columnWidth;
    for (size_t s = 0; s < data.stages.size(); ++s) {
        const QRectF stageRow(g.body.left(), g.top + m_stageRows[s] * g.rowHeight,
                              gridRight - g.body.left(), g.rowHeight);
        if (stageRow.bottom() > visible.top() && stageRow.top() < visible.bottom()) {
            painter.setFont(stageFont);
            painter.setPen(look.text);
            painter.drawText(stageRow.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignBottom,
                             data.stages[s].name);
            painter.setPen(QPen(look.grid, 1));
            painter.drawLine(stageRow.bottomLeft(), stageRow.bottomRight());
        }
    }
    for (size_t t = 0; t < data.touchpoints.size(); ++t) {
        const analysis::InsightsTouchpoint& touchpoint = data.touchpoints[t];
        const double top = rowTop(g, t);
        if (top + g.rowHeight < visible.top() || top > visible.bottom())
            continue;
        const QRectF labelRect(g.body.left() + 14, top, g.labelWidth - 20, g.rowHeight);
        const bool selected = touchpoint.id == selectedTouchpoint();
        QFont font = look.labelFont;
        font.setBold(selected);
        painter.setFont(font);
        painter.setPen(selected ? look.selection : look.text);
        painter.drawText(
            labelRect, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(font).elidedText(touchpoint.name, Qt::ElideRight, labelRect.width()));
        for (size_t c = 0; c < data.criteria.size(); ++c) {
            const QRectF cell(g.body.left() + g.labelWidth + double(c) * g.columnWidth, top,
                              g.columnWidth, g.rowHeight);
            paintCell(painter, cell, touchpoint, data.criteria[c], look);
        }
        if (selected) {
            painter.setPen(QPen(look.selection, 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(
                QRectF(g.body.left() + 8, top, gridRight - g.body.left() - 8, g.rowHeight)
                    .adjusted(0, 0.5, 0, -0.5));
        }
    }
    if (g.key.intersects(visible))
        paintKey(painter, g, look);
}

Id HeatmapChart::touchpointAtBody(const QPointF& pos, const QRectF& body,
                                  const ChartLook& look) const
{
    const Geometry g = geometry(body, look);
    const double gridRight =
        g.body.left() + g.labelWidth + double(insights()->criteria.size()) * g.columnWidth;
    if (pos.x() > gridRight || pos.y() >= g.key.top())
        return NoId;
    const int row = touchpointRowAt(g, pos.y());
    return row < 0 ? NoId : insights()->touchpoints[size_t(row)].id;
}

QString HeatmapChart::toolTipAtBody(const QPointF& pos, const QRectF& body,
                                    const ChartLook& look) const
{
    const Geometry g = geometry(body, look);
    const analysis::Insights& data = *insights();
    const int row = touchpointRowAt(g, pos.y());
    const double column = (pos.x() - g.body.left() - g.labelWidth) / g.columnWidth;
    if (row < 0 || column < 0 || column >= double(data.criteria.size()) || pos.y() >= g.key.top())
        return {};
    const analysis::InsightsTouchpoint& touchpoint = data.touchpoints[size_t(row)];
    const analysis::InsightsCriterion& criterion = data.criteria[size_t(column)];
    const analysis::CellStats* stats = data.results.cell(touchpoint.id, criterion.id);
    const QString target = analysis::scoreText(data.targetOf(touchpoint.id, criterion.id));
    QString text = tr("%1 · %2").arg(touchpoint.name, criterion.name);
    if (!stats || !stats->hasMean()) {
        text += QLatin1Char('\n') + (stats && stats->notApplicable > 0
                                         ? tr("Not applicable, target %1").arg(target)
                                         : tr("Not rated yet, target %1").arg(target));
        return text;
    }
    text += QLatin1Char('\n') +
            tr("Mean %1 against a target of %2").arg(analysis::scoreText(stats->mean), target);
    text += QLatin1Char('\n') +
            (stats->n == 1
                 ? tr("One score: %1").arg(stats->min)
                 : tr("%1 scores, from %2 to %3").arg(stats->n).arg(stats->min).arg(stats->max));
    if (stats->discuss)
        text += QLatin1Char('\n') + tr("The raters disagree: worth a discussion");
    return text;
}

} // namespace js
