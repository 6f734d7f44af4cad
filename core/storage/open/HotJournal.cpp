#include "core/storage/open/HotJournal.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <sqlite3.h>

namespace js {

bool hasHotJournal(const QString& path)
{
    const QFileInfo journal(path + QStringLiteral("-journal"));
    return journal.exists() && journal.size() > 0;
}

void rollBackHotJournal(const QString& path)
{
    sqlite3* connection = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &connection, SQLITE_OPEN_READWRITE,
                        nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(connection, 2000);
        // The first read of a connection rolls a hot journal back.
        sqlite3_exec(connection, "PRAGMA schema_version", nullptr, nullptr, nullptr);
    }
    sqlite3_close(connection);
}

StepResult recoverHotJournal(const QString& path, bool mayWrite, int current, FileProbe* probe)
{
    // Only a file that is ours, and not of a newer major version (whose own
    // Journeyscope should repair it), however damaged its header is.
    if (!hasHotJournal(path) || !isOurDatabase(path) || probe->problem == OpenProblem::TooNew)
        return {};
    if (mayWrite) {
        rollBackHotJournal(path);
    } else {
        // Another Journeyscope in the middle of a flush: its journal goes
        // within moments. One that stays is left by a crash.
        for (int i = 0; i < 10 && hasHotJournal(path); ++i)
            QThread::msleep(20);
        if (hasHotJournal(path))
            return {OpenProblem::NeedsRecovery, {}};
    }
    *probe = probeFile(path, current);
    return {};
}

} // namespace js
