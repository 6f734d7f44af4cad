#pragma once

#include "core/analysis/Insights.h"
#include "core/model/Project.h"
#include "core/render/PagedDocument.h"
#include "ui/report/Exporter.h"

#include <QCoreApplication>
#include <QDate>
#include <QPageLayout>

#include <memory>
#include <vector>

namespace js {

class InsightChart;
struct MapLayout;

namespace report {
class ReportFlow;
struct HeadingEntry;
} // namespace report

// The assessment report for the board: a cover, the contents, an executive
// summary (overall scores, the top weak spots and why, the biggest moves
// since the round before), the journey map, the Insights charts, a page per
// stage, the action plan and every rating per rater. Laid out whole when
// made; its pages then paint in any order, into a PDF or a preview.
//
// The journey is the request's, else the project's first; the round is the
// request's, else the journey's latest by date; it is compared with the
// journey's round before it. A journey without a round still gets its map,
// its stages and its actions, and says it has not been assessed yet.
class AssessmentReport : public PagedDocument {
    Q_DECLARE_TR_FUNCTIONS(js::AssessmentReport)

public:
    // Keeps its own copy of the project: the report stays as it was made
    // while the document goes on changing.
    AssessmentReport(const Project& project, const exporting::ExportRequest& request);
    ~AssessmentReport() override;
    AssessmentReport(const AssessmentReport&) = delete;
    AssessmentReport& operator=(const AssessmentReport&) = delete;

    QPageLayout pageLayout() const override { return m_layout; }
    int pageCount() const override;
    void paintPage(QPainter& painter, int index) const override;
    QString title() const override;

    // What the report is about, once resolved; NoId for none.
    Id journeyId() const { return m_journey; }
    Id roundId() const { return m_round; }
    Id comparedRoundId() const { return m_compare; }
    // The table of contents: every listed heading with its page (from 0).
    const std::vector<report::HeadingEntry>& contents() const;
    const report::ReportFlow& flow() const { return *m_flow; }

private:
    Project m_project;
    QPageLayout m_layout;
    Id m_journey = NoId;
    Id m_round = NoId;
    Id m_compare = NoId;
    QString m_consultant;
    QDate m_date;
    analysis::Insights m_insights;
    // A stage's own figures, for a heatmap too tall for one page.
    std::vector<std::unique_ptr<analysis::Insights>> m_stageInsights;
    // What the pictures paint, kept for as long as pages are painted.
    std::vector<std::unique_ptr<InsightChart>> m_charts;
    std::unique_ptr<MapLayout> m_map; // with every word, as on the poster
    std::unique_ptr<report::ReportFlow> m_flow;

    friend class ReportSections;
};

} // namespace js
