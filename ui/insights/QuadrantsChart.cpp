#include "ui/insights/QuadrantsChart.h"

#include <QPainter>

namespace js {

void QuadrantsChart::paintBody(QPainter& painter, const QRectF& body, const ChartLook& look) const
{
    painter.setPen(look.mutedText);
    painter.drawRect(body);
}

} // namespace js
