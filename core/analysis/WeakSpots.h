#pragma once

#include "core/analysis/RoundResults.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace js::analysis {

struct WeakSpotOptions {
    // A cell resting on fewer scores than this is flagged "few ratings"; a
    // round with fewer raters lowers the bar to its number of raters, so a
    // manager rating alone is never flagged.
    int fewRatingsThreshold = 3;
};

// One cell that falls short of its target, with why it ranks where it does.
struct WeakSpot {
    Id touchpoint = NoId;
    Id stage = NoId;
    Id framework = NoId; // NoId for a criterion no framework holds any more
    Id criterion = NoId;
    int n = 0; // scores the mean rests on
    double mean = 0.0;
    double sd = 0.0;
    double target = 0.0;     // the effective target: the touchpoint's override, else the round's
    double gap = 0.0;        // max(0, target - mean), > 0 for every weak spot
    int importance = 0;      // the touchpoint's, 1..5
    double weight = 0.0;     // the criterion's weight in the round
    double priority = 0.0;   // importance × weight × gap
    bool discuss = false;    // the raters disagree (see CellStats::discuss)
    bool fewRatings = false; // n below the threshold of WeakSpotOptions
    // "Trust 1.8 against a target of 4.0, importance 5", in the user's language.
    QString reason;

    bool operator==(const WeakSpot&) const = default;
};

// Stable, untranslated keys of a weak spot's flags, for files and scripts:
// "discuss", "few-ratings".
QStringList flagKeys(const WeakSpot& spot);
// The same flags translated for people.
QStringList flagNames(const WeakSpot& spot);

// One weak spot per cell of the results that has a mean below its target.
// Ranked by priority, highest first; ties go to the larger gap, then to the
// earlier stage, the earlier touchpoint in the map and the criterion earlier
// in the round. The project must be the one the results were computed from.
std::vector<WeakSpot> weakSpots(const Project& project, const RoundResults& results,
                                const WeakSpotOptions& options = {});

} // namespace js::analysis
