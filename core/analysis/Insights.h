#pragma once

#include "core/analysis/Quadrants.h"
#include "core/analysis/RoomVsCustomers.h"
#include "core/analysis/RoundDeltas.h"
#include "core/analysis/RoundResults.h"
#include "core/analysis/WeakSpots.h"

#include <functional>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace js::analysis {

// What the Insights dashboard shows: one round, optionally against another,
// narrowed down by the same filter for every chart.
struct InsightsRequest {
    Id round = NoId;
    Id compareTo = NoId; // NoId: no comparison
    // Raters are the round's own: the comparison round counts all of its
    // raters, but the same stages and frameworks.
    RoundFilter filter;
    // Where the importance-performance chart splits its axes.
    QuadrantSplit quadrantSplit = QuadrantSplit::ScaleMidpoints;

    bool operator==(const InsightsRequest&) const = default;
};

// One touchpoint as a row of the heatmap and a point of the emotion curve.
struct InsightsTouchpoint {
    Id id = NoId;
    Id stage = NoId;
    QString name;
    int importance = 3;
    int emotion = 0;

    bool operator==(const InsightsTouchpoint&) const = default;
};

// One criterion as a column of the heatmap and a spoke of the radar.
struct InsightsCriterion {
    Id id = NoId;
    Id framework = NoId;
    QString name;
    QString frameworkName;
    double weight = 1.0;
    double target = 4.0; // the round's target, before any touchpoint's own

    bool operator==(const InsightsCriterion&) const = default;
};

struct InsightsStage {
    Id id = NoId;
    QString name;
    std::vector<size_t> touchpoints; // indices into Insights::touchpoints

    bool operator==(const InsightsStage&) const = default;
};

// The mean of a criterion's cells within a stage (a spoke of the stage's
// radar), and the mean of the targets those touchpoints are held to.
struct StageCriterion {
    double mean = 0.0;
    double target = 0.0;
    int cells = 0; // cells with a mean
    bool operator==(const StageCriterion&) const = default;
};

// Everything the charts draw, computed once per change of the document.
struct Insights {
    InsightsRequest request;
    QString roundName;
    QString compareName;
    QString journeyName;
    int journeyRounds = 0;                       // rounds of the round's journey, this one included
    std::vector<InsightsStage> stages;           // map order, filtered
    std::vector<InsightsTouchpoint> touchpoints; // map order, filtered
    std::vector<InsightsCriterion> criteria;     // the round's order, filtered
    RoundResults results;
    std::optional<RoundResults> compare;
    // Between the earlier and the later of the two rounds (by date, then by
    // their order in the project), over the cells both have a mean for.
    std::optional<RoundDeltas> deltas;
    int matchedCells = 0;         // the cells the deltas rest on
    bool compareIsEarlier = true; // else the round shown is the "before"
    QString beforeName;           // the earlier round's name
    QString afterName;
    std::vector<WeakSpot> weakSpots; // ranked
    QuadrantChart quadrants;
    // The room's scores against the customers' CSAT and NPS, per touchpoint.
    RoomVsCustomers roomVsCsat;
    RoomVsCustomers roomVsNps;
    // The effective target of every cell (a touchpoint's own, else the round's).
    std::map<CellKey, double> targets;
    // By (stage, criterion), in the round and in the comparison round.
    std::map<std::pair<Id, Id>, StageCriterion> stageCriteria;
    std::map<std::pair<Id, Id>, StageCriterion> compareStageCriteria;

    // True when the round has at least one score among what the filter lets through.
    bool hasScores() const { return results.journey.has_value(); }
    bool hasComparison() const { return compare.has_value(); }
    // The room against the customers on CSAT or NPS (CSAT for other kinds).
    const RoomVsCustomers& roomVs(MetricKind kind) const
    {
        return kind == MetricKind::Nps ? roomVsNps : roomVsCsat;
    }
    // Whether any touchpoint shown has a CSAT or NPS figure.
    bool hasCustomerFigures() const { return roomVsCsat.figures > 0 || roomVsNps.figures > 0; }
    // Which raters, stages and frameworks the filter lets through, in words
    // ("Raters: Rita, Omar · Stages: 2 of 5"); empty without a filter.
    QString filterSummary;
    double targetOf(Id touchpoint, Id criterion) const;
    const InsightsTouchpoint* touchpoint(Id id) const;
    const InsightsCriterion* criterion(Id id) const;
    const InsightsStage* stage(Id id) const;

    bool operator==(const Insights&) const = default;
};

// The figures of a request; an unknown round gives no stages and no scores.
// A comparison round of another journey is compared where the ids meet
// (criteria, usually): its stages and touchpoints are those of its journey.
//
// `results` gives the results of a round over all of it (no filter), when
// the caller already holds them (a window's shared cache), so that a round
// is not counted twice per change; nullptr computes them.
using RoundSource = std::function<const RoundResults*(Id round)>;
Insights computeInsights(const Project& project, const InsightsRequest& request,
                         const RoundSource& results = {});

// The round to compare a round with by default: the latest earlier round
// (by date, then list order) of the same journey; NoId when there is none.
Id previousRound(const Project& project, Id round);

} // namespace js::analysis
