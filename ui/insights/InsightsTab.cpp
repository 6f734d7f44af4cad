#include "ui/insights/InsightsTab.h"

#include "core/document/ProjectDocument.h"
#include "core/model/ProjectQueries.h"
#include "ui/assess/AssessmentContext.h"
#include "ui/insights/ChartView.h"
#include "ui/insights/FilterButton.h"
#include "ui/insights/HeatmapChart.h"
#include "ui/insights/InsightChart.h"
#include "ui/insights/InsightsDashboard.h"
#include "ui/mainwindow/SelectionModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace js {

InsightsTab::InsightsTab(ProjectDocument* document, SelectionModel* selection,
                         AssessmentContext* context, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_context(context)
{
    setObjectName(QStringLiteral("insights"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createFilterBar());

    m_banner = new QWidget;
    m_banner->setObjectName(QStringLiteral("insightsBanner"));
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 6, 12, 6);
    m_bannerText = new QLabel;
    m_bannerText->setWordWrap(true);
    auto* toAssess = new QPushButton(tr("Go to the Assess tab"));
    connect(toAssess, &QPushButton::clicked, this, &InsightsTab::assessRequested);
    auto* showEverything = new QPushButton(tr("Show everything"));
    showEverything->setObjectName(QStringLiteral("showEverything"));
    connect(showEverything, &QPushButton::clicked, this, &InsightsTab::clearFilters);
    m_toAssess = toAssess;
    m_showEverything = showEverything;
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(toAssess);
    bannerLayout->addWidget(showEverything);
    layout->addWidget(m_banner);

    m_dashboard = new InsightsDashboard(selection);
    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_dashboard);
    layout->addWidget(m_scroll, 1);

    connect(m_document, &ProjectDocument::changed, this, &InsightsTab::documentChanged);
    connect(m_document, &ProjectDocument::ratingChanged, this, &InsightsTab::scheduleRefresh);
    connect(m_document, &ProjectDocument::ratingsChanged, this, &InsightsTab::scheduleRefresh);
    connect(m_document, &ProjectDocument::projectReset, this, &InsightsTab::projectReset);
    connect(m_context, &AssessmentContext::roundChanged, this, &InsightsTab::contextRoundChanged);
    connect(m_selection, &SelectionModel::changed, this, [this] {
        const Selection current = m_selection->current();
        const Id touchpoint = current.kind == EntityKind::Touchpoint ? current.id : NoId;
        m_dashboard->setSelectedTouchpoint(touchpoint);
    });
    connect(m_dashboard, &InsightsDashboard::choiceChanged, this, &InsightsTab::remember);
    connect(m_dashboard->chart(QStringLiteral("heatmap")), &ChartView::steppedTo, this,
            &InsightsTab::keepInSight);
    connect(m_dashboard, &InsightsDashboard::quadrantSplitChanged, this, [this] {
        m_request.quadrantSplit = m_dashboard->quadrantSplit();
        scheduleRefresh();
    });

    m_request.round = m_context->round();
    m_request.compareTo = analysis::previousRound(m_document->project(), m_request.round);
    fillRounds();
    fillFilters();
}

QWidget* InsightsTab::createFilterBar()
{
    auto* bar = new QWidget;
    bar->setObjectName(QStringLiteral("insightsFilters"));
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(12, 8, 12, 8);
    m_rounds = new QComboBox;
    m_rounds->setObjectName(QStringLiteral("insightsRound"));
    // Long round names must not widen the window past a projector's 1280 pixels.
    m_rounds->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // Narrow at least, wider where the screen has room: longer labels (German)
    // must not push the window past 1280 either.
    m_rounds->setMinimumContentsLength(10);
    m_rounds->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_rounds->setMaximumWidth(360);
    m_compare = new QComboBox;
    m_compare->setObjectName(QStringLiteral("insightsCompare"));
    m_compare->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_compare->setMinimumContentsLength(8);
    m_compare->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_compare->setMaximumWidth(300);
    auto* roundLabel = new QLabel(tr("&Round"));
    roundLabel->setBuddy(m_rounds);
    auto* compareLabel = new QLabel(tr("&Compare with"));
    compareLabel->setBuddy(m_compare);
    m_frameworks = new FilterButton(tr("Frameworks"));
    m_frameworks->setObjectName(QStringLiteral("frameworkFilter"));
    m_raters = new FilterButton(tr("Raters"));
    m_raters->setObjectName(QStringLiteral("raterFilter"));
    m_stages = new FilterButton(tr("Stages"));
    m_stages->setObjectName(QStringLiteral("stageFilter"));
    m_chartsButton = createChartsButton();
    layout->addWidget(roundLabel);
    layout->addWidget(m_rounds, 2);
    layout->addSpacing(8);
    layout->addWidget(compareLabel);
    layout->addWidget(m_compare, 1);
    layout->addSpacing(8);
    layout->addWidget(m_frameworks);
    layout->addWidget(m_raters);
    layout->addWidget(m_stages);
    layout->addStretch(1);
    layout->addWidget(m_chartsButton);

    connect(m_rounds, &QComboBox::currentIndexChanged, this, &InsightsTab::roundChosen);
    connect(m_compare, &QComboBox::currentIndexChanged, this, &InsightsTab::compareChosen);
    for (FilterButton* filter : {m_frameworks, m_raters, m_stages})
        connect(filter, &FilterButton::chosenChanged, this, &InsightsTab::filtersChosen);
    return bar;
}

