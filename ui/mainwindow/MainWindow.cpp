#include "ui/mainwindow/MainWindow.h"

#include "core/content/DemoProject.h"
#include "core/content/NewProject.h"
#include "core/document/ProjectDocument.h"
#include "ui/actions/ActionList.h"
#include "ui/mainwindow/AboutBox.h"
#include "ui/mainwindow/Inspector.h"
#include "ui/mainwindow/Navigator.h"
#include "ui/map/MapOverview.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace js {

MainWindow::MainWindow(std::unique_ptr<ProjectDocument> document, QWidget* parent)
    : QMainWindow(parent)
    , m_document(std::move(document))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_map = new MapOverview(m_document.get());
    m_actions = new ActionList(m_document.get());
    m_tabs->addTab(m_map, tr("Map"));
    m_tabs->addTab(m_actions, tr("Actions"));
    setCentralWidget(m_tabs);

    createDocks();
    createMenus();

    connect(m_document.get(), &ProjectDocument::entityChanged, this, [this](EntityKind kind, Id) {
        if (kind == EntityKind::Project)
            updateTitle();
    });
    connect(m_document.get(), &ProjectDocument::projectReset, this, &MainWindow::updateTitle);
    updateTitle();
    updateActions();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1500, 940);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    statusBar()->showMessage(tr("Ready"), 2000);
}

MainWindow::~MainWindow()
{
    // Views refer to the document: they go before it.
    delete takeCentralWidget();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        delete dock;
}

MainWindow* MainWindow::openNewProject()
{
    auto document = std::make_unique<ProjectDocument>();
    fillNewProject(*document);
    auto* window = new MainWindow(std::move(document));
    window->show();
    return window;
}

MainWindow* MainWindow::openDemoProject()
{
    auto* window = new MainWindow(std::make_unique<ProjectDocument>(demoProject()));
    window->show();
    return window;
}

