#include "core/storage/open/Connection.h"

#include <QAtomicInt>
#include <QSqlQuery>

#include <sqlite3.h>

namespace js {

QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("journeyscope-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool exec(QSqlDatabase& database, const QString& sql, QString* error)
{
    QSqlQuery query(database);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

bool isLockError(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED);
}

StepResult Connection::open(const QString& path, bool readOnly)
{
    close();
    m_name = newConnectionName();
    m_database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_database.setDatabaseName(path);
    m_database.setConnectOptions(
        readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000")
                 : QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    StepResult result;
    if (!m_database.open()) {
        result = {OpenProblem::Damaged, m_database.lastError().text()};
    } else if (!exec(m_database, QStringLiteral("PRAGMA trusted_schema = OFF"), &result.detail) ||
               !exec(m_database, QStringLiteral("PRAGMA foreign_keys = ON"), &result.detail)) {
        result.problem = OpenProblem::Damaged;
    }
    return result;
}

void Connection::close()
{
    if (!m_database.isValid())
        return;
    m_database.close();
    m_database = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace js
