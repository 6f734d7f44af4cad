#pragma once

#include "core/storage/open/OpenStep.h"

#include <QSqlDatabase>

#include <optional>

namespace js {

// The validate step of opening: checkSchemaObjects, then quickCheck.
StepResult validateSchema(QSqlDatabase& database);

// Unsafe when sqlite_master lists a trigger or a view (Journeyscope never
// creates either) or a table of another program with foreign keys (they
// could stop Journeyscope deleting its own rows); Busy when another program
// keeps the file locked past the connection's wait; Damaged when
// sqlite_master cannot be read.
StepResult checkSchemaObjects(QSqlDatabase& database);

// Damaged when `PRAGMA quick_check` does not report "ok" (Busy when the file
// is locked, as above).
StepResult quickCheck(QSqlDatabase& database);

// The same as quickCheck(), from the verdict of a BackgroundQuickCheck: the
// check runs on `database` after all when the background one gave none.
StepResult quickCheck(QSqlDatabase& database, std::optional<bool> verdict);

// Run after any migration: Damaged, naming the table, when one of the tables
// the current schema reads from is missing.
StepResult checkTables(QSqlDatabase& database);

// PRAGMA integrity_check: "ok" or the first problems found.
QString integrityCheck(QSqlDatabase& database);

} // namespace js
