#pragma once

#include "core/render/MapLayout.h"

#include <unordered_set>
#include <vector>

class QColor;
class QPainter;

namespace js {

struct Project;

// The kinds of figure a touchpoint's card carries, in the order it shows
// them: NPS and CSAT always, CES when there is room left in their row.
bool isBadgeKind(MetricKind kind);

// The touchpoints holding any figure a badge shows, found in one pass, so
// that a map of many touchpoints looks for the latest figures of those only.
std::unordered_set<Id> touchpointsWithBadges(const Project& project);

// A touchpoint's badges, flowing left to right from `topLeft` in rows of at
// most `width`; a figure that would need a row of its own only for CES is
// left out. Empty when the touchpoint has none of those figures.
std::vector<MetricBadge> layoutMetricBadges(const Project& project, Id touchpointId,
                                            const MapStyle& style, QPointF topLeft, double width);

// Paints the badges of a card in `text`, its colour on the card's fill: a
// figure on few answers as a dashed outline in a lighter tone.
void paintMetricBadges(QPainter& painter, const std::vector<MetricBadge>& badges,
                       const MapStyle& style, const QColor& text);

// The badge of a legend entry: `fewAnswers` dashed, as on the cards.
void paintMetricBadge(QPainter& painter, const QRectF& rect, const QString& text, const QFont& font,
                      const QColor& color, bool fewAnswers, double scale);

} // namespace js