QToolButton* InsightsTab::createChartsButton()
{
    auto* button = new QToolButton;
    button->setObjectName(QStringLiteral("insightsCharts"));
    button->setText(tr("Charts"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(button);
    const QStringList keys = InsightsDashboard::chartKeys();
    for (const QString& key : keys) {
        QAction* action = menu->addAction(InsightsDashboard::chartTitle(key));
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(key);
        connect(action, &QAction::toggled, this, [this, menu] {
            QStringList hidden;
            for (const QAction* entry : menu->actions()) {
                if (!entry->isChecked())
                    hidden << entry->data().toString();
            }
            m_dashboard->setHiddenCharts(hidden);
            remember();
        });
    }
    button->setMenu(menu);
    return button;
}

void InsightsTab::keepInSight(Id touchpoint)
{
    // Stepping through the heatmap with the arrow keys keeps the row in view.
    ChartView* view = m_dashboard->chart(QStringLiteral("heatmap"));
    if (touchpoint == NoId || !view || m_insights.criteria.empty())
        return;
    const auto* heatmap = static_cast<const HeatmapChart*>(view->chart());
    const ChartLook look = view->look();
    const auto g = heatmap->geometry(heatmap->bodyRect(QRectF(view->rect()), look), look);
    const QRectF cell = heatmap->cellRect(g, touchpoint, m_insights.criteria.front().id);
    if (cell.isEmpty())
        return;
    const QPoint at = view->mapTo(m_dashboard, cell.center().toPoint());
    m_scroll->ensureVisible(at.x(), at.y(), 0, int(cell.height() * 2));
}

void InsightsTab::setProjectKey(const QString& key)
{
    m_projectKey = key;
    m_settings = InsightsSettings::load(key);
    applySettings();
}

void InsightsTab::moveProjectKey(const QString& key)
{
    m_projectKey = key;
    remember();
}

void InsightsTab::applySettings()
{
    const Project& project = m_document->project();
    m_filling = true;
    if (m_settings.round != NoId && findRound(project, m_settings.round))
        m_context->setRound(m_settings.round);
    m_request.round = m_context->round();
    fillRounds();
    if (m_settings.compareChosen &&
        (m_settings.compareTo == NoId || findRound(project, m_settings.compareTo)))
        m_request.compareTo = m_settings.compareTo;
    else
        m_request.compareTo = analysis::previousRound(project, m_request.round);
    fillCompare();
    m_request.filter.frameworks = m_settings.frameworks;
    m_request.filter.stages = m_settings.stages;
    m_request.filter.raters =
        m_settings.round == m_request.round ? m_settings.raters : std::nullopt;
    fillFilters();
    m_dashboard->setHiddenCharts(m_settings.hiddenCharts);
    for (QAction* action : m_chartsButton->menu()->actions())
        action->setChecked(!m_settings.hiddenCharts.contains(action->data().toString()));
    m_dashboard->setRadar(m_settings.radarByStage, m_settings.radarSubject);
    m_request.quadrantSplit = analysis::QuadrantSplit(m_settings.quadrantSplit);
    m_dashboard->setQuadrantSplit(m_request.quadrantSplit);
    m_filling = false;
    scheduleRefresh();
}

void InsightsTab::remember()
{
    if (m_filling)
        return;
    m_settings.round = m_request.round;
    m_settings.compareChosen = true;
    m_settings.compareTo = m_request.compareTo;
    m_settings.frameworks = m_request.filter.frameworks;
    m_settings.raters = m_request.filter.raters;
    m_settings.stages = m_request.filter.stages;
    m_settings.hiddenCharts = m_dashboard->hiddenCharts();
    m_settings.radarByStage = m_dashboard->radarByStage();
    m_settings.radarSubject = m_dashboard->radarStageId();
    m_settings.quadrantSplit = int(m_request.quadrantSplit);
    m_settings.save(m_projectKey);
}

void InsightsTab::fillRounds()
{
    const bool filling = std::exchange(m_filling, true);
    m_rounds->clear();
    for (const Round& round : m_document->project().rounds) {
        const Journey* journey = findJourney(m_document->project(), round.journeyId);
        // The journey in the tooltip and the charts' subtitles: the box keeps
        // to the round's name, so that it fits.
        m_rounds->addItem(round.name, QVariant::fromValue(round.id));
        if (journey)
            m_rounds->setItemData(m_rounds->count() - 1, tr("Rates “%1”").arg(journey->name),
                                  Qt::ToolTipRole);
    }
    m_rounds->setCurrentIndex(m_rounds->findData(QVariant::fromValue(m_request.round)));
    m_rounds->setEnabled(m_rounds->count() > 0);
    m_filling = filling;
    fillCompare();
}

void InsightsTab::fillCompare()
{
    const bool filling = std::exchange(m_filling, true);
    m_compare->clear();
    m_compare->addItem(tr("No comparison"), QVariant::fromValue(NoId));
    const Round* current = findRound(m_document->project(), m_request.round);
    for (const Round& round : m_document->project().rounds) {
        if (current && round.id != current->id && round.journeyId == current->journeyId)
            m_compare->addItem(round.name, QVariant::fromValue(round.id));
    }
    const int at = m_compare->findData(QVariant::fromValue(m_request.compareTo));
    if (at < 0)
        m_request.compareTo = NoId;
    m_compare->setCurrentIndex(std::max(at, 0));
    m_compare->setEnabled(m_compare->count() > 1);
    m_filling = filling;
}

void InsightsTab::fillFilters()
{
    const Project& project = m_document->project();
    const Round* round = findRound(project, m_request.round);
    QList<std::pair<Id, QString>> frameworks;
    QList<std::pair<Id, QString>> raters;
    QList<std::pair<Id, QString>> stages;
    if (round) {
        // The frameworks of the criteria the round rates, in the project's order.
        for (const Framework& framework : project.frameworks) {
            const bool rated = std::any_of(framework.criteria.begin(), framework.criteria.end(),
                                           [round](const Criterion& c) {
                                               return findRoundCriterion(*round, c.id) != nullptr;
                                           });
            if (rated)
                frameworks.push_back({framework.id, framework.name});
        }
        for (const Rater& rater : round->raters)
            raters.push_back({rater.id, rater.name});
        if (const Journey* journey = findJourney(project, round->journeyId)) {
            for (const Stage& stage : journey->stages)
                stages.push_back({stage.id, stage.name});
        }
    }
    const bool filling = std::exchange(m_filling, true);
    m_frameworks->setEntries(frameworks);
    m_frameworks->setChosen(m_request.filter.frameworks);
    m_raters->setEntries(raters);
    m_raters->setChosen(m_request.filter.raters);
    m_stages->setEntries(stages);
    m_stages->setChosen(m_request.filter.stages);
    m_filling = filling;
}

void InsightsTab::roundChosen()
{
    if (m_filling)
        return;
    const Id round = m_rounds->currentData().value<Id>();
    m_context->setRound(round); // contextRoundChanged follows
}

void InsightsTab::contextRoundChanged(Id round)
{
    if (round == m_request.round)
        return;
    m_request.round = round;
    m_request.compareTo = analysis::previousRound(m_document->project(), round);
    m_request.filter.raters.reset(); // raters belong to their round
    const bool filling = std::exchange(m_filling, true);
    m_rounds->setCurrentIndex(m_rounds->findData(QVariant::fromValue(round)));
    m_filling = filling;
    fillCompare();
    fillFilters();
    remember();
    scheduleRefresh();
}

void InsightsTab::compareChosen()
{
    if (m_filling)
        return;
    m_request.compareTo = m_compare->currentData().value<Id>();
    remember();
    scheduleRefresh();
}

void InsightsTab::filtersChosen()
{
    if (m_filling)
        return;
    m_request.filter.frameworks = m_frameworks->chosen();
    m_request.filter.raters = m_raters->chosen();
    m_request.filter.stages = m_stages->chosen();
    remember();
    scheduleRefresh();
}

void InsightsTab::clearFilters()
{
    m_request.filter = {};
    fillFilters();
    remember();
    scheduleRefresh();
}

void InsightsTab::documentChanged(const ChangeEvent& event)
{
    const bool structural = event.type != ChangeType::Changed;
    switch (event.kind) {
    case EntityKind::Round:
        if (structural) {
            fillRounds();
        } else if (event.field == Field::Name) {
            const int at = m_rounds->findData(QVariant::fromValue(event.id));
            if (const Round* round = findRound(m_document->project(), event.id); round && at >= 0)
                m_rounds->setItemText(at, round->name);
            const int compareAt = m_compare->findData(QVariant::fromValue(event.id));
            if (const Round* round = findRound(m_document->project(), event.id);
                round && compareAt >= 0)
                m_compare->setItemText(compareAt, round->name);
        } else if (event.field == Field::Locked) {
            return;
        }
        if (event.field == Field::Criteria || structural)
            fillFilters();
        break;
    case EntityKind::Rater:
        if (event.owner != m_request.round)
            return;
        if (structural)
            fillFilters();
        else if (const Rater* rater = findRater(m_document->project(), event.id))
            m_raters->renameEntry(event.id, rater->name);
        break;
    case EntityKind::Stage:
        if (structural)
            fillFilters();
        else if (const Stage* stage = findStage(m_document->project(), event.id))
            m_stages->renameEntry(event.id, stage->name);
        break;
    case EntityKind::Framework:
        if (structural)
            fillFilters();
        else if (const Framework* framework = findFramework(m_document->project(), event.id))
            m_frameworks->renameEntry(event.id, framework->name);
        break;
    case EntityKind::Touchpoint:
        if (!structural && event.field != Field::Name && event.field != Field::Importance &&
            event.field != Field::Emotion)
            return;
        break;
    case EntityKind::Journey:
        if (event.field != Field::Name && !structural)
            return;
        if (structural)
            fillRounds();
        break;
    case EntityKind::Criterion:
    case EntityKind::Target:
        break;
    case EntityKind::Metric:
        metricsChanged();
        return;
    default:
        return; // cards, lanes, personas, actions: nothing the charts show
    }
    scheduleRefresh();
}

// A customer figure moves only the room-against-customers chart: its points
// are worked out again (a pass over the journey's touchpoints), and the chart
// is told only when they differ, so that typing a figure's note costs nothing.
void InsightsTab::metricsChanged()
{
    if (m_dirty || !isVisible()) {
        scheduleRefresh(); // everything is worked out then
        return;
    }
    const Project& project = m_document->project();
    analysis::RoomVsCustomers csat =
        analysis::roomVsCustomers(project, m_insights.results, MetricKind::Csat);
    analysis::RoomVsCustomers nps =
        analysis::roomVsCustomers(project, m_insights.results, MetricKind::Nps);
    if (csat == m_insights.roomVsCsat && nps == m_insights.roomVsNps)
        return;
    m_insights.roomVsCsat = std::move(csat);
    m_insights.roomVsNps = std::move(nps);
    m_dashboard->roomVsCustomersChanged();
}

void InsightsTab::projectReset()
{
    const analysis::QuadrantSplit split = m_request.quadrantSplit;
    m_request = {};
    m_request.quadrantSplit = split;
    m_request.round = m_context->round();
    m_request.compareTo = analysis::previousRound(m_document->project(), m_request.round);
    fillRounds();
    fillFilters();
    scheduleRefresh();
}

void InsightsTab::scheduleRefresh()
{
    m_dirty = true;
    if (!isVisible() || m_scheduled)
        return;
    m_scheduled = true;
    // After the batch of changes that is under way, once.
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        if (m_dirty && isVisible())
            refresh();
    });
}

void InsightsTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void InsightsTab::refreshNow()
{
    if (m_dirty)
        refresh();
}

void InsightsTab::refresh()
{
    m_dirty = false;
    ++m_refreshes;
    // Unfiltered rounds come from the window's cache, which the grid and the
    // map read too: a score is counted once for all of them.
    m_insights = analysis::computeInsights(m_document->project(), m_request,
                                           [this](Id round) { return &m_context->results(round); });
    m_dashboard->setInsights(&m_insights);
    updateBanner();
}

void InsightsTab::updateBanner()
{
    if (m_request.round == NoId) {
        m_bannerText->setText(tr("There is no round to show yet. Start an assessment with "
                                 "Assess > New round, and the charts fill in as the room rates."));
    } else if (!m_insights.hasScores() && !m_request.filter.isEmpty()) {
        m_bannerText->setText(m_insights.criteria.empty() || m_insights.touchpoints.empty() ||
                                      m_insights.results.raterCount == 0
                                  ? tr("The filters leave nothing to show: choose at least one "
                                       "framework, rater and stage.")
                                  : tr("Nothing that the filters let through has been rated yet."));
        m_toAssess->hide();
        m_showEverything->show();
        m_banner->show();
        return;
    } else if (!m_insights.hasScores() && m_insights.results.raterCount == 0) {
        m_bannerText->setText(tr("“%1” has no raters yet. Add the people who rate in Assess > "
                                 "Round settings, then rate the touchpoints in the Assess tab.")
                                  .arg(m_insights.roundName));
    } else if (!m_insights.hasScores()) {
        m_bannerText->setText(tr("Nobody has rated “%1” yet. Rate the touchpoints in the Assess "
                                 "tab and the charts fill in as you go.")
                                  .arg(m_insights.roundName));
    } else {
        m_banner->hide();
        return;
    }
    m_toAssess->show();
    m_showEverything->hide();
    m_banner->show();
}

} // namespace js
