#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace js {

class MainWindow;

// Opening projects into windows: files, the demo, new untitled projects, the
// list of recent files. Each function reports problems to the user and
// returns the new window, or nullptr.
namespace workspace {

// Where new, never-named projects and the demo live until the user names them.
QString dataFolder();
bool isUntitled(const QString& path);

MainWindow* openFile(const QString& path, QWidget* parent = nullptr);
MainWindow* openNewProject(QWidget* parent = nullptr);
MainWindow* openDemoProject(QWidget* parent = nullptr);
// At start-up: the given files, each in its own window (one that cannot be
// opened says why, the others still open, and there is no other window in
// its place), else the demo on first start, else the most recent file, else
// a new project.
QList<MainWindow*> openAtStart(const QStringList& paths, bool demo, bool fresh);
// A plain start while windows are open (a second launch): the most recent
// file when it is not open already, else a new project.
MainWindow* openAnother();

// The open projects' paths, one per window.
QStringList openProjects();
// Shows the window in front and gives it the focus, or, where the platform
// keeps focus from being taken, asks for the user's attention.
void bringToFront(QWidget* window);

QStringList recentFiles();
void addRecentFile(const QString& path);
void removeRecentFile(const QString& path);

} // namespace workspace
} // namespace js
