#pragma once

#include "core/storage/OpenResult.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace js {

// Whether the file and its folder can both be written: SQLite needs the
// folder for its journal.
bool canWriteFileAndFolder(const QString& path);

// The lock step of opening for editing: takes `PATH.lock` (a QLockFile that
// Qt recognizes as stale once the process that wrote it is gone). None and
// `*lock` set when it is taken; ReadOnlyFile when the file or its folder
// cannot be written, or the lock file cannot be made; Locked when another
// Journeyscope holds it.
OpenProblem lockForEditing(const QString& path, std::unique_ptr<QLockFile>* lock);

// After a failed flush: the lock is still ours, or is taken again if it went
// with the folder (a drive pulled out). False, with the reason, when another
// window holds it now. Nothing to do when `*lock` is empty (read-only).
bool reacquireLock(const QString& path, std::unique_ptr<QLockFile>* lock, QString* error);

// Whether another Journeyscope holds the lock of an existing file at `path`:
// replacing that file would leave its session writing to a file nobody can
// see any more. Sets `*error` when it does.
bool refuseIfOpenElsewhere(const QString& path, QString* error);

} // namespace js
