#include "core/storage/Migrations.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace js {

namespace {

// The rule JsonFormat applies to JSON of format 1 as well (see
// completeVersion1Rounds): each round without a journey takes the journey
// most of its ratings are on (the earlier one on a tie), else the first
// journey; a round with neither is dropped. Ratings on other journeys go.
// Each round rates the criteria switched on, and those it has ratings on,
// with their weights and targets of now.
QStringList roundsOfTheirOwn()
{
    return {
        QStringLiteral(
            "UPDATE round SET journey_id = (SELECT s.journey_id FROM rating r "
            "JOIN touchpoint t ON t.id = r.touchpoint_id JOIN stage s ON s.id = t.stage_id "
            "JOIN journey j ON j.id = s.journey_id WHERE r.round_id = round.id "
            "GROUP BY s.journey_id ORDER BY COUNT(*) DESC, MIN(j.position), s.journey_id LIMIT 1) "
            "WHERE journey_id IS NULL"),
        QStringLiteral("UPDATE round SET journey_id = (SELECT id FROM journey "
                       "ORDER BY position, id LIMIT 1) WHERE journey_id IS NULL"),
        schema::roundTable(QStringLiteral("round_new")),
        QStringLiteral("INSERT INTO round_new (id, position, name, description, date, journey_id) "
                       "SELECT id, position, name, description, date, journey_id FROM round "
                       "WHERE journey_id IS NOT NULL"),
        QStringLiteral("DROP TABLE round"),
        QStringLiteral("ALTER TABLE round_new RENAME TO round"),
        QStringLiteral("DELETE FROM rater WHERE round_id NOT IN (SELECT id FROM round)"),
        QStringLiteral("DELETE FROM rating WHERE NOT EXISTS (SELECT 1 FROM round r "
                       "JOIN stage s ON s.journey_id = r.journey_id "
                       "JOIN touchpoint t ON t.stage_id = s.id "
                       "JOIN rater x ON x.round_id = r.id "
                       "WHERE r.id = rating.round_id AND t.id = rating.touchpoint_id "
                       "AND x.id = rating.rater_id)"),
        schema::roundCriterionTable(),
        QStringLiteral(
            "INSERT INTO round_criterion (round_id, criterion_id, position, weight, target) "
            "SELECT r.id, c.id, ROW_NUMBER() OVER (PARTITION BY r.id "
            "ORDER BY f.position, f.id, c.position, c.id) - 1, c.weight, c.target "
            "FROM round r CROSS JOIN criterion c JOIN framework f ON f.id = c.framework_id "
            "WHERE c.enabled <> 0 OR EXISTS (SELECT 1 FROM rating x "
            "WHERE x.round_id = r.id AND x.criterion_id = c.id)"),
        schema::targetTable(),
        QStringLiteral("CREATE INDEX round_journey ON round (journey_id)"),
        QStringLiteral("CREATE INDEX round_criterion_criterion ON round_criterion (criterion_id)"),
        QStringLiteral("CREATE INDEX target_touchpoint ON target (touchpoint_id)"),
        QStringLiteral("CREATE INDEX target_criterion ON target (criterion_id)"),
    };
}

} // namespace

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
        // 2.0: a round assesses one journey on criteria of its own, and can be
        // locked; targets can be overridden per touchpoint. The round table is
        // rebuilt (a column becomes required), so this step runs with foreign
        // keys off and checks them before it commits.
        {1001, 2000, roundsOfTheirOwn(), true},
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
    // A step that rebuilds a table runs with foreign keys off (dropping the
    // old table would cascade), which SQLite allows only between transactions.
    bool rebuilds = false;
    for (int reached = version; const Migration& step : steps) {
        if (step.from == reached) {
            rebuilds = rebuilds || step.rebuildsTables;
            reached = step.to;
        }
    }
    QSqlQuery query(database);
    if (rebuilds && !query.exec(QStringLiteral("PRAGMA foreign_keys = OFF"))) {
        *error = query.lastError().text();
        return false;
    }
    const auto finish = [&](bool ok) {
        if (!ok)
            database.rollback();
        if (rebuilds)
            query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        return ok;
    };
    if (!database.transaction()) {
        *error = database.lastError().text();
        return finish(false);
    }
    int reached = version;
    for (const Migration& step : steps) {
        if (step.from != reached)
            continue;
        for (const QString& statement : step.statements) {
            if (!query.exec(statement)) {
                *error = query.lastError().text();
                return finish(false);
            }
        }
        reached = step.to;
    }
    if (rebuilds && (!query.exec(QStringLiteral("PRAGMA foreign_key_check")) || query.next())) {
        *error = query.lastError().isValid()
                     ? query.lastError().text()
                     : QCoreApplication::translate("js::Migrations",
                                                   "the updated file would hold broken references");
        return finish(false);
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(reached)) ||
        !database.commit()) {
        *error = query.lastError().text();
        return finish(false);
    }
    return finish(true);
}

} // namespace js
