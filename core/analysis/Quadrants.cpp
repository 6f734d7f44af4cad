#include "core/analysis/Quadrants.h"

#include "core/model/ProjectQueries.h"

#include <QCoreApplication>

#include <set>

namespace js::analysis {

QString quadrantName(Quadrant quadrant)
{
    const char* name = "";
    switch (quadrant) {
    case Quadrant::ConcentrateHere:
        name = QT_TRANSLATE_NOOP("js::analysis::Quadrants", "Concentrate here");
        break;
    case Quadrant::KeepUpTheGoodWork:
        name = QT_TRANSLATE_NOOP("js::analysis::Quadrants", "Keep up the good work");
        break;
    case Quadrant::LowPriority:
        name = QT_TRANSLATE_NOOP("js::analysis::Quadrants", "Low priority");
        break;
    case Quadrant::PossibleOverkill:
        name = QT_TRANSLATE_NOOP("js::analysis::Quadrants", "Possible overkill");
        break;
    }
    return QCoreApplication::translate("js::analysis::Quadrants", name);
}

QString quadrantKey(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::ConcentrateHere:
        return QStringLiteral("concentrate-here");
    case Quadrant::KeepUpTheGoodWork:
        return QStringLiteral("keep-up");
    case Quadrant::LowPriority:
        return QStringLiteral("low-priority");
    case Quadrant::PossibleOverkill:
        return QStringLiteral("possible-overkill");
    }
    return {};
}

Quadrant quadrantOf(double importance, double performance, double importanceSplit,
                    double performanceSplit)
{
    // A split that is a mean of the points may sit a rounding error off.
    constexpr double Tolerance = 1e-9;
    const bool important = importance >= importanceSplit - Tolerance;
    const bool performing = performance >= performanceSplit - Tolerance;
    if (important)
        return performing ? Quadrant::KeepUpTheGoodWork : Quadrant::ConcentrateHere;
    return performing ? Quadrant::PossibleOverkill : Quadrant::LowPriority;
}

QuadrantChart importancePerformance(const Project& project, const RoundResults& results,
                                    QuadrantSplit split)
{
    QuadrantChart chart;
    const Journey* journey = findJourney(project, results.journeyId);
    if (!journey)
        return chart;
    for (const Stage& stage : journey->stages) {
        for (const Touchpoint& touchpoint : stage.touchpoints) {
            if (const RollUp* score = findRollUp(results.touchpoints, touchpoint.id))
                chart.points.push_back({touchpoint.id, stage.id, double(touchpoint.importance),
                                        score->score, Quadrant::LowPriority});
        }
    }
    if (split == QuadrantSplit::Targets) {
        // The round's targets of the criteria the results hold cells of.
        std::set<Id> rated;
        for (const auto& [key, stats] : results.cells)
            rated.insert(key.criterion);
        double sum = 0.0;
        int count = 0;
        if (const Round* round = findRound(project, results.roundId)) {
            for (const RoundCriterion& criterion : round->criteria) {
                if (rated.contains(criterion.criterionId)) {
                    sum += criterion.target;
                    ++count;
                }
            }
        }
        if (count > 0)
            chart.performanceSplit = sum / count;
    }
    if (split == QuadrantSplit::DataMeans && !chart.points.empty()) {
        double importance = 0.0;
        double performance = 0.0;
        for (const QuadrantPoint& point : chart.points) {
            importance += point.importance;
            performance += point.performance;
        }
        chart.importanceSplit = importance / double(chart.points.size());
        chart.performanceSplit = performance / double(chart.points.size());
    }
    for (QuadrantPoint& point : chart.points)
        point.quadrant = quadrantOf(point.importance, point.performance, chart.importanceSplit,
                                    chart.performanceSplit);
    return chart;
}

} // namespace js::analysis
