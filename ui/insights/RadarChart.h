#pragma once

#include "ui/insights/InsightChart.h"

#include <optional>
#include <vector>

namespace js {

// The radar of one touchpoint or one stage: a spoke per criterion of the
// round on a straight-sided web from 0 to 5, the subject's scores as a
// filled polygon, its targets as a dashed one, and the comparison round's
// scores as a thin one when there is a comparison. Painted by hand.
class RadarChart : public InsightChart {
    Q_DECLARE_TR_FUNCTIONS(RadarChart)

public:
    QString key() const override { return QStringLiteral("radar"); }
    QString title() const override;
    QSizeF preferredSize(const ChartLook& look) const override;
    QString emptyMessage() const override;

    enum class Subject { Touchpoint, Stage };
    // What the radar shows: one touchpoint's scores, or a stage's means.
    // `note` says why the subject is not the one asked for ("nothing is
    // selected: the weakest touchpoint"), under the title.
    void setSubject(Subject kind, Id id, const QString& note = {});
    Subject subjectKind() const { return m_kind; }
    Id subject() const { return m_subject; }
    // The touchpoint's or the stage's name; empty when it is not shown.
    QString subjectName() const;

    // One spoke: a criterion with the subject's mean, target and the
    // comparison round's mean, where there is one.
    struct Spoke {
        Id criterion = NoId;
        QString name;
        std::optional<double> value;
        double target = 0.0;
        std::optional<double> compare;
        bool notApplicable = false; // no mean because the raters gave only N/A
    };
    // In the round's order of criteria.
    std::vector<Spoke> spokes() const;

    // Where the web goes in a body rect.
    struct Geometry {
        QPointF centre;
        double radius = 0;
        double labelWidth = 0; // at most, for a spoke's label
        QRectF legend;
    };
    Geometry geometry(const QRectF& body, const ChartLook& look) const;
    // The position of a value (0..5) on spoke i of n.
    static QPointF position(const Geometry& g, size_t spoke, size_t spokes, double value);

    // Fewer criteria than this, and the radar says why it is empty.
    static constexpr size_t MinSpokes = 3;

protected:
    bool drawsComparison() const override { return true; }
    QString subtitle() const override;
    bool hasFigures() const override;
    void paintBody(QPainter& painter, const QRectF& body, const ChartLook& look) const override;
    Id touchpointAtBody(const QPointF& pos, const QRectF& body,
                        const ChartLook& look) const override;
    QString toolTipAtBody(const QPointF& pos, const QRectF& body,
                          const ChartLook& look) const override;

private:
    bool subjectKnown() const;
    // The spoke whose vertex, target or label is at pos; -1 for none.
    int spokeAt(const QPointF& pos, const Geometry& g, const std::vector<Spoke>& spokes,
                const ChartLook& look) const;
    QRectF spokeLabelRect(const Geometry& g, size_t spoke, size_t spokes, const Spoke& s,
                          const ChartLook& look) const;
    // Every spoke's label, moved apart where two would meet.
    std::vector<QRectF> spokeLabelRects(const Geometry& g, const std::vector<Spoke>& all,
                                        const ChartLook& look) const;
    void paintWeb(QPainter& painter, const Geometry& g, size_t spokes, const ChartLook& look) const;
    void paintLegend(QPainter& painter, const Geometry& g, const ChartLook& look) const;

    Subject m_kind = Subject::Touchpoint;
    Id m_subject = NoId;
    QString m_note;
};

} // namespace js
