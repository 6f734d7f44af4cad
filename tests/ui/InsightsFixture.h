#pragma once

#include "AnalysisProject.h"
#include "core/document/ProjectDocument.h"
#include "ui/assess/AssessmentContext.h"
#include "ui/insights/ChartView.h"
#include "ui/insights/InsightChart.h"
#include "ui/insights/InsightsDashboard.h"
#include "ui/insights/InsightsTab.h"
#include "ui/mainwindow/SelectionModel.h"

#include <QApplication>
#include <QSettings>
#include <QTest>

#include <gtest/gtest.h>
#include <memory>

namespace js::test {

// The Insights tab, shown, on the small analysis project with known numbers
// (AnalysisProject::rated(), see there) and a second round to compare it with:
//
//   round "Follow-up" (400, 2026-06-01), the same criteria, weights and
//   targets, rated by Ina (401) and Jon (402):
//            Trust          Relevance    Clarity
//   Ad       4 4 → 4        -            -
//   Checkout 2 2 → 2        -            -
//
// The tab shows the baseline round (300) compared with nothing (it is the
// first); tests pick the follow-up where they need a comparison.
class InsightsTest : public ::testing::Test {
protected:
    static constexpr Id FollowUp = 400;
    static constexpr Id Ina = 401;
    static constexpr Id Jon = 402;
    using P = AnalysisProject;

    static Project sampleProject()
    {
        AnalysisProject p = AnalysisProject::rated();
        Round followUp = p.project.rounds.front();
        followUp.id = FollowUp;
        followUp.name = QStringLiteral("Follow-up");
        followUp.date = QDate(2026, 6, 1);
        followUp.raters = {{Ina, QStringLiteral("Ina"), {}}, {Jon, QStringLiteral("Jon"), {}}};
        p.project.rounds.push_back(followUp);
        for (Id rater : {Ina, Jon}) {
            p.rate(rater, P::Ad, P::Trust, 4, FollowUp);
            p.rate(rater, P::Checkout, P::Trust, 2, FollowUp);
        }
        return p.project;
    }

    void SetUp() override
    {
        QSettings().remove(QStringLiteral("insights"));
        document = std::make_unique<ProjectDocument>(sampleProject());
        selection = std::make_unique<SelectionModel>(document.get());
        context = std::make_unique<AssessmentContext>(document.get());
        context->setRound(P::Round);
        tab = std::make_unique<InsightsTab>(document.get(), selection.get(), context.get());
        tab->setProjectKey(QStringLiteral("/tmp/insights-test.journey"));
        tab->resize(1400, 900);
        tab->show();
        settle();
    }

    void TearDown() override
    {
        tab.reset();
        context.reset();
        selection.reset();
        document.reset();
        QSettings().remove(QStringLiteral("insights"));
    }

    // Lets the deferred refresh run and the layout settle.
    void settle()
    {
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents();
        tab->refreshNow();
    }

    ChartView* view(const char* key) const
    {
        return tab->dashboard()->chart(QString::fromLatin1(key));
    }
    template <typename Chart> Chart* chart(const char* key) const
    {
        return dynamic_cast<Chart*>(view(key)->chart());
    }
    // Shows a round in the tab (as the round box does).
    void showRound(Id round)
    {
        context->setRound(round);
        settle();
    }
    // Clicks a chart's view at a point in its coordinates.
    void click(ChartView* chartView, const QPointF& at)
    {
        QTest::mouseClick(chartView, Qt::LeftButton, {}, at.toPoint());
        settle();
    }
    Id selectedTouchpoint() const
    {
        const Selection current = selection->current();
        return current.kind == EntityKind::Touchpoint ? current.id : NoId;
    }

    std::unique_ptr<ProjectDocument> document;
    std::unique_ptr<SelectionModel> selection;
    std::unique_ptr<AssessmentContext> context;
    std::unique_ptr<InsightsTab> tab;
};

} // namespace js::test
