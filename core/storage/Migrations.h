#pragma once

#include "core/storage/Schema.h"

#include <QSqlDatabase>
#include <QStringList>

#include <vector>

namespace js {

// One numbered, forward-only step of the schema: the statements that take a
// file from one version to the next.
struct Migration {
    int from = 0;
    int to = 0;
    QStringList statements;
    // The step rebuilds a table: it runs with foreign keys off, and the
    // references are checked before it commits.
    bool rebuildsTables = false;
};

// Every migration, oldest first, from schema::FirstVersion (1000) to
// schema::CurrentVersion.
const std::vector<Migration>& migrations();

// The schema versions a build knows: the one it writes and the steps that
// lead there from the first. Opening takes one, so that tests can exercise a
// made-up later version (a step that fails, a gap) on a real file.
struct SchemaHistory {
    int current = schema::CurrentVersion;
    std::vector<Migration> steps;

    static const SchemaHistory& shipped();
};

// Runs the migrations from `version` up to the last one's target, in one
// transaction, and sets user_version. Returns false (and rolls back) on error.
bool migrate(QSqlDatabase database, int version, const std::vector<Migration>& steps,
             QString* error);

// Whether the steps lead from `version` to history.current.
bool hasMigrationPath(int version, const SchemaHistory& history);

// Runs the steps from `version` to history.current; false, with the reason,
// when they fail or do not lead there.
bool migrateTo(QSqlDatabase database, int version, const SchemaHistory& history, QString* error);

} // namespace js
