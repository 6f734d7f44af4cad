// The View menu of the main window: the side panels, the map's zoom and the
// presentation mode for a projector.

#include "ui/mainwindow/MainWindow.h"
#include "ui/map/MapCanvas.h"
#include "ui/map/MapView.h"

#include <QAction>
#include <QDockWidget>
#include <QLayout>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

namespace js {

void MainWindow::createViewMenu()
{
    QMenu* view = menuBar()->addMenu(tr("&View"));
    const struct {
        const char* dock;
        QKeySequence keys;
        QString name;
    } panels[] = {{"navigatorDock", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                   tr("Show or hide the project panel")},
                  {"inspectorDock", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                   tr("Show or hide the inspector")}};
    for (const auto& panel : panels) {
        auto* dock = findChild<QDockWidget*>(QString::fromLatin1(panel.dock));
        QAction* toggle = dock->toggleViewAction();
        toggle->setShortcut(panel.keys);
        toggle->setProperty("commandName", panel.name);
        toggle->setObjectName(
            QStringLiteral("actionToggle_%1").arg(QString::fromLatin1(panel.dock)));
        view->addAction(toggle);
        addAction(toggle); // works while the menu bar is hidden too
        // Remembered at once, not only when the window closes.
        connect(toggle, &QAction::triggered, this, [this] {
            if (!m_presenting)
                QSettings().setValue(QStringLiteral("window/state"), saveState());
        });
    }
    view->addSeparator();

    MapView* map = m_map->view();
    auto add = [this, view](const QString& text, const char* name, QList<QKeySequence> keys,
                            auto slot) {
        QAction* action = view->addAction(text, this, slot);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcuts(keys);
        addAction(action);
        return action;
    };
    add(tr("Zoom &in"), "actionZoomIn",
        {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)}, [this, map] {
            showMap();
            map->zoomIn();
        });
    add(tr("Zoom &out"), "actionZoomOut", {QKeySequence::ZoomOut}, [this, map] {
        showMap();
        map->zoomOut();
    });
    add(tr("&Fit to window"), "actionFitToWindow", {QKeySequence(Qt::CTRL | Qt::Key_0)},
        [this, map] {
            showMap();
            map->fitToWindow();
        });
    add(tr("&Actual size"), "actionActualSize", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_0)},
        [this, map] {
            showMap();
            map->setZoom(1.0);
        });
    view->addSeparator();
    QAction* present = add(tr("&Presentation mode"), "actionPresent", {QKeySequence(Qt::Key_F11)},
                           [this] { setPresenting(!m_presenting); });
    present->setCheckable(true);
    auto* leave = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    leave->setObjectName(QStringLiteral("leavePresentation"));
    leave->setEnabled(false);
    connect(leave, &QShortcut::activated, this, [this] { setPresenting(false); });
}

void MainWindow::setPresenting(bool presenting)
{
    if (presenting == m_presenting)
        return;
    m_presenting = presenting;
    if (auto* present = findChild<QAction*>(QStringLiteral("actionPresent")))
        present->setChecked(presenting);
    if (auto* leave = findChild<QShortcut*>(QStringLiteral("leavePresentation")))
        leave->setEnabled(presenting);
    // The panels stay away while presenting.
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        dock->toggleViewAction()->setEnabled(!presenting);
    if (presenting) {
        m_stateBeforePresenting = saveState();
        m_windowStateBeforePresenting = windowState();
        showMap();
        for (QDockWidget* dock : findChildren<QDockWidget*>())
            dock->hide();
        menuBar()->hide();
        statusBar()->hide();
        m_tabs->tabBar()->hide();
        centralWidget()->layout()->setContentsMargins(0, 0, 0, 0);
        showFullScreen();
    } else {
        menuBar()->show();
        statusBar()->show();
        m_tabs->tabBar()->show();
        centralWidget()->layout()->setContentsMargins(6, 6, 6, 0);
        restoreState(m_stateBeforePresenting);
        setWindowState(m_windowStateBeforePresenting & ~Qt::WindowFullScreen);
        if (!(m_windowStateBeforePresenting & (Qt::WindowMaximized | Qt::WindowFullScreen)))
            showNormal();
    }
    m_map->setPresenting(presenting);
    updateActions();
    if (!presenting)
        statusBar()->showMessage(tr("Presentation ended"), 2000);
    else
        m_map->view()->setFocus();
}

} // namespace js
