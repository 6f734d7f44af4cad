#include "core/storage/Migrations.h"

#include <QSqlError>
#include <QSqlQuery>

namespace js {

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> steps;
    return steps;
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
