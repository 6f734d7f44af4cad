#pragma once

#include "core/analysis/Insights.h"

#include <QStringList>
#include <QWidget>

#include <vector>

class QComboBox;
class QGridLayout;
class QLabel;

namespace js {

class ChartView;
class RadarChart;
class RoomVsCustomersChart;
class SelectionModel;
class WeakSpotTable;

// The charts of the Insights tab, laid out as cards: two columns on a wide
// screen, one on a projector. Shows the figures it is given; which charts
// are shown, and what the radar shows, can be changed.
class InsightsDashboard : public QWidget {
    Q_OBJECT

public:
    explicit InsightsDashboard(SelectionModel* selection, QWidget* parent = nullptr);

    // The charts in the order of the dashboard.
    const std::vector<ChartView*>& charts() const { return m_charts; }
    ChartView* chart(const QString& key) const;
    WeakSpotTable* weakSpotTable() const { return m_table; }
    RadarChart* radar() const;
    QComboBox* radarMode() const { return m_radarMode; }
    QComboBox* radarStage() const { return m_radarStage; }

    // New figures for every chart.
    void setInsights(const analysis::Insights* insights);
    // The window's selected touchpoint (NoId for none), drawn highlighted; the
    // radar follows it when it shows a touchpoint.
    void setSelectedTouchpoint(Id touchpoint);

    // The charts switched off, by key.
    QStringList hiddenCharts() const;
    void setHiddenCharts(const QStringList& keys);
    static QStringList chartKeys();
    static QString chartTitle(const QString& key);

    // Where the quadrants split performance: 0 the scale's middle, 1 the
    // targets, 2 the means of the points (analysis::QuadrantSplit).
    analysis::QuadrantSplit quadrantSplit() const;
    void setQuadrantSplit(analysis::QuadrantSplit split);
    QComboBox* quadrantSplitBox() const { return m_quadrantSplit; }

    // The customers' figures changed in the figures given, nothing else did.
    void roomVsCustomersChanged();
    // The customer figure the room is compared with: CSAT or NPS.
    RoomVsCustomersChart* roomVsCustomers() const;
    QComboBox* roomVsKindBox() const { return m_roomVsKind; }

    bool radarByStage() const;
    Id radarStageId() const;
    void setRadar(bool byStage, Id stage);

Q_SIGNALS:
    // The shown charts or the radar's subject changed (to be remembered).
    void choiceChanged();
    // The quadrants are to be split elsewhere: the figures must follow.
    void quadrantSplitChanged();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* card(QWidget* content, QWidget* controls = nullptr);
    QWidget* radarControls();
    QWidget* quadrantControls();
    QWidget* roomVsControls();
    void showRoomVsKind();
    void fillRadarStages();
    void updateRadarSubject();
    void arrange();

    SelectionModel* m_selection;
    const analysis::Insights* m_insights = nullptr;
    Id m_selected = NoId;
    std::vector<ChartView*> m_charts;
    std::vector<QWidget*> m_cards; // per chart, then the table's
    QWidget* m_tableCard = nullptr;
    WeakSpotTable* m_table = nullptr;
    QComboBox* m_radarMode = nullptr;
    QComboBox* m_radarStage = nullptr;
    QComboBox* m_quadrantSplit = nullptr;
    QComboBox* m_roomVsKind = nullptr;
    QGridLayout* m_grid = nullptr;
    QLabel* m_allHidden = nullptr;
    int m_columns = 0;
    bool m_filling = false;
};

} // namespace js
