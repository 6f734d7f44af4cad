#include "ui/insights/InsightsDashboard.h"

#include "ui/insights/ChartCatalog.h"
#include "ui/insights/ChartView.h"
#include "ui/insights/HeatmapChart.h"
#include "ui/insights/ProfileChart.h"
#include "ui/insights/QuadrantsChart.h"
#include "ui/insights/RadarChart.h"
#include "ui/insights/RoomVsCustomersChart.h"
#include "ui/insights/TrendChart.h"
#include "ui/insights/WeakSpotTable.h"
#include "ui/insights/WeakSpotsChart.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace js {

namespace {

const QString TableKey = QStringLiteral("weakspot-table");

// Wider than this, the cards stand in two columns.
constexpr int TwoColumnsFrom = 1100;

} // namespace

InsightsDashboard::InsightsDashboard(SelectionModel* selection, QWidget* parent)
    : QWidget(parent)
    , m_selection(selection)
{
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(12, 12, 12, 12);
    m_grid->setSpacing(12);

    for (const QString& key : chartCatalog()) {
        auto* view = new ChartView(makeChart(key), selection);
        m_charts.push_back(view);
        QWidget* controls = key == QLatin1String("radar")             ? radarControls()
                            : key == QLatin1String("quadrants")       ? quadrantControls()
                            : key == QLatin1String("roomvscustomers") ? roomVsControls()
                                                                      : nullptr;
        m_cards.push_back(card(view, controls));
    }
    m_table = new WeakSpotTable(selection);
    m_table->setObjectName(TableKey);
    auto* tableBox = new QWidget;
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    auto* tableTitle = new QLabel(tr("All weak spots"));
    QFont bold = tableTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    tableTitle->setFont(bold);
    tableTitle->setContentsMargins(12, 10, 12, 0);
    tableLayout->addWidget(tableTitle);
    tableLayout->addWidget(m_table);
    m_tableCard = card(tableBox);
    m_allHidden = new QLabel(tr("Every chart is switched off. Choose the ones to show with "
                                "Charts, at the top right."));
    m_allHidden->setObjectName(QStringLiteral("allChartsHidden"));
    m_allHidden->setAlignment(Qt::AlignCenter);
    m_allHidden->setWordWrap(true);
    m_allHidden->setMinimumHeight(160);
    arrange();
}

QWidget* InsightsDashboard::card(QWidget* content, QWidget* controls)
{
    auto* frame = new QFrame;
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setObjectName(content->objectName() + QStringLiteral("-card"));
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    if (controls)
        layout->addWidget(controls);
    layout->addWidget(content);
    return frame;
}

QWidget* InsightsDashboard::radarControls()
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(12, 8, 12, 0);
    m_radarMode = new QComboBox;
    m_radarMode->setObjectName(QStringLiteral("radarMode"));
    m_radarMode->addItem(tr("The selected touchpoint"));
    m_radarMode->addItem(tr("A stage"));
    m_radarStage = new QComboBox;
    m_radarStage->setObjectName(QStringLiteral("radarStage"));
    m_radarStage->setEnabled(false);
    auto* label = new QLabel(tr("Show"));
    label->setBuddy(m_radarMode);
    layout->addWidget(label);
    layout->addWidget(m_radarMode);
    layout->addWidget(m_radarStage, 1);
    connect(m_radarMode, &QComboBox::currentIndexChanged, this, [this] {
        m_radarStage->setEnabled(radarByStage());
        updateRadarSubject();
        if (!m_filling)
            Q_EMIT choiceChanged();
    });
    connect(m_radarStage, &QComboBox::currentIndexChanged, this, [this] {
        updateRadarSubject();
        if (!m_filling)
            Q_EMIT choiceChanged();
    });
    return row;
}

QWidget* InsightsDashboard::quadrantControls()
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(12, 8, 12, 0);
    m_quadrantSplit = new QComboBox;
    m_quadrantSplit->setObjectName(QStringLiteral("quadrantSplit"));
    m_quadrantSplit->addItem(tr("The middle of the scale (3)"),
                             int(analysis::QuadrantSplit::ScaleMidpoints));
    m_quadrantSplit->addItem(tr("The targets"), int(analysis::QuadrantSplit::Targets));
    m_quadrantSplit->addItem(tr("The means of the touchpoints"),
                             int(analysis::QuadrantSplit::DataMeans));
    auto* label = new QLabel(tr("Split at"));
    label->setBuddy(m_quadrantSplit);
    layout->addWidget(label);
    layout->addWidget(m_quadrantSplit);
    layout->addStretch(1);
    connect(m_quadrantSplit, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        Q_EMIT quadrantSplitChanged();
        Q_EMIT choiceChanged();
    });
    return row;
}

