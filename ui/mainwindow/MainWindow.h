#pragma once

#include "ui/mainwindow/Selection.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QTabWidget;

namespace js {

class ActionList;
class Inspector;
class MapOverview;
class Navigator;
class ProjectDocument;

// One window per open project: the navigator on the left, the Map and
// Actions tabs in the centre, the inspector on the right.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<ProjectDocument> document, QWidget* parent = nullptr);
    ~MainWindow() override;

    ProjectDocument* document() const { return m_document.get(); }
    Navigator* navigator() const { return m_navigator; }
    Inspector* inspector() const { return m_inspector; }
    QTabWidget* tabs() const { return m_tabs; }

    // Opens a window on a new project (File > New).
    static MainWindow* openNewProject();
    // Opens a window on the bundled demo project.
    static MainWindow* openDemoProject();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void createDocks();
    void select(const Selection& selection);
    void addStage();
    void addTouchpoint();
    void removeSelected();
    void updateTitle();
    void updateActions();
    Id currentJourney() const;

    std::unique_ptr<ProjectDocument> m_document;
    Navigator* m_navigator = nullptr;
    Inspector* m_inspector = nullptr;
    QTabWidget* m_tabs = nullptr;
    MapOverview* m_map = nullptr;
    ActionList* m_actions = nullptr;
    QAction* m_addStage = nullptr;
    QAction* m_addTouchpoint = nullptr;
    QAction* m_remove = nullptr;
};

} // namespace js
