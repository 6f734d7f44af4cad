#pragma once

#include "core/analysis/WeakSpots.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace js {

// The ranked weak spots of one round, for scripts: an object
// {"project", "journey", "round", "weak_spots"} whose rows hold the names of
// the touchpoint, stage, framework and criterion, the figures as JSON numbers
// (rounded to 2 decimals) and the stable keys of the flags.
QByteArray weakSpotsJson(const Project& project, const Journey& journey, const Round& round,
                         const std::vector<analysis::WeakSpot>& spots);

// The same rows as a table a person reads in a terminal: a header row, the
// columns aligned, numbers right-aligned, the reason last. Ends with a newline.
QString weakSpotsTable(const Project& project, const std::vector<analysis::WeakSpot>& spots);

} // namespace js
