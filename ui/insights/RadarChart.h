#pragma once

#include "ui/insights/InsightChart.h"

namespace js {

// TODO(insights): being built.
class RadarChart : public InsightChart {
    Q_DECLARE_TR_FUNCTIONS(RadarChart)

public:
    QString key() const override { return QStringLiteral("radar"); }
    QString title() const override { return tr("Radar of one touchpoint or stage"); }

    enum class Subject { Touchpoint, Stage };
    // What the radar shows: one touchpoint's scores, or a stage's means.
    void setSubject(Subject kind, Id id)
    {
        m_kind = kind;
        m_subject = id;
        dataChanged();
    }
    Subject subjectKind() const { return m_kind; }
    Id subject() const { return m_subject; }

protected:
    void paintBody(QPainter& painter, const QRectF& body, const ChartLook& look) const override;

private:
    Subject m_kind = Subject::Touchpoint;
    Id m_subject = NoId;
};

} // namespace js
