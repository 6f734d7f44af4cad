#include "ui/mainwindow/FileOpenEvents.h"

#include "ui/mainwindow/Workspace.h"

#include <QApplication>
#include <QFileOpenEvent>

namespace js {

void FileOpenEvents::install()
{
    qApp->installEventFilter(new FileOpenEvents(qApp));
}

bool FileOpenEvents::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == qApp && event->type() == QEvent::FileOpen) {
        const QString path = static_cast<QFileOpenEvent*>(event)->file();
        if (!path.isEmpty())
            workspace::openFile(path);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace js
