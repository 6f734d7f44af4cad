#pragma once

#include "ui/insights/ChartLook.h"

#include <QRectF>
#include <QString>

#include <memory>

class QAbstractAxis;
class QChart;
class QGraphicsScene;
class QPainter;

namespace js {

// The bridge to Qt Charts: a QChart that lives in a scene of its own and is
// painted into any QPainter at the size asked, so that charts drawn by Qt
// Charts and charts we paint ourselves go through the same paint(). Qt
// Charts is used under ui/insights/ only (it is deprecated from Qt 6.10):
// replacing it means replacing this class and the charts that build a QChart.
class QtChartCanvas {
public:
    QtChartCanvas();
    ~QtChartCanvas();
    QtChartCanvas(const QtChartCanvas&) = delete;
    QtChartCanvas& operator=(const QtChartCanvas&) = delete;

    // Takes the chart (the one before is deleted), styled with the look: no
    // title of its own (InsightChart paints it), no margins, no animation.
    // `variant` tells apart charts the same figures are built into (a panel
    // with or without its axis labels).
    void setChart(QChart* chart, const ChartLook& look, int variant = 0);
    QChart* chart() const { return m_chart; }

    // True when the chart was built for this look and variant and the figures
    // did not change since (invalidate()): then it is painted as it is.
    bool isCurrent(const ChartLook& look, int variant = 0) const;
    void invalidate() { m_current = false; }

    // Lays the chart out to fill rect's size; the chart's coordinates are
    // then relative to rect's top left.
    void layOut(const QSizeF& size) const;
    // Lays it out and paints it into rect.
    void render(QPainter& painter, const QRectF& rect) const;

    // An axis in the look, with its title.
    static void styleAxis(QAbstractAxis* axis, const ChartLook& look, const QString& title);

private:
    std::unique_ptr<QGraphicsScene> m_scene;
    QChart* m_chart = nullptr;         // owned by the scene
    std::unique_ptr<ChartLook> m_look; // the look it was built for
    int m_variant = 0;
    bool m_current = false;
};

} // namespace js
