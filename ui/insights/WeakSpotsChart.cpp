#include "ui/insights/WeakSpotsChart.h"

#include <QPainter>

namespace js {

void WeakSpotsChart::paintBody(QPainter& painter, const QRectF& body, const ChartLook& look) const
{
    painter.setPen(look.mutedText);
    painter.drawRect(body);
}

} // namespace js
