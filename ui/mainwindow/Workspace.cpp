#include "ui/mainwindow/Workspace.h"

#include "core/content/DemoProject.h"
#include "core/content/NewProject.h"
#include "core/document/ProjectDocument.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectSession.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QWindow>

namespace js::workspace {

namespace {

constexpr int MaxRecentFiles = 8;

struct WorkspaceText {
    Q_DECLARE_TR_FUNCTIONS(js::Workspace)
};

MainWindow* show(std::unique_ptr<ProjectSession> session, const QString& notice = {})
{
    // Untitled projects too: the recent list is how the user finds them again.
    addRecentFile(session->path());
    auto* window = new MainWindow(std::move(session));
    window->show();
    if (!notice.isEmpty())
        window->showNotice(notice);
    return window;
}

// New projects live in a folder of their own until named, so that knowing
// one never depends on the (translated) file name.
QString untitledFolder()
{
    const QString folder = QDir(dataFolder()).filePath(QStringLiteral("untitled"));
    QDir().mkpath(folder);
    return folder;
}

QString untitledPath()
{
    const QDir folder(untitledFolder());
    for (int n = 1;; ++n) {
        const QString path = folder.filePath(WorkspaceText::tr("Untitled %1.journey").arg(n));
        if (!QFileInfo::exists(path))
            return path;
    }
}

} // namespace

QString dataFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder;
}

bool isUntitled(const QString& path)
{
    return QFileInfo(path).absolutePath() == QFileInfo(untitledFolder()).absoluteFilePath();
}

MainWindow* openFile(const QString& path, QWidget* parent)
{
    // The same file twice in one process would only open read-only: show the
    // window that has it instead.
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        auto* window = qobject_cast<MainWindow*>(widget);
        if (window && QFileInfo(window->session()->path()) == QFileInfo(path)) {
            bringToFront(window);
            return window;
        }
    }
    OpenResult result;
    std::unique_ptr<ProjectSession> session = ProjectSession::open(path, &result);
    if (!session) {
        dialogs::warn(parent, WorkspaceText::tr("Cannot open project"), result.message);
        if (result.problem == OpenProblem::NotFound)
            removeRecentFile(path);
        return nullptr;
    }
    if (result.problem == OpenProblem::Locked &&
        !dialogs::ask(parent, WorkspaceText::tr("Project in use"), result.message,
                      WorkspaceText::tr("Open read-only"))) {
        return nullptr;
    }
    return show(std::move(session), result.message);
}

MainWindow* openNewProject(QWidget* parent)
{
    ProjectDocument document;
    fillNewProject(document);
    QString error;
    const QString path = untitledPath();
    std::unique_ptr<ProjectSession> session =
        ProjectSession::create(path, document.project(), &error);
    if (!session) {
        dialogs::warn(parent, WorkspaceText::tr("Cannot create project"),
                      openMessage(OpenProblem::CannotWrite, path, error));
        return nullptr;
    }
    return show(std::move(session));
}

MainWindow* openDemoProject(QWidget* parent)
{
    const QString path = QDir(dataFolder()).filePath(WorkspaceText::tr("Demo project.journey"));
    if (!QFileInfo::exists(path)) {
        QString error;
        if (!ProjectFile::create(path, demoProject(), &error)) {
            dialogs::warn(parent, WorkspaceText::tr("Cannot create the demo project"),
                          openMessage(OpenProblem::CannotWrite, path, error));
            return nullptr;
        }
    }
    return openFile(path, parent);
}

QList<MainWindow*> openAtStart(const QStringList& paths, bool demo, bool fresh)
{
    QSettings settings;
    const bool firstStart = !settings.value(QStringLiteral("started")).toBool();
    settings.setValue(QStringLiteral("started"), true);
    if (!paths.isEmpty()) {
        // From a file manager: what could not be opened has said why, and an
        // untitled project in its place would only be in the way.
        QList<MainWindow*> windows;
        for (const QString& path : paths) {
            MainWindow* window = openFile(path);
            if (window && !windows.contains(window))
                windows << window;
        }
        return windows;
    }
    if (demo || (firstStart && !fresh)) {
        if (MainWindow* window = openDemoProject())
            return {window};
    } else if (!fresh) {
        const QStringList recent = recentFiles();
        if (!recent.isEmpty() && QFileInfo::exists(recent.first())) {
            if (MainWindow* window = openFile(recent.first()))
                return {window};
        }
    }
    if (MainWindow* window = openNewProject())
        return {window};
    return {};
}

MainWindow* openAnother()
{
    const QStringList recent = recentFiles();
    if (!recent.isEmpty() && QFileInfo::exists(recent.first()) &&
        !openProjects().contains(QFileInfo(recent.first()).absoluteFilePath())) {
        if (MainWindow* window = openFile(recent.first()))
            return window;
    }
    return openNewProject();
}

QStringList openProjects()
{
    QStringList paths;
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* window = qobject_cast<MainWindow*>(widget))
            paths << QFileInfo(window->session()->path()).absoluteFilePath();
    }
    return paths;
}

void bringToFront(QWidget* window)
{
    if (window->isMinimized())
        window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    window->show();
    window->raise();
    window->activateWindow();
    if (QWindow* handle = window->windowHandle())
        handle->requestActivate();
    // Where the window manager keeps another program's focus, the taskbar
    // entry asks for attention instead (nothing when it is active already).
    QApplication::alert(window);
}

QStringList recentFiles()
{
    return QSettings().value(QStringLiteral("recentFiles")).toStringList();
}

void addRecentFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), files);
}

void removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(QStringLiteral("recentFiles"), files);
}

} // namespace js::workspace
