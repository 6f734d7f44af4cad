#pragma once

#include "core/storage/FileProbe.h"
#include "core/storage/open/OpenStep.h"

namespace js {

// Whether a non-empty `PATH-journal` lies next to the file: a write in
// progress, or one that a process left unfinished when it died.
bool hasHotJournal(const QString& path);

// Opens the file read-write with SQLite, which rolls a hot journal back: the
// file is then as the last finished transaction left it.
void rollBackHotJournal(const QString& path);

// The recovery step of opening, run after the header probe `probe` and before
// it is judged. A journal next to a file of ours that is not of a newer major
// version is rolled back when `mayWrite` (opened for editing where the file
// and its folder can be written); otherwise it is given about 200 ms to go,
// as another Journeyscope finishes its flush, and NeedsRecovery is reported
// if it stays. When there was a journal, `probe` is read again, since a crash
// mid-flush can leave the header itself half-changed.
StepResult recoverHotJournal(const QString& path, bool mayWrite, int current, FileProbe* probe);

} // namespace js