QWidget* InsightsDashboard::roomVsControls()
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(12, 8, 12, 0);
    m_roomVsKind = new QComboBox;
    m_roomVsKind->setObjectName(QStringLiteral("roomVsKind"));
    m_roomVsKind->addItem(tr("CSAT"), int(MetricKind::Csat));
    m_roomVsKind->addItem(tr("NPS"), int(MetricKind::Nps));
    auto* label = new QLabel(tr("Compare with the customers'"));
    label->setBuddy(m_roomVsKind);
    layout->addWidget(label);
    layout->addWidget(m_roomVsKind);
    layout->addStretch(1);
    connect(m_roomVsKind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        roomVsCustomers()->setKind(MetricKind(m_roomVsKind->currentData().toInt()));
        chart(QStringLiteral("roomvscustomers"))->chartChanged();
    });
    return row;
}

RoomVsCustomersChart* InsightsDashboard::roomVsCustomers() const
{
    return static_cast<RoomVsCustomersChart*>(chart(QStringLiteral("roomvscustomers"))->chart());
}

void InsightsDashboard::roomVsCustomersChanged()
{
    roomVsCustomers()->setInsights(m_insights);
    chart(QStringLiteral("roomvscustomers"))->chartChanged();
    showRoomVsKind();
}

// The box shows what the chart compares with: until the user chooses, that
// follows the figures (CSAT when there is any).
void InsightsDashboard::showRoomVsKind()
{
    m_filling = true;
    const int at = m_roomVsKind->findData(int(roomVsCustomers()->kind()));
    m_roomVsKind->setCurrentIndex(std::max(at, 0));
    m_filling = false;
}

analysis::QuadrantSplit InsightsDashboard::quadrantSplit() const
{
    return analysis::QuadrantSplit(m_quadrantSplit->currentData().toInt());
}

void InsightsDashboard::setQuadrantSplit(analysis::QuadrantSplit split)
{
    m_filling = true;
    const int at = m_quadrantSplit->findData(int(split));
    m_quadrantSplit->setCurrentIndex(std::max(at, 0));
    m_filling = false;
}

ChartView* InsightsDashboard::chart(const QString& key) const
{
    for (ChartView* view : m_charts) {
        if (view->chart()->key() == key)
            return view;
    }
    return nullptr;
}

RadarChart* InsightsDashboard::radar() const
{
    return static_cast<RadarChart*>(chart(QStringLiteral("radar"))->chart());
}

QStringList InsightsDashboard::chartKeys()
{
    return {
        QStringLiteral("heatmap"), QStringLiteral("weakspots"), TableKey,
        QStringLiteral("radar"),   QStringLiteral("quadrants"), QStringLiteral("roomvscustomers"),
        QStringLiteral("profile"), QStringLiteral("trend")};
}

QString InsightsDashboard::chartTitle(const QString& key)
{
    if (key == QLatin1String("heatmap"))
        return tr("Heatmap");
    if (key == QLatin1String("weakspots"))
        return tr("Top weak spots");
    if (key == TableKey)
        return tr("Table of weak spots");
    if (key == QLatin1String("radar"))
        return tr("Radar");
    if (key == QLatin1String("quadrants"))
        return tr("Importance and performance");
    if (key == QLatin1String("roomvscustomers"))
        return tr("The room and its customers");
    if (key == QLatin1String("profile"))
        return tr("Journey profile");
    if (key == QLatin1String("trend"))
        return tr("Round over round");
    return key;
}

void InsightsDashboard::setInsights(const analysis::Insights* insights)
{
    m_insights = insights;
    fillRadarStages();
    updateRadarSubject();
    for (ChartView* view : m_charts) {
        view->chart()->setInsights(insights);
        view->chartChanged();
    }
    m_table->setInsights(insights);
    showRoomVsKind();
}

void InsightsDashboard::setSelectedTouchpoint(Id touchpoint)
{
    m_selected = touchpoint;
    for (ChartView* view : m_charts) {
        view->chart()->setSelectedTouchpoint(touchpoint);
        view->update();
    }
    updateRadarSubject();
}

