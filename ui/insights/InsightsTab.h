#pragma once

#include "core/analysis/Insights.h"
#include "ui/insights/InsightsSettings.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QScrollArea;
class QToolButton;

namespace js {

class AssessmentContext;
class FilterButton;
class InsightsDashboard;
class ProjectDocument;
class SelectionModel;
struct ChangeEvent;

// The Insights tab: the filters on top (round, compare-to round, frameworks,
// raters, stages, and which charts to show) apply to every chart of the
// dashboard below. The round is the window's (AssessmentContext), so the
// grid, the map and the charts agree. Figures are computed once per change
// of the document that can move them, and only while the tab is shown; the
// filters and the charts chosen are remembered per project.
class InsightsTab : public QWidget {
    Q_OBJECT

public:
    InsightsTab(ProjectDocument* document, SelectionModel* selection, AssessmentContext* context,
                QWidget* parent = nullptr);

    // The key the choices are remembered under (the project's file); they
    // are loaded when it is set.
    void setProjectKey(const QString& key);
    // The project was saved under another name: the choices go along.
    void moveProjectKey(const QString& key);

    InsightsDashboard* dashboard() const { return m_dashboard; }
    const analysis::Insights& insights() const { return m_insights; }
    const analysis::InsightsRequest& request() const { return m_request; }
    QComboBox* roundBox() const { return m_rounds; }
    QComboBox* compareBox() const { return m_compare; }
    FilterButton* frameworkFilter() const { return m_frameworks; }
    FilterButton* raterFilter() const { return m_raters; }
    FilterButton* stageFilter() const { return m_stages; }
    // How many times the figures were computed (for tests and benchmarks).
    int refreshCount() const { return m_refreshes; }

    // Computes the figures now if a change is waiting (for tests).
    void refreshNow();
    // Lets every framework, rater and stage through again.
    void clearFilters();

Q_SIGNALS:
    void assessRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createFilterBar();
    QToolButton* createChartsButton();
    void documentChanged(const ChangeEvent& event);
    void metricsChanged();
    void projectReset();
    void fillRounds();
    void fillCompare();
    void fillFilters();
    void roundChosen();
    void compareChosen();
    void filtersChosen();
    void contextRoundChanged(Id round);
    void scheduleRefresh();
    void refresh();
    void updateBanner();
    void keepInSight(Id touchpoint);
    void remember();
    void applySettings();

    ProjectDocument* m_document;
    SelectionModel* m_selection;
    AssessmentContext* m_context;
    QString m_projectKey;
    InsightsSettings m_settings;
    analysis::InsightsRequest m_request;
    analysis::Insights m_insights;
    QComboBox* m_rounds = nullptr;
    QComboBox* m_compare = nullptr;
    FilterButton* m_frameworks = nullptr;
    FilterButton* m_raters = nullptr;
    FilterButton* m_stages = nullptr;
    QToolButton* m_chartsButton = nullptr;
    QWidget* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QWidget* m_toAssess = nullptr;
    QWidget* m_showEverything = nullptr;
    QScrollArea* m_scroll = nullptr;
    InsightsDashboard* m_dashboard = nullptr;
    bool m_dirty = true;
    bool m_scheduled = false;
    bool m_filling = false;
    int m_refreshes = 0;
};

} // namespace js
