#pragma once

#include "ui/insights/InsightChart.h"
#include "ui/insights/QtChartCanvas.h"

#include <QLineF>

#include <memory>
#include <optional>
#include <vector>

class QAbstractSeries;

namespace js {

// The room's own score of each touchpoint (across, 1..5) against what its
// customers say (up: CSAT 0..100 %, or NPS −100..+100). The agreement line
// maps the room's scale onto the customers' (analysis::roomOnMetricScale);
// below it, tinted, the room rates a touchpoint higher than its customers
// do. A figure that rests on few answers is drawn hollow. Qt Charts draws
// the axes, the tint and the line; the points, their names (placed where
// they overlap nothing) and the selection are painted on top.
class RoomVsCustomersChart : public InsightChart {
    Q_DECLARE_TR_FUNCTIONS(RoomVsCustomersChart)

public:
    RoomVsCustomersChart();
    ~RoomVsCustomersChart() override;

    QString key() const override { return QStringLiteral("roomvscustomers"); }
    QString title() const override;
    QSizeF preferredSize(const ChartLook& look) const override;
    QString emptyMessage() const override;

    // The figure compared: the one chosen, else CSAT when the touchpoints
    // shown have any, else NPS.
    analysis::RoomVsCustomers const& figures() const;
    MetricKind kind() const;
    void setKind(MetricKind kind);
    bool hasChosenKind() const { return m_chosen.has_value(); }

    // A name placed by its point, when the chart is painted into rect.
    struct PlacedLabel {
        Id touchpoint = NoId;
        QString text;
        QRectF rect;
        QPointF point;
        bool leader = false;
    };
    std::vector<PlacedLabel> placedLabels(const QRectF& rect, const ChartLook& look) const;
    // Where a touchpoint's point is when painted into rect; null for none.
    QPointF pointPosition(Id touchpoint, const QRectF& rect, const ChartLook& look) const;
    // The ends of the agreement line, when painted into rect.
    QLineF agreementLine(const QRectF& rect, const ChartLook& look) const;

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
        QRectF plot;
        QRectF chartArea; // where Qt Charts draws, above the key
        QLineF agreement;
        std::vector<QPointF> points; // by point of figures()
        QRectF higherCaption;
        QRectF lowerCaption;
        std::vector<PlacedLabel> labels;
    };
    void ensureChart(const ChartLook& look) const;
    Layout layOut(const QRectF& body, const ChartLook& look) const;
    int pointAt(const QPointF& pos, const Layout& layout) const;

    std::optional<MetricKind> m_chosen;
    mutable QtChartCanvas m_canvas;
    mutable QAbstractSeries* m_anchorSeries = nullptr;
    mutable std::optional<MetricKind> m_builtKind;
    mutable std::unique_ptr<ChartLook> m_builtLook;
    mutable std::unique_ptr<Layout> m_layout;
    mutable QRectF m_layoutBody;
    mutable Id m_layoutSelected = NoId;
    mutable const analysis::Insights* m_layoutInsights = nullptr;
};

} // namespace js