void InsightsDashboard::fillRadarStages()
{
    const Id before = radarStageId();
    m_filling = true;
    m_radarStage->clear();
    if (m_insights) {
        for (const analysis::InsightsStage& stage : m_insights->stages)
            m_radarStage->addItem(stage.name, QVariant::fromValue(stage.id));
    }
    const int at = m_radarStage->findData(QVariant::fromValue(before));
    m_radarStage->setCurrentIndex(std::max(at, 0));
    m_filling = false;
}

bool InsightsDashboard::radarByStage() const
{
    return m_radarMode->currentIndex() == 1;
}

Id InsightsDashboard::radarStageId() const
{
    return m_radarStage->currentData().value<Id>();
}

void InsightsDashboard::setRadar(bool byStage, Id stage)
{
    m_filling = true;
    m_radarMode->setCurrentIndex(byStage ? 1 : 0);
    const int at = m_radarStage->findData(QVariant::fromValue(stage));
    if (at >= 0)
        m_radarStage->setCurrentIndex(at);
    else if (stage != NoId)
        m_radarStage->addItem(QString(), QVariant::fromValue(stage)); // until the figures come
    m_filling = false;
    updateRadarSubject();
}

void InsightsDashboard::updateRadarSubject()
{
    RadarChart* chart = radar();
    if (radarByStage()) {
        chart->setSubject(RadarChart::Subject::Stage, radarStageId());
    } else {
        // The selected touchpoint; when none is (or the filters leave it
        // out), the weakest, and the radar says so.
        Id touchpoint = m_selected;
        QString note;
        if (m_insights && !m_insights->touchpoint(touchpoint)) {
            touchpoint =
                m_insights->weakSpots.empty() ? NoId : m_insights->weakSpots.front().touchpoint;
            if (touchpoint != NoId)
                note = m_selected == NoId
                           ? tr("No touchpoint selected: the weakest")
                           : tr("The selected touchpoint is not in this round or the filters: "
                                "the weakest");
        }
        chart->setSubject(RadarChart::Subject::Touchpoint, touchpoint, note);
    }
    chart->setSelectedTouchpoint(m_selected);
    this->chart(QStringLiteral("radar"))->update();
}

QStringList InsightsDashboard::hiddenCharts() const
{
    QStringList keys;
    for (size_t i = 0; i < m_charts.size(); ++i) {
        if (m_cards[i]->isHidden())
            keys << m_charts[i]->chart()->key();
    }
    if (m_tableCard->isHidden())
        keys << TableKey;
    return keys;
}

void InsightsDashboard::setHiddenCharts(const QStringList& keys)
{
    for (size_t i = 0; i < m_charts.size(); ++i)
        m_cards[i]->setHidden(keys.contains(m_charts[i]->chart()->key()));
    m_tableCard->setHidden(keys.contains(TableKey));
    arrange();
}

void InsightsDashboard::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const int columns = event->size().width() >= TwoColumnsFrom ? 2 : 1;
    if (columns != m_columns)
        arrange();
}

void InsightsDashboard::arrange()
{
    m_columns = width() >= TwoColumnsFrom ? 2 : 1;
    // The heatmap takes a whole row; the rest fill the columns in order.
    std::vector<std::pair<QWidget*, bool>> order; // card, wide
    order.emplace_back(m_cards[0], true);
    order.emplace_back(m_cards[1], false);
    order.emplace_back(m_tableCard, false);
    for (size_t i = 2; i < m_cards.size(); ++i)
        order.emplace_back(m_cards[i], false);
    for (const auto& [card, wide] : order)
        m_grid->removeWidget(card);
    m_grid->removeWidget(m_allHidden);
    const bool anyShown = std::any_of(order.begin(), order.end(),
                                      [](const auto& entry) { return !entry.first->isHidden(); });
    m_allHidden->setVisible(!anyShown);
    if (!anyShown)
        m_grid->addWidget(m_allHidden, 0, 0, 1, 2);
    int row = 0;
    int column = 0;
    for (const auto& [card, wide] : order) {
        if (card->isHidden())
            continue;
        if (wide || m_columns == 1) {
            if (column > 0)
                ++row;
            m_grid->addWidget(card, row++, 0, 1, m_columns);
            column = 0;
            continue;
        }
        m_grid->addWidget(card, row, column);
        if (++column == m_columns) {
            column = 0;
            ++row;
        }
    }
    m_grid->setRowStretch(row + 1, 1);
    for (int c = 0; c < 2; ++c)
        m_grid->setColumnStretch(c, c < m_columns ? 1 : 0);
}

} // namespace js
