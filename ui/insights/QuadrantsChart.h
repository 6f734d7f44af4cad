#pragma once

#include "ui/insights/InsightChart.h"
#include "ui/insights/QtChartCanvas.h"

#include <memory>
#include <vector>

class QAbstractSeries;

namespace js {

// The importance-performance grid (Martilla and James): each touchpoint
// with a score is a point at its weighted score (across) and how much it
// matters to the customer (up), the axes are split into the four fields of
// the analysis, and "Concentrate here", high importance and low
// performance, is where the weak spots are. Drawn with Qt Charts; the
// touchpoints' names, the fields' names and the selection are painted on
// top, each name placed where it overlaps no other text and no point.
class QuadrantsChart : public InsightChart {
    Q_DECLARE_TR_FUNCTIONS(QuadrantsChart)

public:
    QuadrantsChart();
    ~QuadrantsChart() override;

    QString key() const override { return QStringLiteral("quadrants"); }
    QString title() const override { return tr("Importance and performance"); }
    QSizeF preferredSize(const ChartLook& look) const override;

    // One marker: the touchpoints at the same place share it.
    struct Marker {
        std::vector<Id> touchpoints; // in map order
        double importance = 0;
        double performance = 0;
        analysis::Quadrant quadrant = analysis::Quadrant::LowPriority;
    };
    const std::vector<Marker>& markers() const { return m_markers; }

    // A name placed by its marker, when the chart is painted into rect.
    struct PlacedLabel {
        std::vector<Id> touchpoints; // of the marker
        QString text;
        QRectF rect;
        QPointF point;       // the marker's centre
        bool leader = false; // away from its marker, joined by a line
    };
    std::vector<PlacedLabel> placedLabels(const QRectF& rect, const ChartLook& look) const;
    // Where a touchpoint's marker is when the chart is painted into rect;
    // a null point when it has none.
    QPointF pointPosition(Id touchpoint, const QRectF& rect, const ChartLook& look) const;

protected:
    bool hasFigures() const override;
    void dataChanged() override;
    void paintBody(QPainter& painter, const QRectF& body, const ChartLook& look) const override;
    Id touchpointAtBody(const QPointF& pos, const QRectF& body,
                        const ChartLook& look) const override;
    QString toolTipAtBody(const QPointF& pos, const QRectF& body,
                          const ChartLook& look) const override;

private:
    struct Layout {
        QRectF plot;                  // in body coordinates
        std::vector<QPointF> markers; // centres, by marker
        std::vector<QRectF> captions; // the four fields' names
        QRectF concentrate;           // the field tinted
        std::vector<PlacedLabel> labels;
    };
    // Builds the QChart if the figures or the look changed since.
    void ensureChart(const ChartLook& look) const;
    Layout layOut(const QRectF& body, const ChartLook& look) const;
    int markerAt(const QPointF& pos, const Layout& layout) const;
    QString markerText(const Marker& marker) const;
    double markerRadius(const Marker& marker) const;

    void rebuildMarkers() const;

    mutable std::vector<Marker> m_markers;
    mutable QtChartCanvas m_canvas;
    mutable QAbstractSeries* m_anchorSeries = nullptr; // to map values to pixels
    mutable analysis::QuadrantChart m_builtFrom;
    mutable std::unique_ptr<ChartLook> m_builtLook;
    // The last layout, for hit tests and tooltips as the mouse moves.
    mutable std::unique_ptr<Layout> m_layout;
    mutable QRectF m_layoutBody;
    mutable Id m_layoutSelected = NoId;
};

} // namespace js
