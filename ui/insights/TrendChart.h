#pragma once

#include "ui/insights/InsightChart.h"
#include "ui/insights/QtChartCanvas.h"

#include <optional>
#include <vector>

namespace js {

// Round over round: the mean score of each stage, then of each criterion, in
// the comparison round ("before") and in the round shown ("after"), as pairs
// of horizontal bars, with the change beside each pair, signed and coloured
// (a rise, a fall). Only figures both rounds have get bars; the rest say
// they were not rated in both. Qt Charts draws one bar chart per panel,
// stages above criteria, with plot areas set to the same left and right.
class TrendChart : public InsightChart {
    Q_DECLARE_TR_FUNCTIONS(TrendChart)

public:
    TrendChart();
    ~TrendChart() override;

    QString key() const override { return QStringLiteral("trend"); }
    QString title() const override { return tr("Round over round"); }
    QSizeF preferredSize(const ChartLook& look) const override;
    QString emptyMessage() const override;

    enum class Kind { Stage, Criterion };
    struct Row {
        Kind kind = Kind::Stage;
        Id id = NoId;
        QString label;
        std::optional<analysis::Delta> delta; // absent: not rated in both rounds
    };
    // The stages then the criteria, top to bottom.
    const std::vector<Row>& rows() const { return m_rows; }

    // Where each part goes in a body rect (for painting and hit tests).
    struct Panel {
        Kind kind = Kind::Stage;
        QRectF heading;
        QRectF plot;
        size_t first = 0; // into rows()
        size_t count = 0;
    };
    struct Geometry {
        QRectF legend;
        std::vector<Panel> panels;
    };
    Geometry geometry(const QRectF& body, const ChartLook& look) const;
    // The band of a row across its panel's plot; empty when not shown.
    QRectF rowRect(const Geometry& geometry, size_t row) const;
    // The colour a change is printed in: a rise, a fall, or none to one decimal.
    static QColor changeColour(double change, const ChartLook& look);

protected:
    bool drawsComparison() const override { return true; }
    // Says when the deltas rest on part of the round only (rated half-way).
    QString subtitle() const override;
    bool hasFigures() const override;
    void dataChanged() override;
    void paintBody(QPainter& painter, const QRectF& body, const ChartLook& look) const override;
    QString toolTipAtBody(const QPointF& pos, const QRectF& body,
                          const ChartLook& look) const override;

private:
    size_t count(Kind kind) const;
    void buildPanel(QtChartCanvas& canvas, const Panel& panel, const QPointF& origin,
                    bool valueLabels, const ChartLook& look) const;
    void paintChanges(QPainter& painter, const QtChartCanvas& canvas, const Panel& panel,
                      const QPointF& origin, const ChartLook& look) const;
    // Paints the legend into rect, or only measures it without a painter; its height.
    double legend(QPainter* painter, const QRectF& rect, const ChartLook& look) const;

    std::vector<Row> m_rows;
    // Rebuilt on each paint, in the look it is painted in.
    mutable QtChartCanvas m_stageCanvas;
    mutable QtChartCanvas m_criterionCanvas;
};

} // namespace js
