#include "app/WindowLaunch.h"

#include "app/InstanceChannel.h"
#include "app/QuitOnSignal.h"
#include "ui/mainwindow/FileOpenEvents.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/Workspace.h"

#include <QApplication>
#include <QDir>
#include <QTextStream>

namespace js {

InstanceRequest WindowLaunch::requestFor(const CommandLine& commandLine,
                                         const QString& workingDirectory)
{
    InstanceRequest request;
    request.workingDirectory = QDir(workingDirectory).absolutePath();
    if (!commandLine.arguments.isEmpty()) {
        request.kind = InstanceRequest::Kind::Open;
        for (const QString& file : commandLine.arguments)
            request.files << QDir::cleanPath(QDir(workingDirectory).absoluteFilePath(file));
    } else if (commandLine.openDemo) {
        request.kind = InstanceRequest::Kind::Demo;
    } else if (commandLine.openNew) {
        request.kind = InstanceRequest::Kind::New;
    }
    return request;
}

void WindowLaunch::open(const InstanceRequest& request)
{
    QList<MainWindow*> windows;
    switch (request.kind) {
    case InstanceRequest::Kind::Open:
        for (const QString& file : request.files)
            windows << workspace::openFile(file);
        break;
    case InstanceRequest::Kind::Demo:
        windows << workspace::openDemoProject();
        break;
    case InstanceRequest::Kind::New:
        windows << workspace::openNewProject();
        break;
    case InstanceRequest::Kind::Start:
        windows << workspace::openAnother();
        break;
    case InstanceRequest::Kind::Windows:
        break;
    }
    // The user asked from another program: the new windows come to the front
    // too, the last one on top.
    for (MainWindow* window : windows) {
        if (window)
            workspace::bringToFront(window);
    }
}

void WindowLaunch::serve(InstanceChannel& channel)
{
    channel.setWindowList(&workspace::openProjects);
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, &channel,
                     &InstanceChannel::stopListening);
    QObject::connect(&channel, &InstanceChannel::requested, &channel, &WindowLaunch::open);
}

int WindowLaunch::run(const CommandLine& commandLine)
{
    InstanceChannel channel(InstanceChannel::defaultServerName());
    switch (channel.claim(requestFor(commandLine, QDir::currentPath()))) {
    case InstanceChannel::Role::Forwarded:
        return 0;
    case InstanceChannel::Role::Unanswered:
        QTextStream(stderr) << "journeyscope: "
                            << tr("Journeyscope is running but did not answer; it opens "
                                  "what you asked for when it can")
                            << '\n';
        return 1;
    case InstanceChannel::Role::Primary:
        serve(channel);
        break;
    case InstanceChannel::Role::Separate:
        break; // on its own: a project open elsewhere asks "Project in use"
    }
    closeWindowsOnQuitSignals();
    FileOpenEvents::install();
    workspace::openAtStart(commandLine.arguments, commandLine.openDemo, commandLine.openNew);
    // Windows a later launch opened meanwhile (while a message was shown) count.
    if (workspace::openProjects().isEmpty())
        return 1;
    return QApplication::exec();
}

} // namespace js
