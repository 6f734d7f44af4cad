#pragma once

#include "core/model/Id.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace js {

class AssessGridModel;
class AssessGridView;
class AssessmentContext;
class ProjectDocument;
class SelectionModel;

// The Assess tab: the round and the rater on top (Ctrl+1..9 pick a rater,
// Ctrl+0 all raters together), the grid, and the current cell's note and the
// round's coverage below. A locked round says so and refuses typing.
class AssessTab : public QWidget {
    Q_OBJECT

public:
    AssessTab(ProjectDocument* document, SelectionModel* selection, AssessmentContext* context,
              QWidget* parent = nullptr);

    AssessGridView* grid() const { return m_grid; }
    AssessGridModel* model() const { return m_model; }
    AssessmentContext* context() const { return m_context; }
    QString message() const;

    // Puts the keyboard in the grid, on a cell (the first when none is current).
    void focusGrid();

    // Picks the rater at this position in the round (0-based); -1 for all.
    void pickRater(int index);

Q_SIGNALS:
    void newRoundRequested();
    void roundSettingsRequested();
    void focusViewRequested();
    void selfAssessmentRequested();

private:
    void fillRounds();
    void fillRaters();
    void roundChanged();
    void currentCellChanged();
    void updateLock();
    void updateNote();
    void updateCoverage();
    void commitNote();
    void showMessage(const QString& text);
    void selectionChanged();

    ProjectDocument* m_document;
    SelectionModel* m_selection;
    AssessmentContext* m_context;
    AssessGridModel* m_model;
    AssessGridView* m_grid;
    QComboBox* m_rounds;
    QComboBox* m_raters;
    QComboBox* m_advance;
    QPushButton* m_lock;
    QWidget* m_lockBanner;
    QLabel* m_lockText;
    QLabel* m_message;
    QLabel* m_cell;
    QLineEdit* m_note;
    QLabel* m_coverage;
    QWidget* m_empty;
    bool m_syncing = false;
};

} // namespace js
