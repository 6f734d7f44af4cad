#pragma once

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
};

// Every migration, oldest first. Schema 1000 is the first; none exist yet.
const std::vector<Migration>& migrations();

// Runs the migrations from `version` up to the last one's target, in one
// transaction, and sets user_version. Returns false (and rolls back) on error.
bool migrate(QSqlDatabase database, int version, const std::vector<Migration>& steps,
             QString* error);

} // namespace js
