// The parts of ProjectFile that write whole files: a new project, and a copy
// of the open one (Save as).
#include "core/storage/NativeHandle.h"
#include "core/storage/NewFile.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/open/FileLock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace js {

namespace {

struct ProjectFileText {
    Q_DECLARE_TR_FUNCTIONS(js::ProjectFile)
};

} // namespace

bool ProjectFile::create(const QString& path, const Project& project, QString* error)
{
    if (refuseIfOpenElsewhere(path, error))
        return false;
    return writeNewFile(path, project, error);
}

bool ProjectFile::canCopyNatively() const
{
    return sharedNativeHandle(database()) != nullptr;
}

bool ProjectFile::saveCopyAs(const QString& path, QString* error)
{
    sqlite3* source = sharedNativeHandle(database());
    if (!source) {
        *error = ProjectFileText::tr("no SQLite connection");
        return false;
    }
    if (QFileInfo(path).absoluteFilePath() == m_path) {
        *error = ProjectFileText::tr("this is the file the project is in already");
        return false;
    }
    if (refuseIfOpenElsewhere(path, error))
        return false;
    const QString part = partPath(path);
    QFile::remove(part);
    sqlite3* target = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(part).constData(), &target,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(target, "main", source, "main");
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        } else {
            rc = sqlite3_errcode(target);
        }
    }
    if (rc != SQLITE_OK)
        *error = QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close(target);
    if (rc != SQLITE_OK) {
        QFile::remove(part);
        return false;
    }
    return replaceFile(part, path, error);
}

} // namespace js
