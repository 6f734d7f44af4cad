#pragma once

#include "core/analysis/CellStats.h"
#include "core/model/Project.h"

#include <compare>
#include <map>
#include <optional>
#include <set>

namespace js::analysis {

// One cell of a round: a touchpoint of its journey on one of its criteria.
struct CellKey {
    Id touchpoint = NoId;
    Id criterion = NoId;

    auto operator<=>(const CellKey&) const = default;
};

// A weighted roll-up of cell means, with the round's criterion weights:
// score = Σ w·mean / Σ w over the cells that have a mean.
struct RollUp {
    double score = 0.0;
    double weight = 0.0; // Σ w of those cells
    int cells = 0;       // cells with a mean
    int ratings = 0;     // scores the figure rests on (Σ n)

    bool operator==(const RollUp&) const = default;
};

// How much of a round was rated.
struct Coverage {
    int cells = 0;           // touchpoints × criteria
    int cellsRated = 0;      // cells with at least one score or N/A
    int ratingsExpected = 0; // raters × touchpoints × criteria
    int ratingsGiven = 0;    // scores and N/As given

    // Shares from 0 to 1; 0 when there is nothing to rate.
    double cellShare() const { return cells > 0 ? double(cellsRated) / cells : 0.0; }
    double ratingShare() const
    {
        return ratingsExpected > 0 ? double(ratingsGiven) / ratingsExpected : 0.0;
    }

    bool operator==(const Coverage&) const = default;
};

// Everything computed for one round: the statistics of every cell (the
// touchpoints of the round's journey × the criteria the round rates, with the
// weights it took when it was created), its coverage, and the roll-ups. A
// roll-up is absent when none of its cells has a score. Ratings of raters,
// touchpoints or criteria that are not the round's are left out.
struct RoundResults {
    Id roundId = NoId;
    Id journeyId = NoId;
    int raterCount = 0;
    std::map<CellKey, CellStats> cells; // every cell, rated or not
    Coverage coverage;
    std::map<Id, RollUp> touchpoints; // by touchpoint id: over its criteria
    std::map<Id, RollUp> stages;      // by stage id: pooled over its cells
    std::map<Id, RollUp> criteria;    // by criterion id: pooled over its touchpoints
    std::map<Id, RollUp> frameworks;  // by framework id: pooled over its criteria's cells
    std::optional<RollUp> journey;    // pooled over every cell

    // The cell, or nullptr when it is not one of the round's.
    const CellStats* cell(Id touchpoint, Id criterion) const;

    bool operator==(const RoundResults&) const = default;
};

// Which part of a round to count, for a view that narrows it down (the
// Insights filters). A set that is absent lets everything through; an empty
// set lets nothing through. A filtered computation is the same as the full
// one over the round with only those raters, stages and frameworks: cells,
// coverage and roll-ups leave out the rest, and raterCount is the number of
// the round's raters that pass.
struct RoundFilter {
    std::optional<std::set<Id>> raters;
    std::optional<std::set<Id>> stages;
    // A criterion passes when its framework does; one that no framework holds
    // passes only when there is no framework filter.
    std::optional<std::set<Id>> frameworks;

    bool isEmpty() const { return !raters && !stages && !frameworks; }
    bool operator==(const RoundFilter&) const = default;
};

// The roll-up of `id` in one of the maps above, or nullptr.
const RollUp* findRollUp(const std::map<Id, RollUp>& rollUps, Id id);

// Computes a round from the project; empty results (only roundId set) for an
// unknown round, no cells for a round whose journey is gone.
RoundResults computeRound(const Project& project, Id roundId, const RoundFilter& filter = {});

} // namespace js::analysis
