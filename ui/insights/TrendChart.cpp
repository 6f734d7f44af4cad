#include "ui/insights/TrendChart.h"

#include <QPainter>

namespace js {

void TrendChart::paintBody(QPainter& painter, const QRectF& body, const ChartLook& look) const
{
    painter.setPen(look.mutedText);
    painter.drawRect(body);
}

} // namespace js
