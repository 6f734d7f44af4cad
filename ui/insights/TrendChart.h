#pragma once

#include "ui/insights/InsightChart.h"

namespace js {

// TODO(insights): being built.
class TrendChart : public InsightChart {
    Q_DECLARE_TR_FUNCTIONS(TrendChart)

public:
    QString key() const override { return QStringLiteral("trend"); }
    QString title() const override { return tr("Round over round"); }

protected:
    void paintBody(QPainter& painter, const QRectF& body, const ChartLook& look) const override;
};

} // namespace js
