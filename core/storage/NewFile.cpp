#include "core/storage/NewFile.h"

#include "core/storage/ProjectWriter.h"
#include "core/storage/Schema.h"
#include "core/storage/open/Connection.h"

#include <QFile>
#include <QSqlDatabase>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace js {

QString partPath(const QString& path)
{
    return path + QStringLiteral(".part");
}

bool replaceFile(const QString& source, const QString& target, QString* error)
{
    for (const char* suffix : {"-journal", "-wal", "-shm"})
        QFile::remove(target + QLatin1String(suffix));
    if (std::rename(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) ==
        0)
        return true;
    if (error)
        *error = QString::fromLocal8Bit(std::strerror(errno));
    QFile::remove(source);
    return false;
}

bool writeNewFile(const QString& path, const Project& project, QString* error)
{
    const QString part = partPath(path);
    QFile::remove(part);
    bool ok = false;
    {
        const QString connection = newConnectionName();
        {
            QSqlDatabase database =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            database.setDatabaseName(part);
            ok = database.open();
            if (!ok)
                *error = database.lastError().text();
            ok = ok &&
                 exec(database,
                      QStringLiteral("PRAGMA application_id = %1").arg(schema::ApplicationId),
                      error) &&
                 exec(database,
                      QStringLiteral("PRAGMA user_version = %1").arg(schema::CurrentVersion),
                      error) &&
                 exec(database, QStringLiteral("PRAGMA journal_mode = DELETE"), error) &&
                 exec(database, QStringLiteral("PRAGMA foreign_keys = ON"), error);
            if (ok && database.transaction()) {
                for (const QString& statement : schema::createStatements()) {
                    if (!(ok = exec(database, statement, error)))
                        break;
                }
                if (ok) {
                    ProjectWriter writer(database);
                    ok = writer.writeAll(project);
                    if (!ok)
                        *error = writer.error();
                }
                ok = ok && database.commit();
                if (!ok)
                    database.rollback();
            }
            database.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
    if (!ok) {
        QFile::remove(part);
        return false;
    }
    return replaceFile(part, path, error);
}

} // namespace js
