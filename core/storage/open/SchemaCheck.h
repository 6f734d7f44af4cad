#pragma once

#include "core/storage/open/OpenStep.h"

#include <QSqlDatabase>

namespace js {

// checkSchemaObjects, then quickCheck: the validate step of opening (which
// ProjectFile::openSteps runs in two parts), for a connection made again.
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

// What quickCheck() says of a quick_check that reported "ok" (`ok`) or
// something else: the verdict of a BackgroundQuickCheck, judged alike.
StepResult quickCheckVerdict(bool ok);

// Run after any migration: Damaged, naming the table, when one of the tables
// the current schema reads from is missing.
StepResult checkTables(QSqlDatabase& database);

// PRAGMA integrity_check: "ok" or the first problems found.
QString integrityCheck(QSqlDatabase& database);

} // namespace js
