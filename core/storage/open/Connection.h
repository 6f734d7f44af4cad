#pragma once

#include "core/storage/open/OpenStep.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace js {

// A connection name no other connection of this process has.
QString newConnectionName();

// Runs one statement; false, with the database's reason in `*error` (when
// given), if it fails.
bool exec(QSqlDatabase& database, const QString& sql, QString* error);

// Whether a query failed because another connection holds a lock: SQLite's
// SQLITE_BUSY (5) and SQLITE_LOCKED (6), with or without extended bits.
bool isLockError(const QSqlError& error);

// One connection of Qt's SQLite driver to a project file, with the settings
// every connection of Journeyscope's runs with: up to two seconds' wait for a
// busy database, `PRAGMA trusted_schema = OFF` (SQL functions and virtual
// tables named in the schema are never run) and `PRAGMA foreign_keys = ON`.
// Closed, and removed from Qt's list of connections, when it goes.
class Connection {
public:
    Connection() = default;
    ~Connection() { close(); }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // The connect step of opening: Damaged, with SQLite's reason, when the
    // file cannot be opened or the settings cannot be made.
    StepResult open(const QString& path, bool readOnly);
    void close();

    bool isOpen() const { return m_database.isValid(); }
    QSqlDatabase& database() { return m_database; }
    const QSqlDatabase& database() const { return m_database; }

private:
    QString m_name;
    QSqlDatabase m_database;
};

} // namespace js
