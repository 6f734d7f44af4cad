#pragma once

#include "core/analysis/CellStats.h"

#include <QWidget>

namespace js {

// How many gave each answer to one cell: a bar for each score 1..5 and one
// for N/A, the count above each bar and the answer below it, the bars in the
// scores' heat colours, a mark at the mean. Large and plain enough to read
// from the back of a room; sized by its owner through setUnit().
class ScoreDistribution : public QWidget {
    Q_OBJECT

public:
    explicit ScoreDistribution(QWidget* parent = nullptr);

    void setStats(const analysis::CellStats& stats, double target);
    const analysis::CellStats& stats() const { return m_stats; }
    // The owner's type size in pixels.
    void setUnit(int pixels);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    analysis::CellStats m_stats;
    double m_target = 4.0;
    int m_unit = 16;
};

} // namespace js
