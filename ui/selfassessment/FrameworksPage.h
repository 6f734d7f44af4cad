#pragma once

#include "core/model/Project.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace js::selfassessment {

// Step 3: the frameworks, and within them the criteria, to rate. Starts from
// the criteria switched on in the project, or from those a round rates.
class FrameworksPage : public QWidget {
    Q_OBJECT

public:
    explicit FrameworksPage(QWidget* parent = nullptr);

    // Lists the project's frameworks; ticks the criteria of `chosen`, or
    // those switched on when it is null.
    void load(const Project& project, const std::vector<RoundCriterion>* chosen = nullptr);
    // Ticks or clears a framework with all its criteria.
    void setFrameworkChecked(Id frameworkId, bool checked);
    // The criteria ticked, framework by framework, with their weight and target.
    std::vector<RoundCriterion> chosen() const;
    // For the size of the walk shown under the list.
    void setTouchpointCount(int count);

    QString problem() const;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    QFont boldFont() const;
    void fitNameColumn();
    void updateSize();

    QTreeWidget* m_tree;
    QLabel* m_size;
    std::vector<RoundCriterion> m_criteria; // every criterion, in tree order
    int m_touchpoints = 0;
};

} // namespace js::selfassessment
