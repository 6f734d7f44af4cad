#pragma once

#include "core/model/Id.h"

#include <QWidget>

class QComboBox;
class QTableWidget;

namespace js {

class ProjectDocument;

// The journey as a grid: stages across, lanes down; text lanes show their
// cards, the touchpoint lane the touchpoints with their channel, the emotion
// lane how each touchpoint feels to the customer.
class MapOverview : public QWidget {
    Q_OBJECT

public:
    explicit MapOverview(ProjectDocument* document, QWidget* parent = nullptr);

    Id journeyId() const { return m_journeyId; }
    void showJourney(Id journeyId);
    QTableWidget* table() const { return m_table; }

private:
    void rebuildLater();
    void rebuild();
    void fillJourneyChoice();

    ProjectDocument* m_document;
    QComboBox* m_journeyChoice;
    QTableWidget* m_table;
    Id m_journeyId = NoId;
    bool m_rebuildPending = false;
};

} // namespace js
