#pragma once

#include "core/analysis/Insights.h"
#include "ui/report/AssessmentReport.h"
#include "ui/report/ReportFlow.h"

#include <QCoreApplication>

#include <optional>

namespace js {

struct Journey;
struct Round;
struct Stage;

// Builds the blocks of an AssessmentReport's flow, section by section. Its
// strings are the report's (one context for translators).
class ReportSections {
    Q_DECLARE_TR_FUNCTIONS(js::AssessmentReport)

public:
    explicit ReportSections(AssessmentReport& report);
    void build();

private:
    // ReportSections.cpp
    void cover();
    void contents();
    // ReportMapPages.cpp
    void mapPage();
    void mapInDetail();
    void insights();
    void heatmaps();
    // ReportSummary.cpp
    void summary();
    void summaryFigures();
    void topWeakSpots();
    void movements();
    // ReportStageSections.cpp
    void stages();
    void stagePage(const Stage& stage, size_t index);
    void stageScores(const Stage& stage);
    void stageNotes(const Stage& stage);
    void stageDisagreements(const Stage& stage);
    void actions();
    void appendix();

    // Adds a chart the report owns, painted at full width (or `width`) with
    // its own title, listed in the contents at level `entry` (0: not). It is
    // `pixelHeight` of the look high (0: its preferred height), scaled down
    // when that and `reserve` points would not fit on one page.
    // It shows `figures` when given, else the report's.
    void addChart(std::unique_ptr<InsightChart> chart, int entry = 2, double width = 0.0,
                  double pixelHeight = 0.0, double reserve = 0.0,
                  const analysis::Insights* figures = nullptr);
    report::Cell scoreCell(std::optional<double> mean, double target) const;
    report::Cell changeCell(const analysis::Delta* delta) const;
    QColor changeColor(double change) const;
    QString dateText(const QDate& date) const;
    // "1 touchpoint", "3 touchpoints": `one` or `many` (each with %1) by the count.
    static QString counted(int count, const QString& one, const QString& many);
    QString roundLine(const Round& round) const;
    QString stageName(Id stage) const;
    QString touchpointName(Id touchpoint) const;
    QString criterionName(Id criterion) const;
    // The weak spots of a stage's touchpoints.
    int weakSpotsIn(Id stage) const;
    // The mean of the targets of a stage's cells (every cell's for NoId).
    double meanTarget(Id stage) const;
    void caption(const QString& text);
    void notAssessed();

    AssessmentReport& m_report;
    const Project& m_project;
    const Journey* m_journey = nullptr;
    const Round* m_round = nullptr;
    const Round* m_compare = nullptr;
    const analysis::Insights& m_insights;
    report::ReportFlow& m_flow;
    const report::ReportStyle& m_style;
};

} // namespace js
