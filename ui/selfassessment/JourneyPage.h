#pragma once

#include "core/content/JourneyTemplates.h"
#include "core/model/Journey.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace js {

class ProjectDocument;

namespace selfassessment {

// Step 1: who rates, and which journey: one of the project's, or a new one
// from a template with a name of its own.
class JourneyPage : public QWidget {
    Q_OBJECT

public:
    explicit JourneyPage(ProjectDocument* document, QWidget* parent = nullptr);

    // Fills the list of journeys again, keeping the one chosen.
    void refresh();

    QString raterName() const;
    void setRaterName(const QString& name);

    bool usesExistingJourney() const;
    Id existingJourney() const;
    // Chooses an existing journey (and that way of starting).
    void selectJourney(Id journeyId);
    // The new journey: the template's stages and lanes, the name given, the
    // project's first persona. Without ids.
    Journey newJourney() const;

    // What keeps the page from going on, for the user; empty when it may.
    QString problem() const;

Q_SIGNALS:
    void changed();

private:
    void updateEnabled();

    ProjectDocument* m_document;
    QLineEdit* m_rater;
    QRadioButton* m_useExisting;
    QRadioButton* m_useTemplate;
    QComboBox* m_journeys;
    QComboBox* m_templates;
    QLabel* m_templateAbout;
    QLineEdit* m_name;
};

} // namespace selfassessment
} // namespace js
