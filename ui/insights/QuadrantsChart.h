#pragma once

#include "ui/insights/InsightChart.h"

namespace js {

// TODO(insights): being built.
class QuadrantsChart : public InsightChart {
    Q_DECLARE_TR_FUNCTIONS(QuadrantsChart)

public:
    QString key() const override { return QStringLiteral("quadrants"); }
    QString title() const override { return tr("Importance and performance"); }

protected:
    void paintBody(QPainter& painter, const QRectF& body, const ChartLook& look) const override;
};

} // namespace js
