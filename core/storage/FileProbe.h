#pragma once

#include "core/storage/OpenResult.h"
#include "core/storage/Schema.h"

namespace js {

// What the first bytes of a file say, read without SQLite and without
// changing anything: whether it is a SQLite database, ours, of which schema
// version, and whether it is shorter than its header claims.
struct FileProbe {
    OpenProblem problem = OpenProblem::None;
    int version = 0;
    QString detail;
};

// `current` is the schema version this build writes.
FileProbe probeFile(const QString& path, int current = schema::CurrentVersion);

// Whether the file starts like a database of ours (SQLite, our application
// id), however damaged the rest of it may be.
bool isOurDatabase(const QString& path);

// SQLite's file change counter (header offset 24), which every committed
// write raises: whether a file is still as a writer last left it. 0 when the
// file cannot be read.
quint32 fileChangeCounter(const QString& path);

} // namespace js
