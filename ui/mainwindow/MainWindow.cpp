#include "ui/mainwindow/MainWindow.h"

#include "core/document/ProjectDocument.h"
#include "core/storage/ProjectSession.h"
#include "ui/actions/ActionList.h"
#include "ui/assess/AssessTab.h"
#include "ui/assess/AssessmentContext.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/insights/InsightsTab.h"
#include "ui/live/LiveController.h"
#include "ui/mainwindow/AboutBox.h"
#include "ui/mainwindow/Inspector.h"
#include "ui/mainwindow/Navigator.h"
#include "ui/mainwindow/SelectionModel.h"
#include "ui/map/MapCanvas.h"
#include "ui/map/MapInlineEditor.h"
#include "ui/map/MapView.h"
#include "ui/report/ExportSettings.h"

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
    m_selection = new SelectionModel(document(), this);
    m_map = new MapCanvas(document(), m_selection);
    m_actions = new ActionList(document());
    m_assessment = new AssessmentContext(document(), this);
    m_assess = new AssessTab(document(), m_selection, m_assessment);
    m_map->setAssessment(m_assessment);
    m_tabs->addTab(m_map, tr("Map"));
    m_insights = new InsightsTab(document(), m_selection, m_assessment);
    m_insights->setProjectKey(m_session->path());
    m_tabs->addTab(m_assess, tr("Assess"));
    m_tabs->addTab(m_insights, tr("Insights"));
    m_tabs->addTab(m_actions, tr("Actions"));
    auto* centre = new QWidget;
    auto* layout = new QVBoxLayout(centre);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_notice);
    layout->addWidget(m_tabs);
    setCentralWidget(centre);

    createDocks();
    createMenus();

    connect(m_selection, &SelectionModel::changed, this, &MainWindow::selectionChanged);
    // What can be added depends on the lanes shown.
    connect(document(), &ProjectDocument::changed, this, [this](const ChangeEvent& event) {
        if (event.kind == EntityKind::Lane)
            QMetaObject::invokeMethod(this, &MainWindow::updateActions, Qt::QueuedConnection);
    });
    connect(m_assess, &AssessTab::newRoundRequested, this, &MainWindow::addRound);
    connect(m_insights, &InsightsTab::assessRequested, this,
            [this] { m_tabs->setCurrentWidget(m_assess); });
    connect(m_map, &MapCanvas::presentationExitRequested, this, [this] { setPresenting(false); });
    connect(document(), &ProjectDocument::entityChanged, this, [this](EntityKind kind, Id) {
        if (kind == EntityKind::Project)
            updateTitle();
    });
    connect(document(), &ProjectDocument::projectReset, this, &MainWindow::updateTitle);
    for (auto signal : {&ProjectDocument::entityAdded, &ProjectDocument::entityRemoved}) {
        connect(document(), signal, this, [this] {
            QMetaObject::invokeMethod(this, &MainWindow::updateActions, Qt::QueuedConnection);
        });
    }
    connect(m_session.get(), &ProjectSession::flushFailed, this, &MainWindow::showNotice);
    connect(m_session.get(), &ProjectSession::flushed, this, [this] {
        if (!m_session->isReadOnly() && m_notice->isVisible() &&
            m_notice->property("flushProblem").toBool())
            showNotice(QString());
    });
    connect(m_session.get(), &ProjectSession::flushFailed, this,
            [this] { m_notice->setProperty("flushProblem", true); });
    connect(m_session.get(), &ProjectSession::pathChanged, this, &MainWindow::updateTitle);
    connect(m_session.get(), &ProjectSession::pathChanged, this,
            [this] { m_insights->moveProjectKey(m_session->path()); });
    // The copy remembers the original's export choices.
    m_exportKey = m_session->path();
    connect(m_session.get(), &ProjectSession::pathChanged, this, [this](const QString& path) {
        ExportSettings::copyProjectKey(m_exportKey, path);
        m_exportKey = path;
    });
    if (m_session->isReadOnly()) {
        m_map->setEditable(false);
        m_inspector->setEnabled(false);
        m_inspector->setToolTip(tr("This project is open read-only"));
    }
    updateTitle();
    updateActions();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // The first start fills the screen: a projector has no room to spare.
        resize(screen()->availableGeometry().size());
        setWindowState(windowState() | Qt::WindowMaximized);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    statusBar()->showMessage(tr("Ready"), 2000);
}

