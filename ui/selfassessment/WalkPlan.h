#pragma once

#include "core/model/Project.h"

#include <vector>

namespace js::selfassessment {

// One step of the walk: a criterion at a touchpoint.
struct WalkCell {
    Id stage = NoId;
    Id touchpoint = NoId;
    Id criterion = NoId;
    int stageIndex = 0;      // in the journey
    int touchpointIndex = 0; // over the whole journey, stage by stage
    int criterionIndex = 0;  // in the round

    bool operator==(const WalkCell&) const = default;
};

// The order of the walk: stage by stage, touchpoint by touchpoint, and at
// each touchpoint every criterion the round rates, in the round's order.
struct WalkPlan {
    std::vector<WalkCell> cells;
    int stages = 0;
    int touchpoints = 0;
    int criteria = 0;

    bool empty() const { return cells.empty(); }
    int size() const { return int(cells.size()); }
    // The position of a cell, or -1.
    int indexOf(Id touchpoint, Id criterion) const;
};

// Empty for an unknown round or a round whose journey is gone.
WalkPlan walkPlan(const Project& project, Id roundId);

// Whether the rater gave the cell a score or N/A.
bool isAnswered(const Project& project, Id roundId, Id raterId, const WalkCell& cell);
// The first cell from `from` on that the rater has not answered; wraps round
// to the start; -1 when every cell is answered.
int firstUnanswered(const Project& project, Id roundId, Id raterId, const WalkPlan& plan,
                    int from = 0);
// How many cells the rater answered.
int answeredCount(const Project& project, Id roundId, Id raterId, const WalkPlan& plan);

} // namespace js::selfassessment
