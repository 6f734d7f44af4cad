#include "core/storage/Schema.h"

namespace js::schema {

// Plain SQL that SQLite and PostgreSQL both accept. Ownership is ON DELETE
// CASCADE; a loose reference (an action's touchpoint) is ON DELETE SET NULL.
// Ids are the model's stable ids; position orders siblings.
QString roundTable(const QString& name)
{
    return QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, "
                          "name TEXT NOT NULL, description TEXT NOT NULL, date TEXT NOT NULL, "
                          "journey_id INTEGER NOT NULL REFERENCES journey(id) ON DELETE CASCADE, "
                          "locked INTEGER NOT NULL DEFAULT 0)")
        .arg(name);
}

QString targetTable()
{
    return QStringLiteral(
        "CREATE TABLE target (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, "
        "round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE, "
        "touchpoint_id INTEGER NOT NULL REFERENCES touchpoint(id) ON DELETE CASCADE, "
        "criterion_id INTEGER NOT NULL REFERENCES criterion(id) ON DELETE CASCADE, "
        "target REAL NOT NULL CHECK (target BETWEEN 1 AND 5), "
        "UNIQUE (round_id, touchpoint_id, criterion_id))");
}

QString roundCriterionTable()
{
    return QStringLiteral(
        "CREATE TABLE round_criterion ("
        "round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE, "
        "criterion_id INTEGER NOT NULL REFERENCES criterion(id) ON DELETE CASCADE, "
        "position INTEGER NOT NULL, weight REAL NOT NULL, target REAL NOT NULL, "
        "PRIMARY KEY (round_id, criterion_id))");
}

