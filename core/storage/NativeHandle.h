#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace js {

// The sqlite3 handle under a connection of Qt's SQLite driver, when that
// driver runs on the same SQLite library Journeyscope links (the same source
// id, and the connection on that library's default VFS); nullptr otherwise. Only then may
// Journeyscope use the handle itself, or open a second connection to the same file in this process:
// with two copies of SQLite, closing one copy's connection drops the other's POSIX locks on the
// file.
sqlite3* sharedNativeHandle(const QSqlDatabase& database);

} // namespace js
