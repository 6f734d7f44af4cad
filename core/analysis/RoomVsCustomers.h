#pragma once

#include "core/analysis/RoundResults.h"
#include "core/model/Metric.h"

#include <QString>

#include <vector>

namespace js::analysis {

// The room's own assessment of each touchpoint against what its customers
// say (CSAT or NPS), so that a team that rates itself higher than its
// customers do sees it at once.
//
// The room scores on 1..5, the customers on another range, so the room's
// score is mapped onto the figure's range, linearly, end to end:
//
//   CSAT (percent, 0..100):  room% = (score − 1) / 4 × 100     1 → 0 %,    3 → 50 %, 5 → 100 %
//   NPS  (−100..+100):       roomNps = (score − 3) × 50        1 → −100,   3 → 0,    5 → +100
//
// That line is the "agreement line": a touchpoint on it is seen by the room
// as its customers see it. The gap is room − customers on the figure's
// range (percentage points for CSAT, NPS points): above 0, the room rates
// the touchpoint higher than its customers do. The mapping is a common
// footing for the eye, not a calibration of one scale against the other.

// A touchpoint with both a room score in the round and a customer figure.
struct RoomVsCustomersPoint {
    Id touchpoint = NoId;
    Id stage = NoId;
    QString name;
    QString stageName;
    double roomScore = 0.0;     // the touchpoint's weighted roll-up in the round, 1..5
    double customerValue = 0.0; // the latest figure: CSAT %, or NPS
    int answers = 0;            // what the figure rests on; 0 when unknown
    bool fewAnswers = false;    // restsOnFewAnswers()
    double roomOnScale = 0.0;   // roomScore on the figure's range (see above)
    double gap = 0.0;           // roomOnScale − customerValue; > 0: the room rates higher

    bool roomRatesHigher() const { return gap > 0.0; }
    bool operator==(const RoomVsCustomersPoint&) const = default;
};

struct RoomVsCustomers {
    MetricKind kind = MetricKind::Csat;
    // Touchpoints of the results' journey (as far as the results hold its
    // stages) with a figure of this kind, whether the room scored them or not.
    int figures = 0;
    std::vector<RoomVsCustomersPoint> points; // map order

    bool operator==(const RoomVsCustomers&) const = default;
};

// Whether the comparison is drawn for this kind: CSAT and NPS only.
bool comparesWithRoom(MetricKind kind);
// The figure's range: CSAT 0..100, NPS −100..100 (CSAT's for other kinds).
double metricRangeMin(MetricKind kind);
double metricRangeMax(MetricKind kind);
// A room score (1..5) on the figure's range: the agreement line.
double roomOnMetricScale(MetricKind kind, double roomScore);

// One point per touchpoint of the results' journey that has both a roll-up
// in the results and a latest figure of this kind (latestMetric()), in map
// order. The stages the results were filtered to are the only ones counted.
RoomVsCustomers roomVsCustomers(const Project& project, const RoundResults& results,
                                MetricKind kind);

// The kind a view shows first: CSAT when any touchpoint the results cover
// has a CSAT figure, else NPS.
MetricKind defaultRoomVsKind(const RoomVsCustomers& csat);

} // namespace js::analysis
