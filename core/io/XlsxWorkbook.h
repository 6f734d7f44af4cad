#pragma once

#include "core/io/Progress.h"
#include "core/model/Project.h"

#include <QString>

namespace js::xlsx {

struct WorkbookResult {
    bool ok = false;
    QString message; // why it failed, in the user's words; empty on success
    bool cancelled = false;
};

// Writes the project's data as an Excel workbook (with libxlsxwriter) to
// `path`: the sheets Ratings, Scores, Weak spots, Actions and Metrics (see
// XlsxSheets.h), each with a bold, frozen header row, an autofilter and
// columns as wide as their text; numbers as numbers, dates as dates. The
// ratings and scores of `roundId`, or of every round for NoId; the weak
// spots of `roundId`, or of each journey's latest round.
//
// Writes the file itself, without a temporary file: the caller renames a
// temporary path into place. A failed write removes what it wrote at `path`.
// `progress` hears of the rows written, every few thousand; when it says
// stop, nothing is left at `path`.
WorkbookResult writeWorkbook(const Project& project, Id roundId, const QString& path,
                             const ProgressFn& progress = {});

} // namespace js::xlsx
