#include "ui/insights/ProfileChart.h"

#include <QPainter>

namespace js {

void ProfileChart::paintBody(QPainter& painter, const QRectF& body, const ChartLook& look) const
{
    painter.setPen(look.mutedText);
    painter.drawRect(body);
}

} // namespace js
