#include "ui/report/ReportSections.h"

#include "core/analysis/ScoreText.h"
#include "core/model/ProjectQueries.h"
#include "core/render/MapLayouter.h"
#include "core/render/MapPainter.h"
#include "core/render/PaperFont.h"
#include "ui/insights/ChartLook.h"
#include "ui/insights/HeatmapChart.h"
#include "ui/insights/ProfileChart.h"
#include "ui/insights/QuadrantsChart.h"
#include "ui/insights/RoomVsCustomersChart.h"
#include "ui/insights/TrendChart.h"
#include "ui/insights/WeakSpotsChart.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <set>

namespace js {

using namespace report;

namespace {

// Chart fonts are pixels of the look (11 at the smallest): at this scale
// they print at 7.7 pt on A4, and never below 7 pt.
constexpr double ChartScale = 0.7;
constexpr double SmallestChartScale = 7.0 / 11.0;

} // namespace

ReportSections::ReportSections(AssessmentReport& report)
    : m_report(report)
    , m_project(report.m_project)
    , m_journey(findJourney(report.m_project, report.m_journey))
    , m_round(findRound(report.m_project, report.m_round))
    , m_compare(findRound(report.m_project, report.m_compare))
    , m_insights(report.m_insights)
    , m_flow(*report.m_flow)
    , m_style(report.m_flow->style())
{}

void ReportSections::build()
{
    const QString left = m_journey && !m_project.name.isEmpty()
                             ? tr("%1 · %2").arg(m_project.name, m_journey->name)
                             : m_project.name;
    m_flow.setRunningHeader(left, tr("Assessment report"));
    cover();
    contents();
    summary();
    mapPage();
    insights();
    stages();
    actions();
    appendix();
}

// Helpers

QString ReportSections::counted(int count, const QString& one, const QString& many)
{
    return (count == 1 ? one : many).arg(QLocale().toString(count));
}

QString ReportSections::dateText(const QDate& date) const
{
    return date.isValid() ? QLocale().toString(date, tr("MMMM d, yyyy")) : tr("no date");
}

QString ReportSections::roundLine(const Round& round) const
{
    return tr("%1 (%2)").arg(quoted(round.name), dateText(round.date));
}

QString ReportSections::stageName(Id stage) const
{
    const analysis::InsightsStage* s = m_insights.stage(stage);
    return s ? s->name : displayName(m_project, EntityKind::Stage, stage);
}

QString ReportSections::touchpointName(Id touchpoint) const
{
    return displayName(m_project, EntityKind::Touchpoint, touchpoint);
}

QString ReportSections::criterionName(Id criterion) const
{
    return displayName(m_project, EntityKind::Criterion, criterion);
}

double ReportSections::meanTarget(Id stage) const
{
    double sum = 0.0;
    int cells = 0;
    for (const analysis::InsightsTouchpoint& tp : m_insights.touchpoints) {
        if (stage != NoId && tp.stage != stage)
            continue;
        for (const analysis::InsightsCriterion& c : m_insights.criteria) {
            sum += m_insights.targetOf(tp.id, c.id);
            ++cells;
        }
    }
    return cells > 0 ? sum / cells : DefaultTarget;
}

int ReportSections::weakSpotsIn(Id stage) const
{
    return int(std::count_if(m_insights.weakSpots.begin(), m_insights.weakSpots.end(),
                             [stage](const analysis::WeakSpot& s) { return s.stage == stage; }));
}

Cell ReportSections::scoreCell(std::optional<double> mean, double target) const
{
    if (!mean)
        return Cell(tr("–"));
    Cell cell(analysis::scoreText(*mean));
    cell.fill = m_style.heat.fill(*mean, target);
    return cell;
}

QColor ReportSections::changeColor(double change) const
{
    // As the change reads, to one decimal: "±0.0" is no rise.
    const double rounded = std::round(change * 10.0);
    return rounded > 0 ? m_style.better : rounded < 0 ? m_style.worse : m_style.muted;
}

Cell ReportSections::changeCell(const analysis::Delta* delta) const
{
    if (!delta)
        return Cell(tr("–"));
    // Beside its two scores, a change adds up as they read.
    const double change = analysis::shownChange(delta->before, delta->after);
    Cell cell(analysis::changeText(change));
    cell.color = changeColor(change);
    cell.bold = std::round(change * 10.0) != 0;
    return cell;
}

void ReportSections::caption(const QString& text)
{
    m_flow.addParagraph(text, m_style.small, m_style.muted);
}

void ReportSections::notAssessed()
{
    m_flow.addParagraph(
        m_round ? tr("Nobody has rated the round %1 yet. Rate the touchpoints in the Assess tab, "
                     "and this section fills in.")
                      .arg(quoted(m_round->name))
                : tr("This journey has not been assessed yet: no round of ratings exists for it. "
                     "Create a round in the Assess tab and rate the touchpoints, and this "
                     "section fills in."),
        m_style.body, m_style.muted);
}

void ReportSections::addChart(std::unique_ptr<InsightChart> chart, int entry, double width,
                              double pixelHeight, double reserve, const analysis::Insights* figures)
{
    chart->setInsights(figures ? figures : &m_insights);
    InsightChart* shown = chart.get();
    m_report.m_charts.push_back(std::move(chart));
    ChartLook look = ChartLook::light();
    for (QFont* font : {&look.titleFont, &look.labelFont, &look.smallFont, &look.valueFont})
        preferPlainGlyphs(*font);
    const double points = width > 0 ? width : m_flow.body().width();
    const double pixelsHigh = pixelHeight > 0 ? pixelHeight : shown->preferredSize(look).height();
    double scale = ChartScale * m_style.scale;
    const double room = m_flow.body().height() - reserve;
    if (pixelsHigh * scale > room)
        scale = std::max(SmallestChartScale, room / pixelsHigh);
    // Laid out as wide as the page allows at that scale: the chart's own
    // layout uses the room rather than being stretched into it.
    const double pixelsWide = points / scale;
    const double height = std::min(m_flow.body().height(), pixelsHigh * scale);
    if (entry > 0)
        m_flow.addContentsEntry(entry, shown->title());
    const QColor frame = m_style.rule;
    m_flow.addPicture(
        height,
        [shown, scale, pixelsWide, look, frame](QPainter& painter, const QRectF& rect) {
            painter.save();
            painter.translate(rect.topLeft());
            painter.scale(scale, scale);
            shown->paint(painter, QRectF(0, 0, pixelsWide, rect.height() / scale), look);
            painter.restore();
            painter.setPen(QPen(frame, 0.6));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(rect);
        },
        width);
}

// The cover

void ReportSections::cover()
{
    struct Detail {
        QString label;
        QString value;
    };
    std::vector<Detail> details;
    if (m_journey) {
        details.push_back({tr("Journey"), m_journey->name});
        if (const Persona* persona = findPersona(m_project, m_journey->personaId))
            details.push_back({tr("Persona"), persona->name});
    }
    if (m_round) {
        details.push_back({tr("Assessment round"), roundLine(*m_round)});
        details.push_back({tr("Raters"), counted(int(m_round->raters.size()), tr("%1 participant"),
                                                 tr("%1 participants"))});
    } else {
        details.push_back({tr("Assessment round"), tr("Not assessed yet")});
    }
    if (m_compare)
        details.push_back({tr("Compared with"), roundLine(*m_compare)});
    if (!m_report.m_consultant.isEmpty())
        details.push_back({tr("Prepared by"), m_report.m_consultant});
    details.push_back({tr("Date"), dateText(m_report.m_date)});

    const ReportStyle style = m_style;
    const QRectF printable = m_report.m_layout.paintRect(QPageLayout::Point);
    const QString kicker = tr("Customer experience assessment");
    const QString name = m_project.name.isEmpty() ? tr("Untitled project") : m_project.name;
    const QString client = m_project.client;
    const QString footer = tr("Prepared with Journeyscope");
    m_flow.addFullPage([=](QPainter& painter, const QRectF& paper) {
        const double s = style.scale;
        const double inset = std::max(printable.left() - paper.left(), 42.0 * s);
        const QRectF band(paper.left(), paper.top(), paper.width(), paper.height() * 0.42);
        painter.fillRect(band, style.accent);
        // The heat scale along the band's foot, from far below target to above it.
        const int steps = 48;
        const double stripHeight = 5 * s;
        for (int i = 0; i < steps; ++i) {
            const double score = 1.0 + 4.0 * (i + 0.5) / steps;
            const double w = band.width() / steps;
            painter.fillRect(QRectF(band.left() + i * w, band.bottom(), w + 0.3, stripHeight),
                             style.heat.fill(score, 4.0));
        }
        const double textWidth = band.width() - 2 * inset;
        QFont kickerFont = style.smallBold;
        kickerFont.setCapitalization(QFont::AllUppercase);
        kickerFont.setLetterSpacing(QFont::PercentageSpacing, 112);
        painter.setFont(kickerFont);
        painter.setPen(QColor(0xb7c9dd));
        painter.drawText(QPointF(band.left() + inset, band.top() + inset + 10 * s), kicker);

        // Name and client stand on the band's lower part, measured upwards.
        const QFontMetricsF nameMetrics(style.coverTitle);
        const QRectF nameBox =
            nameMetrics.boundingRect(QRectF(0, 0, textWidth, 1e6), Qt::TextWordWrap, name);
        const double clientHeight =
            client.isEmpty() ? 0.0 : QFontMetricsF(style.coverSubtitle).height() + 6 * s;
        double y = band.bottom() - inset * 0.8 - clientHeight - nameBox.height();
        painter.setFont(style.coverTitle);
        painter.setPen(style.accentText);
        painter.drawText(QRectF(band.left() + inset, y, textWidth, nameBox.height()),
                         Qt::AlignLeft | Qt::TextWordWrap, name);
        if (!client.isEmpty()) {
            painter.setFont(style.coverSubtitle);
            painter.setPen(QColor(0xdbe6f2));
            painter.drawText(
                QRectF(band.left() + inset, y + nameBox.height() + 6 * s, textWidth, clientHeight),
                Qt::AlignLeft | Qt::AlignTop, client);
        }

        // The details, label above value, in two columns.
        y = band.bottom() + stripHeight + 30 * s;
        const double column = textWidth / 2;
        const QFontMetricsF labelMetrics(style.smallBold);
        for (size_t i = 0; i < details.size(); ++i) {
            const double x = band.left() + inset + double(i % 2) * column;
            QFont labelFont = style.smallBold;
            labelFont.setCapitalization(QFont::AllUppercase);
            labelFont.setLetterSpacing(QFont::PercentageSpacing, 106);
            painter.setFont(labelFont);
            painter.setPen(style.muted);
            painter.drawText(QPointF(x, y + labelMetrics.ascent()), details[i].label);
            painter.setFont(style.body);
            painter.setPen(style.ink);
            const QRectF value(x, y + labelMetrics.height() + 3 * s, column - 16 * s, 40 * s);
            painter.drawText(value, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                             details[i].value);
            if (i % 2 == 1)
                y += 52 * s;
        }
        painter.setFont(style.small);
        painter.setPen(style.muted);
        painter.drawText(QPointF(band.left() + inset, printable.bottom()), footer);
    });
}

void ReportSections::contents()
{
    m_flow.addHeading(1, tr("Contents"), false);
    m_flow.addContents();
    m_flow.addPageBreak();
}

// The map and the charts

void ReportSections::heatmaps()
{
    // Room for the section's heading and introduction above the heatmap.
    const double reserve = 90 * m_style.scale;
    HeatmapChart whole;
    whole.setInsights(&m_insights);
    const double tallest = (m_flow.body().height() - reserve) / SmallestChartScale;
    if (whole.preferredSize(ChartLook::light()).height() <= tallest ||
        m_insights.stages.size() < 2) {
        addChart(std::make_unique<HeatmapChart>(), 2, 0.0, 0.0, reserve);
        return;
    }
    // Too many touchpoints for one page at a readable size: a heatmap per
    // stage, each saying in its subtitle which stage it shows.
    for (size_t i = 0; i < m_insights.stages.size(); ++i) {
        analysis::InsightsRequest request = m_insights.request;
        request.filter.stages = std::set<Id>{m_insights.stages[i].id};
        auto figures =
            std::make_unique<analysis::Insights>(analysis::computeInsights(m_project, request));
        addChart(std::make_unique<HeatmapChart>(), i == 0 ? 2 : 0, 0.0, 0.0, i == 0 ? reserve : 0.0,
                 figures.get());
        m_report.m_stageInsights.push_back(std::move(figures));
    }
}

void ReportSections::insights()
{
    m_flow.addHeading(1, tr("Insights"));
    if (!m_round || !m_insights.hasScores()) {
        notAssessed();
        m_flow.addPageBreak();
        return;
    }
    m_flow.addParagraph(
        tr("The charts of the Insights tab for %1, without filters.").arg(quoted(m_round->name)));
    heatmaps();
    caption(tr("Each cell is the raters' mean score on a criterion. Orange falls short of the "
               "target, blue exceeds it; a mark flags a cell where the raters disagree."));
    addChart(std::make_unique<WeakSpotsChart>());
    caption(tr("The weak spots with the highest priority, each bar the gap between the score and "
               "its target."));
    addChart(std::make_unique<QuadrantsChart>(), 2, 0.0, 400.0);
    caption(tr("Each touchpoint by how much it matters to the customer and how well it scores: "
               "important touchpoints that score low come first."));
    if (!m_insights.roomVs(analysis::defaultRoomVsKind(m_insights.roomVsCsat)).points.empty()) {
        addChart(std::make_unique<RoomVsCustomersChart>(), 2, 0.0, 440.0);
        caption(tr("Each touchpoint by the room's score and its customers' figure. Below the "
                   "agreement line the room rates a touchpoint higher than its customers do; a "
                   "hollow point rests on fewer than %n answers.",
                   nullptr, FewAnswers));
    }
    addChart(std::make_unique<ProfileChart>(), 2, 0.0, 420.0);
    caption(tr("The mean score of each stage beside the customer's emotion along the journey."));
    if (m_insights.hasComparison()) {
        addChart(std::make_unique<TrendChart>(), 2, 0.0, 480.0);
        caption(tr("Each stage and criterion before and after, with the change."));
    }
    m_flow.addPageBreak();
}

} // namespace js
