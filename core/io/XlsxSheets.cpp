#include "core/io/XlsxSheets.h"

#include "core/analysis/RoundResults.h"
#include "core/analysis/WeakSpots.h"
#include "core/model/ProjectQueries.h"

#include <QCoreApplication>

#include <algorithm>
#include <unordered_map>

namespace js::xlsx {

namespace {

// The translation context of the workbook's texts: a person reads the
// workbook, so unlike the CSV files its headers and names are translated.
struct Texts {
    Q_DECLARE_TR_FUNCTIONS(js::xlsx)
};

using Kind = ColumnKind;

// The framework of each criterion, by criterion id.
std::unordered_map<Id, const Framework*> frameworksOfCriteria(const Project& project)
{
    std::unordered_map<Id, const Framework*> owners;
    for (const Framework& framework : project.frameworks) {
        for (const Criterion& criterion : framework.criteria)
            owners.emplace(criterion.id, &framework);
    }
    return owners;
}

QString frameworkName(const std::unordered_map<Id, const Framework*>& owners, Id criterionId)
{
    const auto it = owners.find(criterionId);
    return it == owners.end() ? QString() : it->second->name;
}

QString criterionName(const Project& project, Id criterionId)
{
    const Criterion* criterion = findCriterion(project, criterionId);
    return criterion ? criterion->name : QString();
}

// The rounds a sheet covers: `roundId`'s, or all of them for NoId.
std::vector<const Round*> roundsOf(const Project& project, Id roundId)
{
    std::vector<const Round*> rounds;
    for (const Round& round : project.rounds) {
        if (roundId == NoId || round.id == roundId)
            rounds.push_back(&round);
    }
    return rounds;
}

Value number(double value)
{
    return Value(value);
}

// A figure that only exists when there is something to compute it from.
Value figure(bool exists, double value)
{
    return exists ? Value(value) : Value();
}

Value text(const QString& value)
{
    return value.isEmpty() ? Value() : Value(value);
}

} // namespace

Sheet ratingsSheet(const Project& project, Id roundId)
{
    Sheet sheet;
    sheet.name = Texts::tr("Ratings");
    sheet.columns = {{Texts::tr("Journey")},    {Texts::tr("Stage")},
                     {Texts::tr("Touchpoint")}, {Texts::tr("Framework")},
                     {Texts::tr("Criterion")},  {Texts::tr("Round")},
                     {Texts::tr("Rater")},      {Texts::tr("Score"), Kind::Integer},
                     {Texts::tr("Note")}};
    const auto owners = frameworksOfCriteria(project);
    for (const Round* round : roundsOf(project, roundId)) {
        const Journey* journey = findJourney(project, round->journeyId);
        if (!journey)
            continue;
        for (const Rater& rater : round->raters) {
            for (const Stage& stage : journey->stages) {
                for (const Touchpoint& touchpoint : stage.touchpoints) {
                    for (const RoundCriterion& rated : round->criteria) {
                        const auto it = project.ratings.find(
                            RatingKey{round->id, rater.id, touchpoint.id, rated.criterionId});
                        if (it == project.ratings.end() || it->second.isEmpty())
                            continue;
                        const int score = it->second.score;
                        const Value scoreValue = score == Rating::NotApplicable
                                                     ? Value(Texts::tr("N/A"))
                                                 : score >= 1 ? number(score)
                                                              : Value();
                        sheet.rows.push_back({journey->name, stage.name, touchpoint.name,
                                              text(frameworkName(owners, rated.criterionId)),
                                              text(criterionName(project, rated.criterionId)),
                                              round->name, rater.name, scoreValue,
                                              text(it->second.note)});
                    }
                }
            }
        }
    }
    return sheet;
}

Sheet scoresSheet(const Project& project, Id roundId)
{
    Sheet sheet;
    sheet.name = Texts::tr("Scores");
    sheet.columns = {{Texts::tr("Journey")},
                     {Texts::tr("Round")},
                     {Texts::tr("Stage")},
                     {Texts::tr("Touchpoint")},
                     {Texts::tr("Framework")},
                     {Texts::tr("Criterion")},
                     {Texts::tr("Mean"), Kind::Decimal},
                     {Texts::tr("n"), Kind::Integer},
                     {Texts::tr("SD"), Kind::Decimal},
                     {Texts::tr("Min"), Kind::Integer},
                     {Texts::tr("Max"), Kind::Integer},
                     {Texts::tr("Target"), Kind::Decimal},
                     {Texts::tr("Gap"), Kind::Decimal}};
    const auto owners = frameworksOfCriteria(project);
    for (const Round* round : roundsOf(project, roundId)) {
        const Journey* journey = findJourney(project, round->journeyId);
        if (!journey)
            continue;
        const analysis::RoundResults results = analysis::computeRound(project, round->id);
        for (const Stage& stage : journey->stages) {
            for (const Touchpoint& touchpoint : stage.touchpoints) {
                for (const RoundCriterion& rated : round->criteria) {
                    const analysis::CellStats* cell =
                        results.cell(touchpoint.id, rated.criterionId);
                    if (!cell)
                        continue;
                    const bool scored = cell->hasMean();
                    const double target = targetFor(project, round->id, rated, touchpoint.id);
                    sheet.rows.push_back({journey->name, round->name, stage.name, touchpoint.name,
                                          text(frameworkName(owners, rated.criterionId)),
                                          text(criterionName(project, rated.criterionId)),
                                          figure(scored, cell->mean), number(cell->n),
                                          figure(cell->n >= 2, cell->sd), figure(scored, cell->min),
                                          figure(scored, cell->max), number(target),
                                          figure(scored, std::max(0.0, target - cell->mean))});
                }
            }
        }
    }
    return sheet;
}

Sheet weakSpotsSheet(const Project& project, Id roundId)
{
    Sheet sheet;
    sheet.name = Texts::tr("Weak spots");
    sheet.columns = {{Texts::tr("Rank"), Kind::Integer},
                     {Texts::tr("Journey")},
                     {Texts::tr("Round")},
                     {Texts::tr("Stage")},
                     {Texts::tr("Touchpoint")},
                     {Texts::tr("Framework")},
                     {Texts::tr("Criterion")},
                     {Texts::tr("n"), Kind::Integer},
                     {Texts::tr("Mean"), Kind::Decimal},
                     {Texts::tr("SD"), Kind::Decimal},
                     {Texts::tr("Target"), Kind::Decimal},
                     {Texts::tr("Gap"), Kind::Decimal},
                     {Texts::tr("Importance"), Kind::Integer},
                     {Texts::tr("Weight"), Kind::Decimal},
                     {Texts::tr("Priority"), Kind::Decimal},
                     {Texts::tr("Flags")},
                     {Texts::tr("Reason")}};
    std::vector<const Round*> rounds;
    if (roundId != NoId) {
        rounds = roundsOf(project, roundId);
    } else {
        for (const Journey& journey : project.journeys) {
            if (const Round* round = latestRound(project, journey.id))
                rounds.push_back(round);
        }
    }
    for (const Round* round : rounds) {
        const Journey* journey = findJourney(project, round->journeyId);
        if (!journey)
            continue;
        const auto spots = analysis::weakSpots(project, analysis::computeRound(project, round->id));
        int rank = 0;
        for (const analysis::WeakSpot& spot : spots) {
            const Stage* stage = findStage(project, spot.stage);
            const Touchpoint* touchpoint = findTouchpoint(project, spot.touchpoint);
            const Framework* framework = findFramework(project, spot.framework);
            sheet.rows.push_back(
                {number(++rank), journey->name, round->name, stage ? text(stage->name) : Value(),
                 touchpoint ? text(touchpoint->name) : Value(),
                 framework ? text(framework->name) : Value(),
                 text(criterionName(project, spot.criterion)), number(spot.n), number(spot.mean),
                 figure(spot.n >= 2, spot.sd), number(spot.target), number(spot.gap),
                 number(spot.importance), number(spot.weight), number(spot.priority),
                 text(analysis::flagNames(spot).join(QStringLiteral(", "))), text(spot.reason)});
        }
    }
    return sheet;
}

Sheet actionsSheet(const Project& project)
{
    Sheet sheet;
    sheet.name = Texts::tr("Actions");
    sheet.columns = {{Texts::tr("Title")},
                     {Texts::tr("Touchpoint")},
                     {Texts::tr("Criterion")},
                     {Texts::tr("Owner")},
                     {Texts::tr("Due"), Kind::Date},
                     {Texts::tr("Status")},
                     {Texts::tr("Impact"), Kind::Integer},
                     {Texts::tr("Effort"), Kind::Integer},
                     {Texts::tr("Description")}};
    for (const Action& action : project.actions) {
        const Touchpoint* touchpoint = findTouchpoint(project, action.touchpointId);
        sheet.rows.push_back({text(action.title), touchpoint ? text(touchpoint->name) : Value(),
                              text(criterionName(project, action.criterionId)), text(action.owner),
                              action.due.isValid() ? Value(action.due) : Value(),
                              actionStatusName(action.status), number(action.impact),
                              number(action.effort), text(action.description)});
    }
    return sheet;
}

Sheet metricsSheet(const Project& project)
{
    Sheet sheet;
    sheet.name = Texts::tr("Metrics");
    sheet.columns = {{Texts::tr("Journey")},
                     {Texts::tr("Stage")},
                     {Texts::tr("Touchpoint")},
                     {Texts::tr("Kind")},
                     {Texts::tr("Value"), Kind::Number},
                     {Texts::tr("Count"), Kind::Integer},
                     {Texts::tr("Scale")},
                     {Texts::tr("Date"), Kind::Date},
                     {Texts::tr("Note")}};
    for (const Metric& metric : project.metrics) {
        const Journey* journey = journeyOfTouchpoint(project, metric.touchpointId);
        const Touchpoint* touchpoint = findTouchpoint(project, metric.touchpointId);
        const Id stageId = ownerOf(project, EntityKind::Touchpoint, metric.touchpointId);
        const Stage* stage = findStage(project, stageId);
        sheet.rows.push_back(
            {journey ? text(journey->name) : Value(), stage ? text(stage->name) : Value(),
             touchpoint ? text(touchpoint->name) : Value(), metricKindName(metric.kind),
             number(metric.value), number(metric.count), text(metric.scale),
             metric.date.isValid() ? Value(metric.date) : Value(), text(metric.note)});
    }
    return sheet;
}

std::vector<Sheet> workbookSheets(const Project& project, Id roundId)
{
    std::vector<Sheet> sheets;
    sheets.push_back(ratingsSheet(project, roundId));
    sheets.push_back(scoresSheet(project, roundId));
    sheets.push_back(weakSpotsSheet(project, roundId));
    sheets.push_back(actionsSheet(project));
    sheets.push_back(metricsSheet(project));
    return sheets;
}

} // namespace js::xlsx
