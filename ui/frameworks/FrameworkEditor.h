#pragma once

#include "core/model/Id.h"
#include "ui/frameworks/FieldEditors.h"

#include <QDialog>
#include <QPointer>

#include <set>

class QAction;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace js {

class CriterionForm;
class CriterionTableModel;
class FrameworkListModel;
struct ChangeEvent;

// The framework editor: the project's frameworks on the left (built-in and
// the user's own) to add, duplicate, delete and reorder; the selected one's
// name, description and criteria in the middle; the selected criterion's
// fields on the right. Every edit goes through the document, so that it is
// undoable (Ctrl+Z and Ctrl+Shift+Z work in the dialog too), and the dialog
// follows the document's changes from anywhere, row by row.
class FrameworkEditor : public QDialog {
    Q_OBJECT

public:
    explicit FrameworkEditor(ProjectDocument* document, QWidget* parent = nullptr);

    ProjectDocument* document() const { return m_document; }
    // Selects a framework, or a criterion with its framework.
    void showEntity(Id frameworkOrCriterion);
    Id currentFramework() const;
    Id currentCriterion() const;

    // The buttons' commands, public for the tests.
    void addFramework();
    void duplicateFramework();
    void removeFramework();
    // Says why, and is true, when a locked round rates any of these criteria.
    bool refuseForLockedRound(const std::set<Id>& criteria);
    void resetFramework();
    void addCriterion();
    void removeCriterion();
    void moveCriterion(int by);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* createFrameworkList();
    QWidget* createFrameworkPanel();
    QWidget* createButtonRow();
    void setUpTabOrder();
    void frameworkSelected();
    void criterionSelected();
    void documentChanged(const ChangeEvent& event);
    void updateButtons();
    void selectFramework(Id id);
    void selectCriterion(Id id);
    void moveFramework(int by);
    void undoOrRedo(bool redo);

    QPointer<ProjectDocument> m_document; // null once the project is closed
    FieldEditors<Framework> m_frameworkFields;
    FrameworkListModel* m_frameworks = nullptr;
    CriterionTableModel* m_criteria = nullptr;
    QListView* m_frameworkList = nullptr;
    QTableView* m_criterionTable = nullptr;
    CriterionForm* m_criterionForm = nullptr;
    QStackedWidget* m_detail = nullptr;
    QLineEdit* m_frameworkName = nullptr;
    QPlainTextEdit* m_frameworkDescription = nullptr;
    QWidget* m_builtInRow = nullptr;
    QLabel* m_builtInNote = nullptr;
    QPushButton* m_addFramework = nullptr;
    QPushButton* m_duplicateFramework = nullptr;
    QPushButton* m_removeFramework = nullptr;
    QPushButton* m_resetFramework = nullptr;
    QPushButton* m_addCriterion = nullptr;
    QPushButton* m_removeCriterion = nullptr;
    QPushButton* m_moveUp = nullptr;
    QPushButton* m_moveDown = nullptr;
    QPushButton* m_undo = nullptr;
    QPushButton* m_redo = nullptr;
    QPushButton* m_close = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
};

// Opens the framework editor of a document as a window of its own beside the
// parent (the main window), or brings back the one already open, showing a
// framework or a criterion when one is given. The editor closes with the
// document.
FrameworkEditor* showFrameworkEditor(ProjectDocument* document, QWidget* parent,
                                     Id frameworkToShow = NoId);

} // namespace js
