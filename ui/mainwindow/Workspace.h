#pragma once

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
// At start-up: the given file, else the demo on first start, else the most
// recent file, else a new project.
MainWindow* openAtStart(const QString& path, bool demo, bool fresh);

QStringList recentFiles();
void addRecentFile(const QString& path);
void removeRecentFile(const QString& path);

} // namespace workspace
} // namespace js
