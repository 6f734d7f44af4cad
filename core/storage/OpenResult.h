#pragma once

#include <QString>

namespace js {

// Why a project file could not be opened (or could only be opened read-only).
enum class OpenProblem {
    None,
    NotFound,
    Unreadable, // no permission to read
    IsDirectory,
    Empty,
    NotSqlite,
    Foreign,       // SQLite, but not a Journeyscope project
    Damaged,       // truncated, byte-flipped, or missing tables
    TooNew,        // a newer major version: refused
    NewerMinor,    // a newer minor version: read-only
    Locked,        // another Journeyscope has it open: read-only offered
    ReadOnlyFile,  // no permission to write: read-only
    Unsafe,        // triggers or views we did not create: refused
    CannotWrite,   // creating or migrating failed
    WriteAheadLog, // switched to WAL by another tool: refused
    NeedsRecovery, // a hot journal that cannot be rolled back here
    OlderReadOnly, // an older schema that cannot be migrated here
    Busy,          // another program holds a SQLite lock on it: refused
    CannotMigrate, // an older version this build has no way to update
};

// The outcome of opening: whether it opened, read-only or not, and the one
// sentence that tells the user what is wrong and what to do.
struct OpenResult {
    OpenProblem problem = OpenProblem::None;
    bool readOnly = false;
    QString message;

    bool ok() const
    {
        return problem == OpenProblem::None || problem == OpenProblem::NewerMinor ||
               problem == OpenProblem::Locked || problem == OpenProblem::ReadOnlyFile;
    }
};

QString openMessage(OpenProblem problem, const QString& path, const QString& detail = {});

} // namespace js
