#pragma once

#include "ui/insights/InsightChart.h"
#include "ui/insights/QtChartCanvas.h"

#include <QFont>

#include <optional>
#include <vector>

namespace js {

// The top weak spots as horizontal bars, the highest priority at the top:
// each bar is as long as its priority (importance × weight × gap), labelled
// "Touchpoint · Criterion" on the left, with the reason it ranks there next
// to or inside it and its flags (discuss, few ratings) after the reason.
// Qt Charts draws the bars and the value axis (through QtChartCanvas); the
// labels and reasons are painted on top where the chart maps the bars.
class WeakSpotsChart : public InsightChart {
    Q_DECLARE_TR_FUNCTIONS(WeakSpotsChart)

public:
    // At most this many bars.
    static constexpr int MaxBars = 10;

    struct Bar {
        Id touchpoint = NoId;
        Id criterion = NoId;
        QString label; // "Touchpoint · Criterion", not elided
        double priority = 0.0;
    };

    WeakSpotsChart();
    ~WeakSpotsChart() override;

    QString key() const override { return QStringLiteral("weakspots"); }
    QString title() const override { return tr("Top weak spots"); }
    QSizeF preferredSize(const ChartLook& look) const override;
    QString emptyMessage() const override;

    // The bars, top to bottom.
    std::vector<Bar> bars() const;
    // Where a bar (an index into bars()) is drawn when the chart is painted
    // into rect; empty for an index out of range or with nothing to show.
    QRectF barRect(int index, const QRectF& rect, const ChartLook& look) const;
    // The text painted with a bar: its reason, then its flags.
    QString barText(int index) const;

protected:
    QString subtitle() const override;
    bool hasFigures() const override;
    void dataChanged() override;
    void paintBody(QPainter& painter, const QRectF& body, const ChartLook& look) const override;
    Id touchpointAtBody(const QPointF& pos, const QRectF& body,
                        const ChartLook& look) const override;
    QString toolTipAtBody(const QPointF& pos, const QRectF& body,
                          const ChartLook& look) const override;

private:
    // Where the parts go in a body rect, the chart laid out to fit.
    struct Geometry {
        QRectF body;
        QRectF plot;              // in painter coordinates
        std::vector<QRectF> bars; // in painter coordinates, top to bottom
        std::vector<QRectF> rows; // a bar's whole band, its label included
        double labelWidth = 0;
        QFont reasonFont;
        bool twoLines = false; // the reasons each on two lines
        bool brief = false;    // without the criterion's name the label gives
    };
    Geometry layOut(const QRectF& body, const ChartLook& look) const;
    // Builds the QChart anew for the current figures in this look.
    void build(const ChartLook& look) const;
    // The value axis's end that lets every reason fit inside or after its
    // bar in a plot this wide (the highest priority, or a little more).
    std::optional<double> fittingEnd(double plotWidth, const QFont& font, bool twoLines, bool brief,
                                     const ChartLook& look) const;
    double reasonWidth(int index, const QFont& font, bool twoLines, bool brief,
                       const ChartLook& look) const;
    // A bar's reason; brief: without the criterion's name it begins with.
    QString reasonText(int index, bool brief) const;
    double highestPriority() const;
    void setValueRange(double end) const;
    int rowAt(const Geometry& g, const QPointF& pos) const;
    void paintLabel(QPainter& painter, const Geometry& g, int index, const ChartLook& look) const;
    void paintReason(QPainter& painter, const Geometry& g, int index, const ChartLook& look) const;

    std::vector<analysis::WeakSpot> m_spots; // the top ones, highest first
    std::vector<QString> m_labels;
    std::vector<std::pair<QString, QString>> m_names; // touchpoint, criterion
    mutable QtChartCanvas m_canvas;
    mutable bool m_stale = true;
    mutable bool m_builtDark = false;
};

} // namespace js
