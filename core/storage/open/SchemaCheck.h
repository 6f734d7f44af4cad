#pragma once

#include "core/storage/open/OpenStep.h"

#include <QSqlDatabase>

namespace js {

// The validate step of opening. Unsafe when sqlite_master lists a trigger or
// a view (Journeyscope never creates either) or a table of another program
// with foreign keys (they could stop Journeyscope deleting its own rows);
// Damaged when `PRAGMA quick_check` does not report "ok"; Busy when another
// program keeps the file locked past the connection's wait.
StepResult validateSchema(QSqlDatabase& database);

// Run after any migration: Damaged, naming the table, when one of the tables
// the current schema reads from is missing.
StepResult checkTables(QSqlDatabase& database);

// PRAGMA integrity_check: "ok" or the first problems found.
QString integrityCheck(QSqlDatabase& database);

} // namespace js