QStringList createStatements()
{
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE persona (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, "
            "name TEXT NOT NULL, role TEXT NOT NULL, description TEXT NOT NULL, "
            "goals TEXT NOT NULL, frustrations TEXT NOT NULL, quote TEXT NOT NULL, photo BLOB)"),
        QStringLiteral("CREATE TABLE journey (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, "
                       "name TEXT NOT NULL, description TEXT NOT NULL, "
                       "persona_id INTEGER REFERENCES persona(id) ON DELETE SET NULL, "
                       "state TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE lane (id INTEGER PRIMARY KEY, "
                       "journey_id INTEGER NOT NULL REFERENCES journey(id) ON DELETE CASCADE, "
                       "position INTEGER NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, "
                       "hidden INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE stage (id INTEGER PRIMARY KEY, "
                       "journey_id INTEGER NOT NULL REFERENCES journey(id) ON DELETE CASCADE, "
                       "position INTEGER NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE touchpoint (id INTEGER PRIMARY KEY, "
                       "stage_id INTEGER NOT NULL REFERENCES stage(id) ON DELETE CASCADE, "
                       "position INTEGER NOT NULL, name TEXT NOT NULL, channel TEXT NOT NULL, "
                       "owner TEXT NOT NULL, description TEXT NOT NULL, "
                       "importance INTEGER NOT NULL CHECK (importance BETWEEN 1 AND 5), "
                       "emotion INTEGER NOT NULL CHECK (emotion BETWEEN -3 AND 3))"),
        QStringLiteral("CREATE TABLE card (id INTEGER PRIMARY KEY, "
                       "stage_id INTEGER NOT NULL REFERENCES stage(id) ON DELETE CASCADE, "
                       "lane_id INTEGER NOT NULL REFERENCES lane(id) ON DELETE CASCADE, "
                       "position INTEGER NOT NULL, text TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE framework (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, "
                       "key TEXT NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE criterion (id INTEGER PRIMARY KEY, "
                       "framework_id INTEGER NOT NULL REFERENCES framework(id) ON DELETE CASCADE, "
                       "position INTEGER NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL, "
                       "description TEXT NOT NULL, questions TEXT NOT NULL, weight REAL NOT NULL, "
                       "target REAL NOT NULL, enabled INTEGER NOT NULL)"),
        roundTable(QStringLiteral("round")),
        roundCriterionTable(),
        QStringLiteral("CREATE TABLE rater (id INTEGER PRIMARY KEY, "
                       "round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE, "
                       "position INTEGER NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE rating ("
            "round_id INTEGER NOT NULL REFERENCES round(id) ON DELETE CASCADE, "
            "rater_id INTEGER NOT NULL REFERENCES rater(id) ON DELETE CASCADE, "
            "touchpoint_id INTEGER NOT NULL REFERENCES touchpoint(id) ON DELETE CASCADE, "
            "criterion_id INTEGER NOT NULL REFERENCES criterion(id) ON DELETE CASCADE, "
            "score INTEGER NOT NULL CHECK (score BETWEEN -1 AND 5), note TEXT NOT NULL, "
            "PRIMARY KEY (round_id, rater_id, touchpoint_id, criterion_id))"),
        targetTable(),
        QStringLiteral("CREATE TABLE metric (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, "
                       "touchpoint_id INTEGER REFERENCES touchpoint(id) ON DELETE SET NULL, "
                       "kind TEXT NOT NULL, value REAL NOT NULL, count INTEGER NOT NULL, "
                       "scale TEXT NOT NULL, date TEXT NOT NULL, note TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE action (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, "
                       "title TEXT NOT NULL, description TEXT NOT NULL, "
                       "touchpoint_id INTEGER REFERENCES touchpoint(id) ON DELETE SET NULL, "
                       "criterion_id INTEGER REFERENCES criterion(id) ON DELETE SET NULL, "
                       "owner TEXT NOT NULL, due TEXT NOT NULL, status TEXT NOT NULL, "
                       "impact INTEGER NOT NULL, effort INTEGER NOT NULL)"),
        // Lookups of children by parent, used by cascades and loading.
        QStringLiteral("CREATE INDEX lane_journey ON lane (journey_id)"),
        QStringLiteral("CREATE INDEX stage_journey ON stage (journey_id)"),
        QStringLiteral("CREATE INDEX touchpoint_stage ON touchpoint (stage_id)"),
        QStringLiteral("CREATE INDEX card_stage ON card (stage_id)"),
        QStringLiteral("CREATE INDEX card_lane ON card (lane_id)"),
        QStringLiteral("CREATE INDEX criterion_framework ON criterion (framework_id)"),
        QStringLiteral("CREATE INDEX round_journey ON round (journey_id)"),
        QStringLiteral("CREATE INDEX round_criterion_criterion ON round_criterion (criterion_id)"),
        QStringLiteral("CREATE INDEX rater_round ON rater (round_id)"),
        QStringLiteral("CREATE INDEX rating_rater ON rating (rater_id)"),
        QStringLiteral("CREATE INDEX rating_touchpoint ON rating (touchpoint_id)"),
        QStringLiteral("CREATE INDEX rating_criterion ON rating (criterion_id)"),
        QStringLiteral("CREATE INDEX target_touchpoint ON target (touchpoint_id)"),
        QStringLiteral("CREATE INDEX target_criterion ON target (criterion_id)"),
        QStringLiteral("CREATE INDEX metric_touchpoint ON metric (touchpoint_id)"),
        QStringLiteral("CREATE INDEX action_touchpoint ON action (touchpoint_id)"),
        QStringLiteral("CREATE INDEX action_criterion ON action (criterion_id)"),
    };
}

QStringList tableNames()
{
    return {
        QStringLiteral("meta"),   QStringLiteral("persona"),         QStringLiteral("journey"),
        QStringLiteral("lane"),   QStringLiteral("stage"),           QStringLiteral("touchpoint"),
        QStringLiteral("card"),   QStringLiteral("framework"),       QStringLiteral("criterion"),
        QStringLiteral("round"),  QStringLiteral("round_criterion"), QStringLiteral("rater"),
        QStringLiteral("rating"), QStringLiteral("target"),          QStringLiteral("metric"),
        QStringLiteral("action")};
}

} // namespace js::schema
