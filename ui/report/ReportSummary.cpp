// The report's executive summary: the overall scores, the top weak spots
// with their reasons, and what moved since the round before.
#include "core/analysis/ScoreText.h"
#include "core/model/ProjectQueries.h"
#include "ui/report/ReportSections.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace js {

using namespace report;

namespace {

constexpr int TopWeakSpots = 6;
constexpr int TopMovements = 6;

} // namespace

void ReportSections::summary()
{
    m_flow.addHeading(1, tr("Executive summary"));
    if (!m_journey) {
        m_flow.addParagraph(tr("The project has no journey yet: draw one on the Map tab, and the "
                               "report describes it."));
        return;
    }
    if (!m_round) {
        m_flow.addParagraph(
            tr("This report describes the journey %1 as it is mapped: %2 in "
               "%3.")
                .arg(quoted(m_journey->name),
                     counted(int(touchpointIds(*m_journey).size()), tr("%1 touchpoint"),
                             tr("%1 touchpoints")),
                     counted(int(m_journey->stages.size()), tr("%1 stage"), tr("%1 stages"))));
        notAssessed();
        m_flow.addPageBreak();
        return;
    }
    QStringList frameworks;
    for (const analysis::InsightsCriterion& c : m_insights.criteria) {
        if (!frameworks.contains(c.frameworkName) && !c.frameworkName.isEmpty())
            frameworks << c.frameworkName;
    }
    QString intro =
        tr("This report sets out how the journey %1 scored in the round %2: %3 rated %4 against "
           "%5.")
            .arg(quoted(m_journey->name), roundLine(*m_round),
                 counted(int(m_round->raters.size()), tr("%1 participant"), tr("%1 participants")),
                 counted(int(m_insights.touchpoints.size()), tr("%1 touchpoint"),
                         tr("%1 touchpoints")),
                 QLocale().createSeparatedList(frameworks));
    if (m_compare)
        intro +=
            QLatin1Char(' ') +
            tr("The results are compared with the round before, %1.").arg(roundLine(*m_compare));
    m_flow.addParagraph(intro);
    if (!m_round->description.trimmed().isEmpty())
        m_flow.addParagraph(m_round->description.trimmed(), m_style.body, m_style.muted);
    if (!m_insights.hasScores()) {
        m_flow.addParagraph(tr("Nobody has rated this round yet, so there are no scores to "
                               "report."),
                            m_style.body, m_style.muted);
        m_flow.addPageBreak();
        return;
    }
    summaryFigures();
    topWeakSpots();
    movements();
    m_flow.addPageBreak();
}

