#include "ui/report/AssessmentReport.h"

#include "core/model/ProjectQueries.h"
#include "core/render/MapLayout.h"
#include "ui/insights/InsightChart.h"
#include "ui/report/ReportFlow.h"
#include "ui/report/ReportSections.h"

#include <QMarginsF>
#include <QPageSize>

namespace js {

namespace {

QPageLayout layoutOf(const exporting::ExportRequest& request)
{
    const double margin = std::max(0.0, request.marginMm);
    return QPageLayout(QPageSize(request.page),
                       request.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(margin, margin, margin, margin), QPageLayout::Millimeter);
}

Id latestRoundId(const Project& project, Id journey)
{
    const Round* latest = latestRound(project, journey);
    return latest ? latest->id : NoId;
}

} // namespace

AssessmentReport::AssessmentReport(const Project& project, const exporting::ExportRequest& request)
    : m_project(project)
    , m_layout(layoutOf(request))
    , m_consultant(request.consultant.trimmed())
    , m_date(QDate::currentDate())
{
    // A round asked for names its journey, unless the request names another.
    const Round* asked = findRound(m_project, request.roundId);
    if (findJourney(m_project, request.journeyId))
        m_journey = request.journeyId;
    else if (asked && findJourney(m_project, asked->journeyId))
        m_journey = asked->journeyId;
    else if (!m_project.journeys.empty())
        m_journey = m_project.journeys.front().id;
    m_round =
        asked && asked->journeyId == m_journey ? asked->id : latestRoundId(m_project, m_journey);
    m_compare = analysis::previousRound(m_project, m_round);

    if (m_round != NoId) {
        analysis::InsightsRequest figures;
        figures.round = m_round;
        figures.compareTo = m_compare;
        m_insights = analysis::computeInsights(m_project, figures);
    }

    const QRectF paper = m_layout.fullRect(QPageLayout::Point);
    const QRectF printable = m_layout.paintRect(QPageLayout::Point);
    m_flow = std::make_unique<report::ReportFlow>(report::ReportStyle::forPaper(paper.size()),
                                                  paper, printable);
    ReportSections(*this).build();
    m_flow->layOut();
}

AssessmentReport::~AssessmentReport() = default;

int AssessmentReport::pageCount() const
{
    return m_flow->pageCount();
}

void AssessmentReport::paintPage(QPainter& painter, int index) const
{
    m_flow->paintPage(painter, index);
}

QString AssessmentReport::title() const
{
    return m_project.name.isEmpty() ? tr("Assessment report")
                                    : tr("%1: assessment report").arg(m_project.name);
}

const std::vector<report::HeadingEntry>& AssessmentReport::contents() const
{
    return m_flow->headings();
}

} // namespace js
