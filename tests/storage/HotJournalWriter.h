#pragma once

#include <QFile>
#include <QString>

#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

namespace js::test {

// Leaves a hot journal beside the file, as a process that dies in the middle
// of a large write does: some changed pages already in the file, the old ones
// in the journal.
inline void leaveHotJournal(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    const pid_t child = fork();
    if (child == 0) {
        sqlite3* db = nullptr;
        sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_exec(db,
                     "PRAGMA cache_size = 2; BEGIN; UPDATE rating SET note = note || 'changed'; "
                     "UPDATE touchpoint SET description = description || 'changed';",
                     nullptr, nullptr, nullptr);
        _exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
}

} // namespace js::test
