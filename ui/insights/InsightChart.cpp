#include "ui/insights/InsightChart.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace js {

InsightChart::~InsightChart() = default;

void InsightChart::setInsights(const analysis::Insights* insights)
{
    m_insights = insights;
    dataChanged();
}

void InsightChart::setSelectedTouchpoint(Id touchpoint)
{
    if (m_selected == touchpoint)
        return;
    m_selected = touchpoint;
    dataChanged();
}

QSizeF InsightChart::preferredSize(const ChartLook&) const
{
    return {560.0, 400.0};
}

bool InsightChart::hasContent() const
{
    return m_insights && hasFigures();
}

bool InsightChart::hasFigures() const
{
    return m_insights->hasScores();
}

QString InsightChart::emptyMessage() const
{
    if (!m_insights || m_insights->request.round == NoId)
        return tr("No round to show yet. Start one with Assess > New round, rate the "
                  "touchpoints, and this chart fills in.");
    const bool filtered = !m_insights->request.filter.isEmpty();
    if (filtered && (m_insights->criteria.empty() || m_insights->touchpoints.empty() ||
                     m_insights->results.raterCount == 0))
        return tr("The filters leave nothing to show. Choose at least one framework, rater "
                  "and stage above.");
    return tr("Nobody has rated this round yet. Type scores in the Assess tab "
              "(Ctrl+Shift+G), and this chart fills in as you go.");
}

QString InsightChart::subtitle() const
{
    if (!m_insights || m_insights->request.round == NoId)
        return {};
    QString line = m_insights->journeyName.isEmpty()
                       ? m_insights->roundName
                       : tr("%1 · %2").arg(m_insights->journeyName, m_insights->roundName);
    if (drawsComparison() && m_insights->hasComparison())
        line = tr("%1, compared with %2").arg(line, m_insights->compareName);
    if (!m_insights->filterSummary.isEmpty())
        line = tr("%1 · %2").arg(line, m_insights->filterSummary);
    return line;
}

QRectF InsightChart::bodyRect(const QRectF& rect, const ChartLook& look) const
{
    const double top = look.margin() + QFontMetricsF(look.titleFont).height() +
                       QFontMetricsF(look.smallFont).height() + look.margin();
    return rect.adjusted(look.margin(), top, -look.margin(), -look.margin());
}

void InsightChart::paint(QPainter& painter, const QRectF& rect, const ChartLook& look) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect, look.background);
    painter.setClipRect(rect);

    const QRectF titleRect(rect.left() + look.margin(), rect.top() + look.margin(),
                           rect.width() - 2 * look.margin(),
                           QFontMetricsF(look.titleFont).height());
    painter.setFont(look.titleFont);
    painter.setPen(look.text);
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, title());
    const QRectF subtitleRect(titleRect.left(), titleRect.bottom(), titleRect.width(),
                              QFontMetricsF(look.smallFont).height());
    painter.setFont(look.smallFont);
    painter.setPen(look.mutedText);
    const QString sub =
        QFontMetricsF(look.smallFont).elidedText(subtitle(), Qt::ElideRight, subtitleRect.width());
    painter.drawText(subtitleRect, Qt::AlignLeft | Qt::AlignVCenter, sub);

    const QRectF body = bodyRect(rect, look);
    if (hasContent()) {
        paintBody(painter, body, look);
    } else {
        painter.setFont(look.labelFont);
        painter.setPen(look.mutedText);
        const QRectF box = body.adjusted(body.width() * 0.1, 0, -body.width() * 0.1, 0);
        painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, emptyMessage());
    }
    painter.restore();
}

Id InsightChart::touchpointAt(const QPointF& pos, const QRectF& rect, const ChartLook& look) const
{
    const QRectF body = bodyRect(rect, look);
    if (!hasContent() || !body.contains(pos))
        return NoId;
    return touchpointAtBody(pos, body, look);
}

QString InsightChart::toolTipAt(const QPointF& pos, const QRectF& rect, const ChartLook& look) const
{
    const QRectF body = bodyRect(rect, look);
    if (!hasContent() || !body.contains(pos))
        return {};
    return toolTipAtBody(pos, body, look);
}

Id InsightChart::touchpointAtBody(const QPointF&, const QRectF&, const ChartLook&) const
{
    return NoId;
}

QString InsightChart::toolTipAtBody(const QPointF&, const QRectF&, const ChartLook&) const
{
    return {};
}

} // namespace js
