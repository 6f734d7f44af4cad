#include "core/storage/open/FileLock.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSysInfo>

namespace js {

namespace {

struct ProjectFileText {
    Q_DECLARE_TR_FUNCTIONS(js::ProjectFile)
};

QString lockPath(const QString& path)
{
    return path + QStringLiteral(".lock");
}

// A lock whose holder counts as gone as soon as its process is.
std::unique_ptr<QLockFile> newLock(const QString& path)
{
    auto lock = std::make_unique<QLockFile>(lockPath(path));
    lock->setStaleLockTime(0);
    return lock;
}

QString openInAnotherWindow()
{
    return ProjectFileText::tr(
        "the file is open in another Journeyscope window; close it there first");
}

} // namespace

bool canWriteFileAndFolder(const QString& path)
{
    const QFileInfo info(path);
    return info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
}

OpenProblem lockForEditing(const QString& path, std::unique_ptr<QLockFile>* lock)
{
    if (!canWriteFileAndFolder(path))
        return OpenProblem::ReadOnlyFile;
    std::unique_ptr<QLockFile> taken = newLock(path);
    if (!taken->tryLock(0))
        return taken->error() == QLockFile::LockFailedError ? OpenProblem::Locked
                                                            : OpenProblem::ReadOnlyFile;
    *lock = std::move(taken);
    return OpenProblem::None;
}

bool reacquireLock(const QString& path, std::unique_ptr<QLockFile>* lock, QString* error)
{
    if (!*lock)
        return true;
    // A lock file that is there is either still ours, or another window's:
    // never delete someone else's.
    QLockFile probe(lockPath(path));
    qint64 pid = 0;
    QString host;
    QString application;
    if (probe.getLockInfo(&pid, &host, &application)) {
        if (pid == QCoreApplication::applicationPid() && host == QSysInfo::machineHostName())
            return true;
        *error = openInAnotherWindow();
        return false;
    }
    // Ours went with the folder (a drive pulled out): take it again.
    lock->reset();
    *lock = newLock(path);
    if ((*lock)->tryLock(0))
        return true;
    *error = openInAnotherWindow();
    return false;
}

bool refuseIfOpenElsewhere(const QString& path, QString* error)
{
    if (!QFileInfo::exists(path))
        return false;
    QLockFile lock(lockPath(QFileInfo(path).absoluteFilePath()));
    lock.setStaleLockTime(0);
    if (lock.tryLock(0))
        return false;
    if (lock.error() != QLockFile::LockFailedError)
        return false;
    *error = ProjectFileText::tr("the file is open in a Journeyscope window; close it there first");
    return true;
}

} // namespace js
