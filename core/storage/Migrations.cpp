#include "core/storage/Migrations.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace js {

// Each step takes a file of one version to the next, so that it ends up as
// createStatements() would make it. A column added here is added there too,
// with the same type, constraint and default.
const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> steps = {
        // 1.1: a lane can be hidden from the map.
        {1000,
         1001,
         {QStringLiteral("ALTER TABLE lane ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0")}},
    };
    return steps;
}

const SchemaHistory& SchemaHistory::shipped()
{
    static const SchemaHistory history{schema::CurrentVersion, migrations()};
    return history;
}

bool hasMigrationPath(int version, const SchemaHistory& history)
{
    int reached = version;
    for (const Migration& step : history.steps) {
        if (step.from == reached)
            reached = step.to;
    }
    return reached == history.current;
}

bool migrateTo(QSqlDatabase database, int version, const SchemaHistory& history, QString* error)
{
    if (!hasMigrationPath(version, history)) {
        *error = QCoreApplication::translate("js::Migrations",
                                             "this version cannot update files of version %1")
                     .arg(version);
        return false;
    }
    return migrate(database, version, history.steps, error);
}

bool migrate(QSqlDatabase database, int version, const std::vector<Migration>& steps,
             QString* error)
{
    if (!database.transaction()) {
        *error = database.lastError().text();
        return false;
    }
    QSqlQuery query(database);
    int reached = version;
    for (const Migration& step : steps) {
        if (step.from != reached)
            continue;
        for (const QString& statement : step.statements) {
            if (!query.exec(statement)) {
                *error = query.lastError().text();
                database.rollback();
                return false;
            }
        }
        reached = step.to;
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(reached)) ||
        !database.commit()) {
        *error = query.lastError().text();
        database.rollback();
        return false;
    }
    return true;
}

} // namespace js
