// The report's sections after the charts: a page per stage, the action
// plan and the appendix of every rating.
#include "core/analysis/ScoreText.h"
#include "core/i18n/Language.h"
#include "core/model/ProjectQueries.h"
#include "ui/insights/RadarChart.h"
#include "ui/report/ReportSections.h"

#include <QLocale>

#include <algorithm>

namespace js {

using namespace report;

namespace {

// Of the body's width: on a landscape page the radar (as tall as its scale
// makes it, whatever its width) needs less of it.
constexpr double RadarWidth = 0.8;
constexpr double LandscapeRadarWidth = 0.5;

// Open actions first, then the finished, then the dropped.
int statusRank(ActionStatus status)
{
    switch (status) {
    case ActionStatus::InProgress:
        return 0;
    case ActionStatus::Planned:
        return 1;
    case ActionStatus::Done:
        return 2;
    case ActionStatus::Dropped:
        return 3;
    }
    return 4;
}

} // namespace

void ReportSections::stages()
{
    if (!m_journey || m_journey->stages.empty())
        return;
    m_flow.addHeading(1, tr("Stage by stage"));
    m_flow.addParagraph(m_round && m_insights.hasScores()
                            ? tr("A page for each stage of the journey: its touchpoints and "
                                 "their scores, the raters' notes, and the scores the raters "
                                 "disagreed on.")
                            : tr("A page for each stage of the journey and its touchpoints."));
    for (size_t i = 0; i < m_journey->stages.size(); ++i)
        stagePage(m_journey->stages[i], i);
    m_flow.addPageBreak();
}

void ReportSections::stagePage(const Stage& stage, size_t index)
{
    if (index > 0)
        m_flow.addPageBreak();
    m_flow.addHeading(2, stage.name.isEmpty() ? tr("Untitled stage") : stage.name);
    if (!stage.description.trimmed().isEmpty())
        m_flow.addParagraph(stage.description.trimmed(), m_style.body, m_style.muted);
    const bool scored = m_round && m_insights.hasScores();
    const analysis::RollUp* rollUp =
        scored ? analysis::findRollUp(m_insights.results.stages, stage.id) : nullptr;
    if (rollUp) {
        std::vector<KeyFigure> figures;
        figures.push_back({analysis::scoreText(rollUp->score),
                           tr("Stage score"),
                           counted(rollUp->ratings, tr("%1 score given"), tr("%1 scores given")),
                           {}});
        const analysis::Delta* delta = nullptr;
        if (m_insights.deltas) {
            auto it = m_insights.deltas->stages.find(stage.id);
            if (it != m_insights.deltas->stages.end())
                delta = &it->second;
        }
        if (delta)
            figures.push_back(
                {analysis::changeText(analysis::shownChange(delta->before, delta->after)),
                 tr("Change since %1").arg(m_insights.beforeName),
                 tr("From %1").arg(analysis::scoreText(delta->before)),
                 changeColor(analysis::shownChange(delta->before, delta->after))});
        figures.push_back({QLocale().toString(weakSpotsIn(stage.id)), tr("Weak spots"), {}, {}});
        int discuss = 0;
        for (const Touchpoint& tp : stage.touchpoints) {
            for (const analysis::InsightsCriterion& c : m_insights.criteria) {
                const analysis::CellStats* cell = m_insights.results.cell(tp.id, c.id);
                discuss += cell && cell->discuss ? 1 : 0;
            }
        }
        figures.push_back(
            {QLocale().toString(discuss), tr("Scores the raters disagreed on"), {}, {}});
        m_flow.addKeyFigures(std::move(figures));
    }

    m_flow.addHeading(3, tr("Touchpoints"));
    std::vector<Column> columns{
        {tr("Touchpoint"), 3.4}, {tr("Channel"), 1.4}, {tr("Importance"), 1.1, Qt::AlignRight}};
    if (scored) {
        columns.push_back({tr("Score"), 0.9, Qt::AlignRight});
        if (m_insights.deltas)
            columns.push_back({tr("Change"), 0.9, Qt::AlignRight});
        columns.push_back({tr("Weakest criterion"), 2.2});
    } else {
        columns.push_back({tr("Owner"), 2.0});
    }
    std::vector<Row> rows;
    for (const Touchpoint& tp : stage.touchpoints) {
        Cell name(tp.name);
        name.bold = true;
        if (scored && !tp.owner.isEmpty())
            name.detail = tr("Owner: %1").arg(tp.owner);
        Row row{name, Cell(channelName(tp.channel)),
                Cell(tr("%1 of 5").arg(QLocale().toString(tp.importance)))};
        if (scored) {
            const analysis::RollUp* score =
                analysis::findRollUp(m_insights.results.touchpoints, tp.id);
            double target = 0.0;
            int targets = 0;
            const analysis::InsightsCriterion* weakest = nullptr;
            double weakestMean = 6.0;
            for (const analysis::InsightsCriterion& c : m_insights.criteria) {
                target += m_insights.targetOf(tp.id, c.id);
                ++targets;
                const analysis::CellStats* cell = m_insights.results.cell(tp.id, c.id);
                if (cell && cell->hasMean() && cell->mean < weakestMean) {
                    weakestMean = cell->mean;
                    weakest = &c;
                }
            }
            row.push_back(scoreCell(score ? std::optional(score->score) : std::nullopt,
                                    targets ? target / targets : 4.0));
            if (m_insights.deltas) {
                auto it = m_insights.deltas->touchpoints.find(tp.id);
                row.push_back(
                    changeCell(it == m_insights.deltas->touchpoints.end() ? nullptr : &it->second));
            }
            row.push_back(
                weakest ? Cell(tr("%1 (%2)").arg(weakest->name, analysis::scoreText(weakestMean)))
                        : Cell(tr("–")));
        } else {
            row.push_back(Cell(tp.owner));
        }
        rows.push_back(std::move(row));
    }
    if (rows.empty())
        m_flow.addParagraph(tr("This stage has no touchpoints yet."), m_style.body, m_style.muted);
    else
        m_flow.addTable(std::move(columns), std::move(rows));

    if (!rollUp)
        return;
    if (m_insights.criteria.size() >= RadarChart::MinSpokes) {
        auto radar = std::make_unique<RadarChart>();
        radar->setSubject(RadarChart::Subject::Stage, stage.id);
        const QRectF body = m_flow.body();
        addChart(std::move(radar), 0,
                 body.width() * (body.width() > body.height() ? LandscapeRadarWidth : RadarWidth));
    }
    stageScores(stage);
    stageNotes(stage);
    stageDisagreements(stage);
}

void ReportSections::stageScores(const Stage& stage)
{
    // One table per framework, so that the criteria's names fit over their columns.
    std::vector<QString> frameworks;
    for (const analysis::InsightsCriterion& c : m_insights.criteria) {
        if (std::find(frameworks.begin(), frameworks.end(), c.frameworkName) == frameworks.end())
            frameworks.push_back(c.frameworkName);
    }
    for (const QString& framework : frameworks) {
        std::vector<const analysis::InsightsCriterion*> criteria;
        for (const analysis::InsightsCriterion& c : m_insights.criteria) {
            if (c.frameworkName == framework)
                criteria.push_back(&c);
        }
        m_flow.addHeading(3, framework.isEmpty() ? tr("Scores by criterion")
                                                 : tr("%1 scores by touchpoint").arg(framework));
        std::vector<Column> columns{{tr("Touchpoint"), 2.6}};
        for (const analysis::InsightsCriterion* c : criteria)
            columns.push_back({c->name, 1.25, Qt::AlignRight});
        std::vector<Row> rows;
        for (const Touchpoint& tp : stage.touchpoints) {
            Row row{Cell(tp.name)};
            for (const analysis::InsightsCriterion* c : criteria) {
                const analysis::CellStats* cell = m_insights.results.cell(tp.id, c->id);
                if (cell && !cell->hasMean() && cell->notApplicable > 0) {
                    row.push_back(Cell(tr("N/A")));
                    continue;
                }
                row.push_back(
                    scoreCell(cell && cell->hasMean() ? std::optional(cell->mean) : std::nullopt,
                              m_insights.targetOf(tp.id, c->id)));
            }
            rows.push_back(std::move(row));
        }
        m_flow.addTable(std::move(columns), std::move(rows));
    }
}

void ReportSections::stageNotes(const Stage& stage)
{
    std::vector<Row> rows;
    for (const Touchpoint& tp : stage.touchpoints) {
        for (const analysis::InsightsCriterion& c : m_insights.criteria) {
            for (const Rater& rater : m_round->raters) {
                auto it = m_project.ratings.find({m_round->id, rater.id, tp.id, c.id});
                if (it == m_project.ratings.end() || it->second.note.trimmed().isEmpty())
                    continue;
                const Rating& rating = it->second;
                Cell where(tp.name);
                where.detail = c.name;
                rows.push_back({where, Cell(rater.name),
                                Cell(rating.isScored() ? QLocale().toString(rating.score)
                                     : rating.score == Rating::NotApplicable ? tr("N/A")
                                                                             : tr("–")),
                                Cell(rating.note.trimmed())});
            }
        }
    }
    m_flow.addHeading(3, tr("Notes from the raters"));
    if (rows.empty()) {
        m_flow.addParagraph(tr("No notes were recorded for this stage."), m_style.body,
                            m_style.muted);
        return;
    }
    m_flow.addTable({{tr("Touchpoint and criterion"), 2.6},
                     {tr("Rater"), 1.5},
                     {tr("Score"), 0.7, Qt::AlignRight},
                     {tr("Note"), 5.2}},
                    std::move(rows));
}

void ReportSections::stageDisagreements(const Stage& stage)
{
    std::vector<Row> rows;
    for (const Touchpoint& tp : stage.touchpoints) {
        for (const analysis::InsightsCriterion& c : m_insights.criteria) {
            const analysis::CellStats* cell = m_insights.results.cell(tp.id, c.id);
            if (!cell || !cell->discuss)
                continue;
            QStringList scores;
            for (const Rater& rater : m_round->raters) {
                auto it = m_project.ratings.find({m_round->id, rater.id, tp.id, c.id});
                if (it != m_project.ratings.end() && it->second.isScored())
                    scores << tr("%1 %2").arg(rater.name, QLocale().toString(it->second.score));
            }
            rows.push_back({Cell(tp.name), Cell(c.name),
                            scoreCell(cell->mean, m_insights.targetOf(tp.id, c.id)),
                            Cell(QLocale().toString(cell->sd, 'f', 1)),
                            Cell(scores.join(tr(", ")))});
        }
    }
    m_flow.addHeading(3, tr("Where the raters disagree"));
    if (rows.empty()) {
        m_flow.addParagraph(tr("The raters broadly agreed on every score in this stage."),
                            m_style.body, m_style.muted);
        return;
    }
    caption(tr("Scores with a standard deviation of 1 or more among at least three raters: worth "
               "a conversation before acting on the mean."));
    m_flow.addTable({{tr("Touchpoint"), 2.4},
                     {tr("Criterion"), 1.5},
                     {tr("Mean"), 0.8, Qt::AlignRight},
                     {tr("Spread"), 0.9, Qt::AlignRight},
                     {tr("Scores by rater"), 4.4}},
                    std::move(rows));
}

void ReportSections::actions()
{
    m_flow.addHeading(1, tr("Action plan"));
    std::vector<const Action*> plan;
    for (const Action& action : m_project.actions) {
        const Journey* journey = journeyOfTouchpoint(m_project, action.touchpointId);
        if (action.touchpointId == NoId || (m_journey && journey == m_journey))
            plan.push_back(&action);
    }
    if (plan.empty()) {
        m_flow.addParagraph(tr("No actions are planned yet. Add them on the Actions tab for the "
                               "weak spots above."),
                            m_style.body, m_style.muted);
        m_flow.addPageBreak();
        return;
    }
    std::stable_sort(plan.begin(), plan.end(), [](const Action* a, const Action* b) {
        if (statusRank(a->status) != statusRank(b->status))
            return statusRank(a->status) < statusRank(b->status);
        if (a->due.isValid() != b->due.isValid())
            return a->due.isValid();
        return a->due < b->due;
    });
    int counts[ActionStatusCount] = {};
    for (const Action* action : plan)
        ++counts[int(action->status)];
    QStringList parts;
    for (int s = 0; s < ActionStatusCount; ++s) {
        if (counts[s] > 0)
            parts << tr("%1 %2").arg(QLocale().toString(counts[s]),
                                     language::inSentence(actionStatusName(ActionStatus(s))));
    }
    m_flow.addParagraph(tr("%1: %2. Impact and effort are the team's estimates, from 1 (least) "
                           "to 5 (most).")
                            .arg(counted(int(plan.size()), tr("%1 action"), tr("%1 actions")),
                                 QLocale().createSeparatedList(parts)));
    std::vector<Row> rows;
    for (const Action* action : plan) {
        Cell title(action->title);
        title.bold = true;
        title.detail = action->description.trimmed();
        Cell where(action->touchpointId != NoId ? touchpointName(action->touchpointId)
                                                : tr("The whole journey"));
        if (action->criterionId != NoId)
            where.detail = criterionName(action->criterionId);
        Cell status(actionStatusName(action->status));
        status.bold = action->status == ActionStatus::InProgress;
        rows.push_back(
            {title, where, Cell(action->owner),
             Cell(action->due.isValid() ? QLocale().toString(action->due, QLocale::ShortFormat)
                                        : tr("–")),
             status,
             Cell(tr("%1 / %2").arg(QLocale().toString(action->impact),
                                    QLocale().toString(action->effort)))});
    }
    m_flow.addTable({{tr("Action"), 4.6},
                     {tr("Touchpoint"), 2.0},
                     {tr("Owner"), 1.7},
                     {tr("Due"), 1.0},
                     {tr("Status"), 1.1},
                     {tr("Impact / effort"), 1.0, Qt::AlignRight}},
                    std::move(rows));
    m_flow.addPageBreak();
}

void ReportSections::appendix()
{
    m_flow.addHeading(1, tr("Appendix: every rating"));
    if (!m_round || !m_journey) {
        notAssessed();
        return;
    }
    m_flow.addParagraph(tr("Every score each rater gave in %1, framework by framework. N/A: "
                           "the rater judged the criterion not to apply; a dash: not rated.")
                            .arg(quoted(m_round->name)));
    std::vector<QString> frameworks;
    for (const analysis::InsightsCriterion& c : m_insights.criteria) {
        if (std::find(frameworks.begin(), frameworks.end(), c.frameworkName) == frameworks.end())
            frameworks.push_back(c.frameworkName);
    }
    for (const Rater& rater : m_round->raters) {
        m_flow.addHeading(2, rater.role.isEmpty() ? rater.name
                                                  : tr("%1, %2").arg(rater.name, rater.role));
        for (const QString& framework : frameworks) {
            std::vector<Column> columns{{tr("Touchpoint"), 2.6}};
            std::vector<const analysis::InsightsCriterion*> criteria;
            for (const analysis::InsightsCriterion& c : m_insights.criteria) {
                if (c.frameworkName == framework) {
                    criteria.push_back(&c);
                    columns.push_back({c.name, 1.25, Qt::AlignRight});
                }
            }
            // The header row names the rater, as it repeats on the next page.
            columns.front().title =
                framework.isEmpty() ? rater.name : tr("%1 · %2").arg(rater.name, framework);
            std::vector<Row> rows;
            for (const analysis::InsightsTouchpoint& tp : m_insights.touchpoints) {
                Row row{Cell(tp.name)};
                for (const analysis::InsightsCriterion* c : criteria) {
                    auto it = m_project.ratings.find({m_round->id, rater.id, tp.id, c->id});
                    if (it == m_project.ratings.end() || it->second.score == Rating::NotRated) {
                        row.push_back(Cell(tr("–")));
                    } else if (it->second.score == Rating::NotApplicable) {
                        row.push_back(Cell(tr("N/A")));
                    } else {
                        Cell score(QLocale().toString(it->second.score));
                        score.fill =
                            m_style.heat.fill(it->second.score, m_insights.targetOf(tp.id, c->id));
                        row.push_back(score);
                    }
                }
                rows.push_back(std::move(row));
            }
            m_flow.addTable(std::move(columns), std::move(rows));
        }
    }
}

} // namespace js
