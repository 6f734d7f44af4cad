#pragma once

#include "ui/insights/InsightChart.h"

namespace js {

// TODO(insights): being built.
class ProfileChart : public InsightChart {
    Q_DECLARE_TR_FUNCTIONS(ProfileChart)

public:
    QString key() const override { return QStringLiteral("profile"); }
    QString title() const override { return tr("Journey profile"); }

protected:
    void paintBody(QPainter& painter, const QRectF& body, const ChartLook& look) const override;
};

} // namespace js
