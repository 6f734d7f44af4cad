#include "ui/mainwindow/MainWindow.h"

#include "core/document/ProjectDocument.h"
#include "core/storage/ProjectSession.h"
#include "ui/actions/ActionList.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/mainwindow/AboutBox.h"
#include "ui/mainwindow/Inspector.h"
#include "ui/mainwindow/Navigator.h"
#include "ui/map/MapOverview.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace js {

MainWindow::MainWindow(std::unique_ptr<ProjectSession> session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; border: 1px solid #e0c96a; "
                       "border-radius: 4px; padding: 8px 12px; }"));
    m_notice->hide();
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_map = new MapOverview(document());
    m_actions = new ActionList(document());
    m_tabs->addTab(m_map, tr("Map"));
    m_tabs->addTab(m_actions, tr("Actions"));
    auto* centre = new QWidget;
    auto* layout = new QVBoxLayout(centre);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_notice);
    layout->addWidget(m_tabs);
    setCentralWidget(centre);

    createDocks();
    createMenus();

    connect(document(), &ProjectDocument::entityChanged, this, [this](EntityKind kind, Id) {
        if (kind == EntityKind::Project)
            updateTitle();
    });
    connect(document(), &ProjectDocument::projectReset, this, &MainWindow::updateTitle);
    connect(m_session.get(), &ProjectSession::flushFailed, this, &MainWindow::showNotice);
    connect(m_session.get(), &ProjectSession::flushed, this, [this] {
        if (!m_session->isReadOnly() && m_notice->isVisible() &&
            m_notice->property("flushProblem").toBool())
            showNotice(QString());
    });
    connect(m_session.get(), &ProjectSession::flushFailed, this,
            [this] { m_notice->setProperty("flushProblem", true); });
    connect(m_session.get(), &ProjectSession::pathChanged, this, &MainWindow::updateTitle);
    if (m_session->isReadOnly()) {
        m_inspector->setEnabled(false);
        m_inspector->setToolTip(tr("This project is open read-only"));
    }
    updateTitle();
    updateActions();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(screen()->availableGeometry().size() * 0.92);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    statusBar()->showMessage(tr("Ready"), 2000);
}

MainWindow::~MainWindow()
{
    // Views refer to the document: they go before it (and the session, which
    // writes the last changes as it closes, and must not tell this window).
    m_session->disconnect(this);
    delete takeCentralWidget();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        delete dock;
}

ProjectDocument* MainWindow::document() const
{
    return m_session->document();
}

QString MainWindow::notice() const
{
    return m_notice->isVisible() ? m_notice->text() : QString();
}

void MainWindow::showNotice(const QString& text)
{
    m_notice->setProperty("flushProblem", false);
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void MainWindow::createDocks()
{
    m_navigator = new Navigator(document());
    auto* left = new QDockWidget(tr("Project"), this);
    left->setObjectName(QStringLiteral("navigatorDock"));
    left->setWidget(m_navigator);
    left->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, left);

    m_inspector = new Inspector(document());
    auto* right = new QDockWidget(tr("Inspector"), this);
    right->setObjectName(QStringLiteral("inspectorDock"));
    right->setWidget(m_inspector);
    right->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, right);
    resizeDocks({left, right}, {250, 300}, Qt::Horizontal);

    connect(m_navigator, &Navigator::selectionChanged, this, &MainWindow::select);
}

void MainWindow::createMenus()
{
    createFileMenu();

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = document()->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("actionUndo"));
    QAction* redo = document()->undoStack()->createRedoAction(this, tr("&Redo"));
    // Every binding the platform knows (Ctrl+Y and Ctrl+Shift+Z on Linux).
    redo->setShortcuts(QKeySequence::Redo);
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
    const Project& project = document()->project();
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
    const Project& project = document()->project();
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
    const Id id = document()->addStage(journey, -1, stage);
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
    const Project& project = document()->project();
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
    const Id id = document()->addTouchpoint(stage, index, touchpoint);
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
        document()->removePersona(selection.id);
        break;
    case EntityKind::Journey:
        document()->removeJourney(selection.id);
        break;
    case EntityKind::Stage:
        document()->removeStage(selection.id);
        break;
    case EntityKind::Touchpoint:
        document()->removeTouchpoint(selection.id);
        break;
    case EntityKind::Framework:
        document()->removeFramework(selection.id);
        break;
    case EntityKind::Criterion:
        document()->removeCriterion(selection.id);
        break;
    case EntityKind::Round:
        document()->removeRound(selection.id);
        break;
    case EntityKind::Rater:
        document()->removeRater(selection.id);
        break;
    default:
        return;
    }
    statusBar()->showMessage(tr("Deleted. Undo brings it back with all its ratings."), 5000);
}

void MainWindow::updateActions()
{
    const Selection selection = m_navigator->selection();
    const bool editable = !m_session->isReadOnly();
    const bool removable = selection.id != NoId && selection.kind != EntityKind::Project;
    m_remove->setEnabled(editable && removable);
    m_addStage->setEnabled(editable && !document()->project().journeys.empty());
    m_addTouchpoint->setEnabled(editable && !document()->project().journeys.empty());
}

void MainWindow::updateTitle()
{
    // The file, not the project's name: that is what the user finds on disk.
    const QString file = QFileInfo(m_session->path()).completeBaseName();
    setWindowTitle(m_session->isReadOnly() ? tr("%1 (read-only) — Journeyscope").arg(file)
                                           : tr("%1 — Journeyscope").arg(file));
    setWindowFilePath(m_session->path());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_session->isReadOnly() && !m_session->flushNow()) {
        const int choice = dialogs::choose(
            this, tr("Changes not written"),
            tr("%1 Save the project somewhere else, or close and lose the changes since the last "
               "successful write?")
                .arg(m_session->lastError()),
            {tr("Save as…"), tr("Close and lose changes")});
        if (choice < 0 || (choice == 0 && !saveAs())) {
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace js