void MainWindow::createDocks()
{
    m_navigator = new Navigator(m_document.get());
    auto* left = new QDockWidget(tr("Project"), this);
    left->setObjectName(QStringLiteral("navigatorDock"));
    left->setWidget(m_navigator);
    left->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, left);

    m_inspector = new Inspector(m_document.get());
    auto* right = new QDockWidget(tr("Inspector"), this);
    right->setObjectName(QStringLiteral("inspectorDock"));
    right->setWidget(m_inspector);
    right->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, right);
    resizeDocks({left, right}, {270, 330}, Qt::Horizontal);

    connect(m_navigator, &Navigator::selectionChanged, this, &MainWindow::select);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New project"), this, [] { openNewProject(); });
    newAction->setShortcut(QKeySequence::New);
    newAction->setObjectName(QStringLiteral("actionNew"));
    QAction* demo = file->addAction(tr("Open &demo project"), this, [] { openDemoProject(); });
    demo->setObjectName(QStringLiteral("actionOpenDemo"));
    file->addSeparator();
    QAction* close = file->addAction(tr("&Close window"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    quit->setObjectName(QStringLiteral("actionQuit"));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("actionUndo"));
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("actionRedo"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_addStage = edit->addAction(tr("Add &stage"), this, &MainWindow::addStage);
    m_addStage->setObjectName(QStringLiteral("actionAddStage"));
    m_addTouchpoint = edit->addAction(tr("Add &touchpoint"), this, &MainWindow::addTouchpoint);
    m_addTouchpoint->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_addTouchpoint->setObjectName(QStringLiteral("actionAddTouchpoint"));
    m_remove = edit->addAction(tr("&Delete"), this, &MainWindow::removeSelected);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_navigator->addAction(m_remove);
    m_remove->setObjectName(QStringLiteral("actionDelete"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about =
        help->addAction(tr("&About Journeyscope"), this, [this] { showAboutBox(this); });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::select(const Selection& selection)
{
    m_inspector->show(selection);
    const Project& project = m_document->project();
    Id journey = NoId;
    if (selection.kind == EntityKind::Journey)
        journey = selection.id;
    else if (selection.kind == EntityKind::Stage)
        journey = journeyOfStage(project, selection.id) ? journeyOfStage(project, selection.id)->id
                                                        : NoId;
    else if (selection.kind == EntityKind::Touchpoint)
        journey = journeyOfTouchpoint(project, selection.id)
                      ? journeyOfTouchpoint(project, selection.id)->id
                      : NoId;
    if (journey != NoId)
        m_map->showJourney(journey);
    updateActions();
}

Id MainWindow::currentJourney() const
{
    const Selection selection = m_navigator->selection();
    const Project& project = m_document->project();
    if (selection.kind == EntityKind::Journey && findJourney(project, selection.id))
        return selection.id;
    if (selection.kind == EntityKind::Stage)
        if (const Journey* j = journeyOfStage(project, selection.id))
            return j->id;
    if (selection.kind == EntityKind::Touchpoint)
        if (const Journey* j = journeyOfTouchpoint(project, selection.id))
            return j->id;
    return m_map->journeyId();
}

void MainWindow::addStage()
{
    const Id journey = currentJourney();
    if (journey == NoId)
        return;
    Stage stage;
    stage.name = tr("New stage");
    const Id id = m_document->addStage(journey, -1, stage);
    QMetaObject::invokeMethod(
        this,
        [this, id] {
            m_navigator->select({EntityKind::Stage, id});
        },
        Qt::QueuedConnection);
}

void MainWindow::addTouchpoint()
{
    const Selection selection = m_navigator->selection();
    const Project& project = m_document->project();
    Id stage = NoId;
    int index = -1;
    if (selection.kind == EntityKind::Stage) {
        stage = selection.id;
    } else if (selection.kind == EntityKind::Touchpoint) {
        Stage* owner = nullptr;
        if (findTouchpoint(const_cast<Project&>(project), selection.id, &owner)) {
            stage = owner->id;
            index = indexOfId(owner->touchpoints, selection.id) + 1;
        }
    } else if (const Journey* journey = findJourney(project, currentJourney());
               journey && !journey->stages.empty()) {
        stage = journey->stages.front().id;
    }
    if (stage == NoId)
        return;
    Touchpoint touchpoint;
    touchpoint.name = tr("New touchpoint");
    const Id id = m_document->addTouchpoint(stage, index, touchpoint);
    QMetaObject::invokeMethod(
        this,
        [this, id] {
            m_navigator->select({EntityKind::Touchpoint, id});
        },
        Qt::QueuedConnection);
}

void MainWindow::removeSelected()
{
    const Selection selection = m_navigator->selection();
    switch (selection.kind) {
    case EntityKind::Persona:
        m_document->removePersona(selection.id);
        break;
    case EntityKind::Journey:
        m_document->removeJourney(selection.id);
        break;
    case EntityKind::Stage:
        m_document->removeStage(selection.id);
        break;
    case EntityKind::Touchpoint:
        m_document->removeTouchpoint(selection.id);
        break;
    case EntityKind::Framework:
        m_document->removeFramework(selection.id);
        break;
    case EntityKind::Criterion:
        m_document->removeCriterion(selection.id);
        break;
    case EntityKind::Round:
        m_document->removeRound(selection.id);
        break;
    case EntityKind::Rater:
        m_document->removeRater(selection.id);
        break;
    default:
        return;
    }
    statusBar()->showMessage(tr("Deleted. Undo brings it back with all its ratings."), 5000);
}

void MainWindow::updateActions()
{
    const Selection selection = m_navigator->selection();
    const bool removable = selection.id != NoId && selection.kind != EntityKind::Project;
    m_remove->setEnabled(removable);
    m_addStage->setEnabled(!m_document->project().journeys.empty());
    m_addTouchpoint->setEnabled(!m_document->project().journeys.empty());
}

void MainWindow::updateTitle()
{
    const QString name = m_document->project().name;
    setWindowTitle(name.isEmpty() ? tr("Journeyscope") : tr("%1 — Journeyscope").arg(name));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace js
