#pragma once

#include "core/document/ProjectDocument.h"

namespace js::test {

// Ids of a small, complete project made through the document: one journey
// from the default template with touchpoints and cards, TRIXIE and the 5 Cs,
// a round of two raters who rated everything, a metric and an action.
struct Sample {
    Id persona = NoId;
    Id journey = NoId;
    Id stage = NoId;      // first stage, with two touchpoints
    Id otherStage = NoId; // second stage, with one touchpoint
    Id touchpoint = NoId; // first touchpoint of the first stage
    Id secondTouchpoint = NoId;
    Id otherTouchpoint = NoId;
    Id textLane = NoId; // "Customer actions"
    Id card = NoId;
    Id framework = NoId; // TRIXIE
    Id criterion = NoId; // Trust
    Id round = NoId;
    Id rater = NoId;
    Id otherRater = NoId;
    Id metric = NoId;
    Id action = NoId;
};

// Fills the document and clears its undo stack, so tests start clean.
Sample buildSample(ProjectDocument& document);

// A round of a journey, with no raters yet; no criteria means the document's
// default (those switched on).
Round makeRound(const QString& name, Id journey, QDate date = {},
                std::vector<RoundCriterion> criteria = {});

// The demo with none of its rounds locked, for tests of editing that a
// locked round would refuse.
Project unlockedDemo();

// Every criterion of every framework, switched on or not, as a round rates it.
std::vector<RoundCriterion> allCriteria(const Project& project);

} // namespace js::test
