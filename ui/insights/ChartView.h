#pragma once

#include "core/model/Id.h"

#include <QWidget>

#include <memory>

namespace js {

class InsightChart;
class SelectionModel;
struct ChartLook;

// One chart on screen: paints it through InsightChart::paint in the
// window's palette, selects a touchpoint that is clicked (in the window's
// one selection, so the map, the grid and the inspector follow), shows what
// is under the mouse in a tooltip, and offers from its context menu to copy
// the chart as an image or save it as PNG or SVG.
class ChartView : public QWidget {
    Q_OBJECT

public:
    ChartView(std::unique_ptr<InsightChart> chart, SelectionModel* selection,
              QWidget* parent = nullptr);
    ~ChartView() override;

    InsightChart* chart() const { return m_chart.get(); }
    ChartLook look() const;

    // Repaints after the chart got new figures, and takes its new height.
    void chartChanged();

    // The context menu's commands, also for tests.
    void copyImage();
    void savePng();
    void saveSvg();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return false; }

Q_SIGNALS:
    // The arrow keys selected this touchpoint (after the window's selection).
    void steppedTo(js::Id touchpoint);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    QString suggestedName(const QString& suffix) const;

    std::unique_ptr<InsightChart> m_chart;
    SelectionModel* m_selection;
};

} // namespace js