MainWindow::~MainWindow()
{
    // Views refer to the document: they go before it (and the session, which
    // writes the last changes as it closes, and must not tell this window).
    m_session->disconnect(this);
    // The live session goes first: its server answers no phone after this.
    delete m_live;
    m_live = nullptr;
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
    // Narrower panels on a small screen (a 1280x720 projector): the map needs
    // the room.
    const bool small = screen() && screen()->availableGeometry().width() < 1600;
    resizeDocks({left, right}, {small ? 210 : 250, small ? 270 : 300}, Qt::Horizontal);

    connect(m_navigator, &Navigator::selectionChanged, this, [this](const Selection& selection) {
        if (m_syncingSelection)
            return;
        // Several rows picked in the tree are the window's selection.
        if (m_navigator->selections().size() > 1) {
            m_selection->setSelection(m_navigator->selections(), selection);
            return;
        }
        // A row of what is already selected (the navigator showing one of
        // several pasted items) makes it current and keeps the rest.
        if (m_selection->isSelected(selection.kind, selection.id))
            m_selection->setSelection(m_selection->selected(), selection);
        else
            m_selection->select(selection);
    });
}

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createAssessMenu();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard shortcuts"), this,
                                    [this] { dialogs::showKeyboardShortcuts(this); });
    keys->setObjectName(QStringLiteral("actionKeyboardShortcuts"));
    keys->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    QAction* about =
        help->addAction(tr("&About Journeyscope"), this, [this] { showAboutBox(this); });
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::selectionChanged()
{
    const Selection current = m_selection->current();
    m_inspector->show(current);
    // When a removal empties the selection, the navigator picks the
    // neighbour of what went, once it has caught up.
    if (!m_selection->isPruning() || !m_selection->isEmpty()) {
        m_syncingSelection = true;
        m_navigator->showSelection(m_selection->selected(), current);
        m_syncingSelection = false;
    }
    const Project& project = document()->project();
    Id journey = NoId;
    if (current.kind == EntityKind::Journey)
        journey = current.id;
    else if (current.kind == EntityKind::Stage || current.kind == EntityKind::Lane)
        journey = ownerOf(project, current.kind, current.id);
    else if (current.kind == EntityKind::Touchpoint || current.kind == EntityKind::Card)
        journey = ownerOf(project, EntityKind::Stage, ownerOf(project, current.kind, current.id));
    if (journey != NoId)
        m_map->showJourney(journey);
    // A round or rater picked anywhere is the one the grid shows.
    if (current.kind == EntityKind::Round)
        m_assessment->setRound(current.id);
    else if (current.kind == EntityKind::Rater)
        m_assessment->setRound(ownerOf(project, EntityKind::Rater, current.id));
    // A participant rating on their phone is not typed for here: the one who
    // just joined (the navigator selects what is added) does not become the
    // rater whose score the focus view shows on the projector.
    if (current.kind == EntityKind::Rater && !m_live->isParticipant(current.id))
        m_assessment->setRater(current.id);
    updateActions();
}

void MainWindow::showMap()
{
    m_tabs->setCurrentWidget(m_map);
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
    // Typing ends first: an empty new card goes, a named one is written.
    m_map->view()->editor()->finish();
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
    // Closing the project ends its live session.
    stopLiveSession();
    // Closed while presenting, the next start has its panels back.
    if (m_presenting)
        setPresenting(false);
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace js
