#pragma once

#include "ui/insights/InsightChart.h"

#include <vector>

namespace js {

// The heatmap: touchpoints in rows, grouped under their stages, by the
// criteria in columns (under their frameworks). Each cell shows its mean on
// the one heat scale centred on the cell's target, a mark where the raters
// disagree, and a key explains the colours and marks. Painted by hand: Qt
// Charts has no heatmap.
class HeatmapChart : public InsightChart {
    Q_DECLARE_TR_FUNCTIONS(HeatmapChart)

public:
    QString key() const override { return QStringLiteral("heatmap"); }
    QString title() const override;
    QSizeF preferredSize(const ChartLook& look) const override;

    // Where each part goes in a body rect (for painting and hit tests).
    struct Geometry {
        QRectF body;
        double labelWidth = 0;
        double columnWidth = 0;
        double rowHeight = 0;
        double headerHeight = 0;
        double top = 0;       // of the first row
        bool slanted = false; // criterion names at 45 degrees, as they do not fit
        QRectF key;
    };
    Geometry geometry(const QRectF& body, const ChartLook& look) const;
    // The rectangle of a cell, empty when it is not shown.
    QRectF cellRect(const Geometry& geometry, Id touchpoint, Id criterion) const;
    // The fill a cell is painted with.
    QColor cellFill(Id touchpoint, Id criterion, const ChartLook& look) const;

protected:
    void dataChanged() override;
    void paintBody(QPainter& painter, const QRectF& body, const ChartLook& look) const override;
    Id touchpointAtBody(const QPointF& pos, const QRectF& body,
                        const ChartLook& look) const override;
    QString toolTipAtBody(const QPointF& pos, const QRectF& body,
                          const ChartLook& look) const override;

private:
    // The row at a y position: a touchpoint's index, or -1 (a stage row, outside).
    int touchpointRowAt(const Geometry& geometry, double y) const;
    // Rows: the stage headers and the touchpoints, top to bottom.
    double rowTop(const Geometry& geometry, size_t touchpointIndex) const;
    void paintHeader(QPainter& painter, const Geometry& g, const ChartLook& look) const;
    void paintKey(QPainter& painter, const Geometry& g, const ChartLook& look) const;
    void paintCell(QPainter& painter, const QRectF& cell,
                   const analysis::InsightsTouchpoint& touchpoint,
                   const analysis::InsightsCriterion& criterion, const ChartLook& look) const;

    // Top to bottom, in rows: where each stage's header and each touchpoint sit.
    std::vector<double> m_stageRows;
    std::vector<double> m_touchpointRows;
    double m_rows = 0;
};

} // namespace js