void ReportSections::summaryFigures()
{
    const analysis::RollUp& journey = *m_insights.results.journey;
    const double target = meanTarget(NoId);
    std::vector<KeyFigure> figures;
    figures.push_back({analysis::scoreText(journey.score),
                       tr("Journey score, on a scale of 1 to 5"),
                       tr("Target %1").arg(analysis::scoreText(target)),
                       {}});
    if (m_insights.deltas && m_insights.deltas->journey) {
        const analysis::Delta& d = *m_insights.deltas->journey;
        const double change = analysis::shownChange(d.before, d.after);
        figures.push_back(
            {analysis::changeText(change), tr("Change since %1").arg(m_insights.beforeName),
             tr("From %1 to %2").arg(analysis::scoreText(d.before), analysis::scoreText(d.after)),
             changeColor(change)});
    } else {
        figures.push_back({tr("First"),
                           tr("Assessed round of this journey"),
                           tr("The next round shows what moved"),
                           {}});
    }
    const int discuss = int(std::count_if(m_insights.weakSpots.begin(), m_insights.weakSpots.end(),
                                          [](const analysis::WeakSpot& s) { return s.discuss; }));
    figures.push_back({QLocale().toString(qlonglong(m_insights.weakSpots.size())),
                       tr("Weak spots: scores below their target"),
                       tr("Of them, the raters disagree on %1").arg(QLocale().toString(discuss)),
                       m_style.worse});
    const analysis::Coverage& coverage = m_insights.results.coverage;
    figures.push_back(
        {QLocale().toString(journey.ratings),
         tr("Scores given"),
         tr("%1 of the cells rated")
             .arg(tr("%1%").arg(QLocale().toString(coverage.cellShare() * 100, 'f', 0))),
         {}});
    m_flow.addKeyFigures(std::move(figures));

    m_flow.addHeading(2, tr("Scores at a glance"));
    const bool compare = m_insights.deltas.has_value();
    std::vector<Column> columns{{tr("Stage"), 3.2},
                                {tr("Touchpoints"), 1.2, Qt::AlignRight},
                                {tr("Score"), 1, Qt::AlignRight},
                                {tr("Target"), 1, Qt::AlignRight}};
    if (compare) {
        columns.push_back({m_insights.beforeName, 1.6, Qt::AlignRight});
        columns.push_back({tr("Change"), 1, Qt::AlignRight});
    }
    columns.push_back({tr("Weak spots"), 1.2, Qt::AlignRight});
    std::vector<Row> rows;
    auto addRow = [&](const QString& name, const QString& count, const analysis::RollUp* rollUp,
                      double rowTarget, const analysis::Delta* delta, const QString& weak,
                      bool bold) {
        Row row{Cell(name), Cell(count),
                scoreCell(rollUp ? std::optional(rollUp->score) : std::nullopt, rowTarget),
                Cell(analysis::scoreText(rowTarget))};
        if (compare) {
            row.push_back(delta ? Cell(analysis::scoreText(delta->before)) : Cell(tr("–")));
            row.push_back(changeCell(delta));
        }
        row.push_back(Cell(weak));
        if (bold)
            row.front().bold = true;
        rows.push_back(std::move(row));
    };
    for (const analysis::InsightsStage& stage : m_insights.stages) {
        const analysis::Delta* delta = nullptr;
        if (compare) {
            auto it = m_insights.deltas->stages.find(stage.id);
            delta = it == m_insights.deltas->stages.end() ? nullptr : &it->second;
        }
        addRow(stage.name, QLocale().toString(qlonglong(stage.touchpoints.size())),
               analysis::findRollUp(m_insights.results.stages, stage.id), meanTarget(stage.id),
               delta, QLocale().toString(weakSpotsIn(stage.id)), false);
    }
    addRow(tr("Whole journey"), QLocale().toString(qlonglong(m_insights.touchpoints.size())),
           &journey, target,
           compare && m_insights.deltas->journey ? &*m_insights.deltas->journey : nullptr,
           QLocale().toString(qlonglong(m_insights.weakSpots.size())), true);
    m_flow.addTable(std::move(columns), std::move(rows));

    std::vector<Column> byFramework{{tr("Framework"), 3.2}, {tr("Score"), 1, Qt::AlignRight}};
    if (compare) {
        byFramework.push_back({m_insights.beforeName, 1.6, Qt::AlignRight});
        byFramework.push_back({tr("Change"), 1, Qt::AlignRight});
    }
    std::vector<Row> frameworkRows;
    for (const auto& [id, rollUp] : m_insights.results.frameworks) {
        const Framework* framework = findFramework(m_project, id);
        Row row{Cell(framework ? framework->name : tr("Other criteria")),
                scoreCell(rollUp.score, target)};
        if (compare) {
            auto it = m_insights.deltas->frameworks.find(id);
            const analysis::Delta* d =
                it == m_insights.deltas->frameworks.end() ? nullptr : &it->second;
            row.push_back(d ? Cell(analysis::scoreText(d->before)) : Cell(tr("–")));
            row.push_back(changeCell(d));
        }
        frameworkRows.push_back(std::move(row));
    }
    if (!frameworkRows.empty())
        m_flow.addTable(std::move(byFramework), std::move(frameworkRows));
}

void ReportSections::topWeakSpots()
{
    m_flow.addHeading(2, tr("Top weak spots"));
    if (m_insights.weakSpots.empty()) {
        m_flow.addParagraph(tr("Every touchpoint meets its targets on every criterion."));
        return;
    }
    m_flow.addParagraph(tr("The scores that fall furthest short of their targets where it "
                           "matters most: ranked by priority, the touchpoint's importance × the "
                           "criterion's weight × the gap to the target."));
    std::vector<Column> columns{{tr("#"), 0.45, Qt::AlignRight},
                                {tr("Touchpoint"), 3.2},
                                {tr("Criterion"), 1.6},
                                {tr("Score"), 0.9, Qt::AlignRight},
                                {tr("Priority"), 1.0, Qt::AlignRight},
                                {tr("Why it ranks here"), 4.6}};
    std::vector<Row> rows;
    const size_t count = std::min<size_t>(TopWeakSpots, m_insights.weakSpots.size());
    for (size_t i = 0; i < count; ++i) {
        const analysis::WeakSpot& spot = m_insights.weakSpots[i];
        Cell touchpoint(touchpointName(spot.touchpoint));
        touchpoint.bold = true;
        touchpoint.detail = stageName(spot.stage);
        Cell why(spot.reason);
        why.detail = analysis::flagNames(spot).join(tr(", "));
        rows.push_back({Cell(QLocale().toString(qlonglong(i + 1))), touchpoint,
                        Cell(criterionName(spot.criterion)), scoreCell(spot.mean, spot.target),
                        Cell(QLocale().toString(spot.priority, 'f', 1)), why});
    }
    m_flow.addTable(std::move(columns), std::move(rows));
}

