#include "core/render/MetricBadges.h"

#include "core/model/Project.h"
#include "core/model/ProjectQueries.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPen>

#include <algorithm>
#include <array>
#include <cmath>

namespace js {

namespace {

constexpr std::array<MetricKind, 3> BadgeKinds = {MetricKind::Nps, MetricKind::Csat,
                                                  MetricKind::Ces};

double badgePadding(double scale)
{
    return 4 * scale;
}

} // namespace

bool isBadgeKind(MetricKind kind)
{
    return std::find(BadgeKinds.begin(), BadgeKinds.end(), kind) != BadgeKinds.end();
}

std::unordered_set<Id> touchpointsWithBadges(const Project& project)
{
    std::unordered_set<Id> touchpoints;
    for (const Metric& metric : project.metrics) {
        if (isBadgeKind(metric.kind))
            touchpoints.insert(metric.touchpointId);
    }
    return touchpoints;
}

std::vector<MetricBadge> layoutMetricBadges(const Project& project, Id touchpointId,
                                            const MapStyle& style, QPointF topLeft, double width)
{
    std::vector<MetricBadge> badges;
    const QFontMetricsF metrics(style.metricFont());
    const double height = metrics.height() + 2 * style.scale;
    const double spacing = 4 * style.scale;
    double x = topLeft.x();
    double y = topLeft.y();
    for (MetricKind kind : BadgeKinds) {
        const Metric* metric = latestMetric(project, touchpointId, kind);
        if (!metric)
            continue;
        MetricBadge badge;
        badge.metricId = metric->id;
        badge.kind = kind;
        badge.text = metricBadgeText(*metric);
        badge.count = metric->count;
        badge.fewAnswers = restsOnFewAnswers(*metric);
        const double w = std::min(width, std::ceil(metrics.horizontalAdvance(badge.text)) +
                                             2 * badgePadding(style.scale));
        if (x > topLeft.x() && x + w > topLeft.x() + width) {
            if (kind == MetricKind::Ces)
                continue; // only where NPS and CSAT leave room
            x = topLeft.x();
            y += height + spacing;
        }
        badge.rect = QRectF(x, y, w, height);
        x += w + spacing;
        badges.push_back(badge);
    }
    return badges;
}

void paintMetricBadge(QPainter& painter, const QRectF& rect, const QString& text, const QFont& font,
                      const QColor& color, bool fewAnswers, double scale)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const double radius = 3 * scale;
    const double line = std::max(0.75, scale);
    const QRectF frame = rect.adjusted(line / 2, line / 2, -line / 2, -line / 2);
    QColor ink = color;
    if (fewAnswers) {
        // Resting on few answers: an outline only, dashed, and lighter text.
        ink.setAlphaF(0.7f);
        QPen pen(ink, line, Qt::CustomDashLine);
        pen.setDashPattern({2.5, 2.0});
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
    } else {
        QColor fill = color;
        fill.setAlphaF(0.12f);
        QColor border = color;
        border.setAlphaF(0.45f);
        painter.setPen(QPen(border, line));
        painter.setBrush(fill);
    }
    painter.drawRoundedRect(frame, radius, radius);
    painter.setFont(font);
    painter.setPen(ink);
    const QFontMetricsF metrics(font);
    const QRectF inner = rect.adjusted(badgePadding(scale), 0, -badgePadding(scale), 0);
    painter.drawText(inner, Qt::AlignCenter,
                     metrics.elidedText(text, Qt::ElideRight, inner.width() + 0.5));
    painter.restore();
}

void paintMetricBadges(QPainter& painter, const std::vector<MetricBadge>& badges,
                       const MapStyle& style, const QColor& text)
{
    const QFont font = style.metricFont();
    for (const MetricBadge& badge : badges)
        paintMetricBadge(painter, badge.rect, badge.text, font, text, badge.fewAnswers,
                         style.scale);
}

} // namespace js
