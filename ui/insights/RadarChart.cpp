#include "ui/insights/RadarChart.h"

#include <QPainter>

namespace js {

void RadarChart::paintBody(QPainter& painter, const QRectF& body, const ChartLook& look) const
{
    painter.setPen(look.mutedText);
    painter.drawRect(body);
}

} // namespace js
