#pragma once

#include "ui/insights/InsightChart.h"

namespace js {

// TODO(insights): being built.
class WeakSpotsChart : public InsightChart {
    Q_DECLARE_TR_FUNCTIONS(WeakSpotsChart)

public:
    QString key() const override { return QStringLiteral("weakspots"); }
    QString title() const override { return tr("Top weak spots"); }

protected:
    void paintBody(QPainter& painter, const QRectF& body, const ChartLook& look) const override;
};

} // namespace js
