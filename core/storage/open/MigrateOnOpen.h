#pragma once

#include "core/storage/Migrations.h"
#include "core/storage/open/OpenStep.h"

#include <QTemporaryDir>

#include <memory>

namespace js {

class Connection;

// The path of the backup an older file gets before it is migrated:
// `PATH.vN.bak`, N the version it had.
QString backupPath(const QString& path, int version);

// The migrate step of opening a file of schema `version` through
// `connection`. Nothing to do for a file of history.current or newer.
// CannotMigrate when no steps lead from `version` to history.current. A file
// open for writing is copied to its backup (an older backup of that name is
// replaced) and migrated in one transaction: CannotWrite when the backup
// cannot be written or a step fails, and then the file is as it was and the
// backup is gone. A read-only file is never changed: it is copied into
// `*scratch`, a new temporary folder, the copy is migrated and `connection`
// is pointed at it (OlderReadOnly when that fails).
StepResult migrateOnOpen(Connection& connection, const QString& path, int version, bool readOnly,
                         const SchemaHistory& history, std::unique_ptr<QTemporaryDir>* scratch);

} // namespace js
