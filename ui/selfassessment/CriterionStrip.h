#pragma once

#include "ui/selfassessment/WalkPlan.h"

#include <QWidget>

#include <vector>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace js::selfassessment {

// The criteria of the touchpoint on screen, each with the answer it holds,
// the current one marked: where the walk stands at this touchpoint, and a
// click to go to another criterion of it.
class CriterionStrip : public QWidget {
    Q_OBJECT

public:
    explicit CriterionStrip(QWidget* parent = nullptr);

    // Shows the touchpoint of the plan's cell at `index`.
    void showCell(const Project& project, const WalkPlan& plan, int index, Id roundId, Id raterId);

Q_SIGNALS:
    // The plan's index of the cell clicked.
    void jumpRequested(int index);

private:
    QLabel* m_label;
    QHBoxLayout* m_buttons;
    std::vector<QToolButton*> m_cells;
    Id m_touchpoint = NoId;
    int m_first = -1;
};

} // namespace js::selfassessment
