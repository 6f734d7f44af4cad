#pragma once

#include "core/analysis/WeakSpots.h"
#include "core/content/ImprovementStrategies.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace js::selfassessment {

// One of the weakest spots on the result page: where it is, why it ranks
// there, what to do about it, and a button that plans the first suggestion
// as an action.
class WeakSpotCard : public QFrame {
    Q_OBJECT

public:
    WeakSpotCard(const Project& project, const analysis::WeakSpot& spot, int rank,
                 QWidget* parent = nullptr);

    const analysis::WeakSpot& spot() const { return m_spot; }
    const ImprovementAdvice& advice() const { return m_advice; }
    // The action the button plans.
    Action action() const;
    QPushButton* createButton() const { return m_create; }
    // Shows whether the action exists in the project: the button, or a
    // note that it was created.
    void setCreated(bool created);
    bool isCreated() const;

Q_SIGNALS:
    void createRequested();

private:
    analysis::WeakSpot m_spot;
    ImprovementAdvice m_advice;
    QPushButton* m_create;
    QLabel* m_created;
};

} // namespace js::selfassessment
