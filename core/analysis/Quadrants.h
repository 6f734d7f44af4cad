#pragma once

#include "core/analysis/RoundResults.h"

#include <QString>

#include <vector>

namespace js::analysis {

// The four fields of an importance-performance analysis (Martilla and James,
// 1977): where a touchpoint's score stands against how much it matters.
enum class Quadrant {
    ConcentrateHere,   // high importance, low performance
    KeepUpTheGoodWork, // high importance, high performance
    LowPriority,       // low importance, low performance
    PossibleOverkill,  // low importance, high performance
};
inline constexpr int QuadrantCount = 4;

// "Concentrate here", "Keep up the good work", ... in the user's language.
QString quadrantName(Quadrant quadrant);
// Stable, untranslated keys: "concentrate-here", "keep-up", "low-priority",
// "possible-overkill".
QString quadrantKey(Quadrant quadrant);

// Where the axes are split into low and high.
enum class QuadrantSplit {
    ScaleMidpoints, // 3.0 on both 1..5 scales
    DataMeans,      // the means of importance and of performance of the points
    Targets,        // performance at the mean target of the criteria rated, importance at 3.0
};

// One touchpoint with a score: performance is its weighted score in the
// round, importance its Touchpoint::importance.
struct QuadrantPoint {
    Id touchpoint = NoId;
    Id stage = NoId;
    double importance = 0.0;
    double performance = 0.0;
    Quadrant quadrant = Quadrant::LowPriority;

    bool operator==(const QuadrantPoint&) const = default;
};

struct QuadrantChart {
    double importanceSplit = 3.0;
    double performanceSplit = 3.0;
    std::vector<QuadrantPoint> points; // map order; touchpoints without a score are left out

    bool operator==(const QuadrantChart&) const = default;
};

// The quadrant of a point: a value on a split counts as high.
Quadrant quadrantOf(double importance, double performance, double importanceSplit,
                    double performanceSplit);

// The touchpoints of the results' journey that have a score, in map order.
QuadrantChart importancePerformance(const Project& project, const RoundResults& results,
                                    QuadrantSplit split = QuadrantSplit::ScaleMidpoints);

} // namespace js::analysis