void ReportSections::movements()
{
    if (!m_insights.deltas) {
        m_flow.addHeading(2, tr("Movements"));
        m_flow.addParagraph(tr("This is the first assessed round of the journey: the next round "
                               "shows what moved."));
        return;
    }
    m_flow.addHeading(2, tr("Biggest movements since %1").arg(m_insights.beforeName));
    std::vector<std::pair<Id, analysis::Delta>> moves(m_insights.deltas->touchpoints.begin(),
                                                      m_insights.deltas->touchpoints.end());
    // Moves as the report shows them: between the two rounded scores.
    const auto tenths = [](const analysis::Delta& delta) {
        return int(std::lround(analysis::shownChange(delta.before, delta.after) * 10));
    };
    std::stable_sort(moves.begin(), moves.end(), [&](const auto& a, const auto& b) {
        return std::abs(tenths(a.second)) > std::abs(tenths(b.second));
    });
    const int rises = int(std::count_if(moves.begin(), moves.end(),
                                        [&](const auto& m) { return tenths(m.second) > 0; }));
    const int falls = int(std::count_if(moves.begin(), moves.end(),
                                        [&](const auto& m) { return tenths(m.second) < 0; }));
    m_flow.addParagraph(
        tr("Compared like for like, over the %1 rated in both rounds, %2 rose and %3 fell.")
            .arg(counted(m_insights.matchedCells, tr("%1 score"), tr("%1 scores")),
                 counted(rises, tr("%1 touchpoint"), tr("%1 touchpoints")),
                 QLocale().toString(falls)));
    std::vector<Column> columns{{tr("Touchpoint"), 3.6},
                                {tr("Stage"), 1.8},
                                {m_insights.beforeName, 1.4, Qt::AlignRight},
                                {m_insights.afterName, 1.4, Qt::AlignRight},
                                {tr("Change"), 1.0, Qt::AlignRight}};
    // The biggest rises, then every fall worth a tenth (a board must see
    // what got worse even when it moved less); a tie with the last one shown
    // is shown too.
    std::vector<std::pair<Id, analysis::Delta>> chosen;
    for (const bool rising : {true, false}) {
        int shown = 0;
        int last = 0;
        for (const auto& move : moves) {
            const int step = tenths(move.second);
            if (step == 0 || (step > 0) != rising)
                continue;
            if (shown >= TopMovements && step != last)
                break;
            chosen.push_back(move);
            last = step;
            ++shown;
        }
    }
    std::vector<Row> rows;
    for (const auto& [id, delta] : chosen) {
        const analysis::InsightsTouchpoint* tp = m_insights.touchpoint(id);
        rows.push_back({Cell(touchpointName(id)), Cell(tp ? stageName(tp->stage) : QString()),
                        Cell(analysis::scoreText(delta.before)),
                        Cell(analysis::scoreText(delta.after)), changeCell(&delta)});
    }
    m_flow.addHeading(3, tr("The touchpoints that moved most"));
    if (rows.empty())
        m_flow.addParagraph(tr("No touchpoint moved by 0.1 or more."));
    else
        m_flow.addTable(std::move(columns), std::move(rows));

    std::vector<Row> criteria;
    for (const analysis::InsightsCriterion& c : m_insights.criteria) {
        const auto it = m_insights.deltas->criteria.find(c.id);
        if (it == m_insights.deltas->criteria.end())
            continue;
        criteria.push_back({Cell(c.name), Cell(c.frameworkName),
                            Cell(analysis::scoreText(it->second.before)),
                            Cell(analysis::scoreText(it->second.after)), changeCell(&it->second)});
    }
    if (criteria.empty())
        return;
    m_flow.addHeading(3, tr("Every criterion"));
    m_flow.addTable({{tr("Criterion"), 2.6},
                     {tr("Framework"), 2.8},
                     {m_insights.beforeName, 1.4, Qt::AlignRight},
                     {m_insights.afterName, 1.4, Qt::AlignRight},
                     {tr("Change"), 1.0, Qt::AlignRight}},
                    std::move(criteria));
}

} // namespace js
