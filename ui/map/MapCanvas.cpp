#include "ui/map/MapCanvas.h"

#include "core/document/ProjectDocument.h"
#include "core/io/MapClipboard.h"
#include "ui/assess/AssessmentContext.h"
#include "ui/mainwindow/SelectionModel.h"
#include "ui/map/MapScene.h"
#include "ui/map/MapView.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace js {

namespace {

QToolButton* barButton(const QString& text, const QString& tip, const char* name)
{
    auto* button = new QToolButton;
    button->setText(text);
    button->setToolTip(tip);
    button->setObjectName(QString::fromLatin1(name));
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

MapCanvas::MapCanvas(ProjectDocument* document, SelectionModel* selection, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_scene(new MapScene(document, this))
    , m_view(new MapView(m_scene, selection))
    , m_bar(new QWidget)
    , m_journeyChoice(new QComboBox)
    , m_zoomLabel(new QLabel)
{
    setObjectName(QStringLiteral("mapCanvas"));
    m_scene->setTheme(MapTheme::forPalette(palette()));
    m_journeyChoice->setObjectName(QStringLiteral("mapJourneyChoice"));
    m_journeyChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // Room for a name at least; more where the screen has it (the window must
    // fit 1280 pixels in any language).
    m_journeyChoice->setMinimumContentsLength(18);
    m_journeyChoice->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_journeyChoice->setMaximumWidth(420);
    m_zoomLabel->setObjectName(QStringLiteral("mapZoom"));
    m_zoomLabel->setMinimumWidth(
        m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("400 %")));
    m_zoomLabel->setAlignment(Qt::AlignCenter);

    auto* bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(4, 2, 12, 2);
    bar->setSpacing(2);
    auto* label = new QLabel(tr("&Journey:"));
    label->setBuddy(m_journeyChoice);
    bar->addWidget(label);
    bar->addWidget(m_journeyChoice, 1);
    bar->addSpacing(8);
    auto* stage = barButton(tr("+ Stage"), tr("Add a stage after the selected one (Ctrl+Shift+N)"),
                            "mapAddStage");
    auto* lane = barButton(tr("+ Lane"), tr("Add a lane below the selected one (Ctrl+Shift+L)"),
                           "mapAddLane");
    auto* touchpoint =
        barButton(tr("+ Touchpoint"), tr("Add a touchpoint to the selected stage (Ctrl+T)"),
                  "mapAddTouchpoint");
    auto* card = barButton(tr("+ Card"), tr("Add a card to the selected lane and stage (Ctrl+K)"),
                           "mapAddCard");
    for (QToolButton* button : {stage, lane, touchpoint, card})
        bar->addWidget(button);
    // Which lanes show: hidden ones come back from here.
    auto* lanes = barButton(tr("Lanes"), tr("Show or hide lanes of this journey"), "mapLanes");
    auto* lanesMenu = new QMenu(lanes);
    lanesMenu->setObjectName(QStringLiteral("mapLanesMenu"));
    lanes->setMenu(lanesMenu);
    lanes->setPopupMode(QToolButton::InstantPopup);
    connect(lanesMenu, &QMenu::aboutToShow, this, [this, lanesMenu] { fillLanesMenu(lanesMenu); });
    bar->addSpacing(8);
    bar->addWidget(lanes);
    bar->addStretch();
    auto* out = barButton(tr("−"), tr("Zoom out (Ctrl+−)"), "mapZoomOut");
    auto* in = barButton(tr("+"), tr("Zoom in (Ctrl++)"), "mapZoomIn");
    auto* fit = barButton(tr("Fit"), tr("Fit the map to the window (Ctrl+0)"), "mapFit");
    bar->addWidget(out);
    bar->addWidget(m_zoomLabel);
    bar->addWidget(in);
    bar->addWidget(fit);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_view);

    connect(stage, &QToolButton::clicked, this, &MapCanvas::addStage);
    connect(lane, &QToolButton::clicked, this, &MapCanvas::addLane);
    connect(touchpoint, &QToolButton::clicked, this, &MapCanvas::addTouchpoint);
    connect(card, &QToolButton::clicked, this, &MapCanvas::addCard);
    connect(out, &QToolButton::clicked, m_view, &MapView::zoomOut);
    connect(in, &QToolButton::clicked, m_view, &MapView::zoomIn);
    connect(fit, &QToolButton::clicked, m_view, &MapView::fitToWindow);
    connect(m_view, &MapView::zoomChanged, this, &MapCanvas::updateZoomLabel);
    connect(m_view, &MapView::presentationExitRequested, this,
            &MapCanvas::presentationExitRequested);
    connect(m_journeyChoice, &QComboBox::activated, this, [this](int index) {
        const Id journey = m_journeyChoice->itemData(index).value<Id>();
        showJourney(journey);
        m_selection->select({EntityKind::Journey, journey});
    });

    // Enter adds the next item of the same kind after the one just typed.
    connect(m_view, &MapView::nextRequested, this, [this](const Selection& after) {
        m_selection->select(after);
        switch (after.kind) {
        case EntityKind::Stage:
            addStage();
            break;
        case EntityKind::Lane:
            addLane();
            break;
        case EntityKind::Touchpoint:
            addTouchpoint();
            break;
        case EntityKind::Card:
            addCard();
            break;
        default:
            break;
        }
    });
    // Tab moves on to the next item of the same kind, in map order.
    connect(m_view, &MapView::advanceRequested, this, [this](const Selection& from, int step) {
        const MapLayout& map = m_scene->layout();
        std::vector<Id> order;
        switch (from.kind) {
        case EntityKind::Stage:
            for (const StageBox& box : map.stages)
                order.push_back(box.id);
            break;
        case EntityKind::Lane:
            for (const LaneBox& box : map.lanes)
                order.push_back(box.id);
            break;
        case EntityKind::Touchpoint:
            for (const TouchpointBox& box : map.touchpoints)
                order.push_back(box.id);
            break;
        case EntityKind::Card:
            // Stage by stage, then down the lanes.
            for (const StageBox& stage : map.stages) {
                for (const LaneBox& lane : map.lanes) {
                    for (const CardBox& box : map.cards) {
                        if (box.stageId == stage.id && box.laneId == lane.id)
                            order.push_back(box.id);
                    }
                }
            }
            break;
        default:
            return;
        }
        const auto at = std::find(order.begin(), order.end(), from.id);
        if (at == order.end())
            return;
        const long next = (at - order.begin()) + step;
        if (next >= 0 && next < long(order.size()))
            m_view->edit({from.kind, order[size_t(next)]});
        else
            m_selection->select(from);
    });

    for (auto signal : {&ProjectDocument::entityAdded, &ProjectDocument::entityRemoved,
                        &ProjectDocument::entityMoved}) {
        connect(m_document, signal, this, [this](EntityKind kind, Id) {
            if (kind == EntityKind::Journey)
                fillJourneyChoice();
        });
    }
    connect(m_document, &ProjectDocument::changed, this, [this](const ChangeEvent& event) {
        if (event.kind != EntityKind::Journey || event.type != ChangeType::Changed ||
            (event.field != Field::Name && event.field != Field::State))
            return;
        const int index = m_journeyChoice->findData(QVariant::fromValue(event.id));
        if (const Journey* journey = findJourney(m_document->project(), event.id);
            journey && index >= 0)
            m_journeyChoice->setItemText(index, journey->name);
    });
    connect(m_document, &ProjectDocument::projectReset, this, &MapCanvas::fillJourneyChoice);
    connect(m_scene, &MapScene::layoutChanged, this, [this] {
        const int index = m_journeyChoice->findData(QVariant::fromValue(m_scene->journeyId()));
        if (index != m_journeyChoice->currentIndex())
            m_journeyChoice->setCurrentIndex(index);
    });

    const Project& project = m_document->project();
    m_scene->setJourney(project.journeys.empty() ? NoId : project.journeys.front().id);
    fillJourneyChoice();
    updateZoomLabel();
}

MapCanvas::~MapCanvas()
{
    // The view goes before its scene.
    delete m_view;
}

Id MapCanvas::journeyId() const
{
    return m_scene->journeyId();
}

void MapCanvas::showJourney(Id journeyId)
{
    if (journeyId == m_scene->journeyId() || !findJourney(m_document->project(), journeyId))
        return;
    m_scene->setJourney(journeyId);
    fillJourneyChoice();
}

void MapCanvas::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The first time: enough of the map to read it as a journey.
    if (!m_shown) {
        m_shown = true;
        QMetaObject::invokeMethod(
            this, [this] { m_view->fitStages(3); }, Qt::QueuedConnection);
    }
}

void MapCanvas::changeEvent(QEvent* event)
{
    // Light or dark: the map follows the system's palette.
    if (event->type() == QEvent::PaletteChange)
        m_scene->setTheme(MapTheme::forPalette(palette()));
    QWidget::changeEvent(event);
}

void MapCanvas::fillJourneyChoice()
{
    const Project& project = m_document->project();
    if (!findJourney(project, m_scene->journeyId()))
        m_scene->setJourney(project.journeys.empty() ? NoId : project.journeys.front().id);
    const QSignalBlocker blocker(m_journeyChoice);
    m_journeyChoice->clear();
    for (const Journey& journey : project.journeys) {
        m_journeyChoice->addItem(journey.name, QVariant::fromValue(journey.id));
        m_journeyChoice->setItemData(m_journeyChoice->count() - 1, journeyStateName(journey.state),
                                     Qt::ToolTipRole);
    }
    m_journeyChoice->setCurrentIndex(
        m_journeyChoice->findData(QVariant::fromValue(m_scene->journeyId())));
}

void MapCanvas::fillLanesMenu(QMenu* menu)
{
    menu->clear();
    const Journey* journey = findJourney(m_document->project(), m_scene->journeyId());
    if (!journey)
        return;
    for (const Lane& lane : journey->lanes) {
        QAction* shown = menu->addAction(lane.name.isEmpty() ? tr("(unnamed lane)") : lane.name);
        shown->setCheckable(true);
        shown->setChecked(!lane.hidden);
        shown->setEnabled(canEdit());
        const Id id = lane.id;
        connect(shown, &QAction::toggled, this,
                [this, id](bool on) { m_document->set(id, &Lane::hidden, !on); });
    }
}

void MapCanvas::updateZoomLabel()
{
    m_zoomLabel->setText(tr("%1 %").arg(std::lround(m_view->zoom() * 100)));
}

void MapCanvas::setAssessment(AssessmentContext* context)
{
    m_scene->setScores([context]() -> const analysis::RoundResults* {
        return context->round() != NoId ? &context->results() : nullptr;
    });
    connect(context, &AssessmentContext::roundChanged, m_scene, &MapScene::scoresChanged);
    auto ratings = [this, context](const RatingKey& key) {
        if (key.round == context->round())
            m_scene->scoresChanged();
    };
    connect(m_document, &ProjectDocument::ratingChanged, m_scene, ratings);
    connect(m_document, &ProjectDocument::ratingsChanged, m_scene,
            [ratings](const QList<RatingKey>& keys) {
                for (const RatingKey& key : keys)
                    ratings(key);
            });
    // What the scores rest on: the round's criteria and weights, targets,
    // the criteria's names in the lane of scores.
    connect(m_document, &ProjectDocument::changed, m_scene, [this](const ChangeEvent& event) {
        if (event.kind == EntityKind::Round || event.kind == EntityKind::Target ||
            event.kind == EntityKind::Criterion)
            m_scene->scoresChanged();
    });
}

void MapCanvas::setEditable(bool editable)
{
    m_editable = editable;
    m_view->setEditable(editable);
    for (const char* name : {"mapAddStage", "mapAddLane", "mapAddTouchpoint", "mapAddCard"}) {
        if (auto* button = findChild<QToolButton*>(QString::fromLatin1(name)))
            button->setEnabled(editable);
    }
}

void MapCanvas::setPresenting(bool presenting)
{
    if (presenting == m_presenting)
        return;
    m_presenting = presenting;
    m_bar->setVisible(!presenting);
    if (presenting) {
        // What the user was looking at comes back afterwards.
        m_viewBefore = {m_view->zoom(), m_view->horizontalScrollBar()->value(),
                        m_view->verticalScrollBar()->value()};
    }
    MapStyle style = m_scene->layout().style;
    style.scale = presenting ? 1.3 : 1.0;
    m_scene->setStyle(style);
    m_view->setEditable(canEdit());
    m_view->setPresenting(presenting);
    if (presenting) {
        m_view->fitStages(3);
        m_view->stepStage(0);
    } else {
        m_view->setZoom(m_viewBefore.zoom);
        m_view->horizontalScrollBar()->setValue(m_viewBefore.x);
        m_view->verticalScrollBar()->setValue(m_viewBefore.y);
    }
    m_view->setFocus();
}

// ---- where new things go

bool MapCanvas::showsTouchpoints() const
{
    const MapLayout& map = m_scene->layout();
    return std::any_of(map.lanes.begin(), map.lanes.end(),
                       [](const LaneBox& lane) { return lane.kind == LaneKind::Touchpoints; });
}

Id MapCanvas::targetStage(int* touchpointIndex) const
{
    const Project& project = m_document->project();
    const Selection current = m_selection->current();
    *touchpointIndex = -1;
    const Journey* journey = findJourney(project, m_scene->journeyId());
    if (!journey || journey->stages.empty())
        return NoId;
    Id stage = NoId;
    if (current.kind == EntityKind::Stage) {
        stage = current.id;
    } else if (current.kind == EntityKind::Touchpoint || current.kind == EntityKind::Card) {
        stage = ownerOf(project, current.kind, current.id);
        if (current.kind == EntityKind::Touchpoint) {
            if (const Stage* owner = findStage(project, stage))
                *touchpointIndex = indexOfId(owner->touchpoints, current.id) + 1;
        }
    }
    if (!findById(journey->stages, stage))
        stage = journey->stages.front().id;
    return stage;
}

bool MapCanvas::targetCardCell(Id* stage, Id* lane, int* index) const
{
    const Project& project = m_document->project();
    const Journey* journey = findJourney(project, m_scene->journeyId());
    if (!journey || journey->stages.empty())
        return false;
    const Selection current = m_selection->current();
    int ignored = -1;
    *stage = targetStage(&ignored);
    *lane = NoId;
    *index = -1;
    if (current.kind == EntityKind::Card) {
        const LaneCard* card = findCard(project, current.id);
        const Stage* owner = findStage(project, *stage);
        if (card && owner) {
            *lane = card->laneId;
            int position = 0;
            for (const LaneCard& other : owner->cards) {
                if (other.laneId != card->laneId)
                    continue;
                if (other.id == card->id)
                    *index = position + 1;
                ++position;
            }
        }
    } else if (current.kind == EntityKind::Lane) {
        if (const Lane* selected = findById(journey->lanes, current.id);
            selected && selected->kind == LaneKind::Text)
            *lane = selected->id;
    }
    if (*lane == NoId) {
        for (const Lane& candidate : journey->lanes) {
            if (candidate.kind == LaneKind::Text && !candidate.hidden) {
                *lane = candidate.id;
                break;
            }
        }
    }
    return *lane != NoId;
}

bool MapCanvas::canAddTouchpoint() const
{
    int index = -1;
    // Into a lane the map shows, so that it can be typed into.
    return canEdit() && showsTouchpoints() && targetStage(&index) != NoId;
}

bool MapCanvas::canAddCard() const
{
    Id stage = NoId;
    Id lane = NoId;
    int index = -1;
    return canEdit() && targetCardCell(&stage, &lane, &index);
}

namespace {

// Where a new stage or lane goes: right after the selected one, else last.
template <typename T>
int indexAfter(const std::vector<T>& list, const Selection& selected, EntityKind kind)
{
    return selected.kind == kind && findById(list, selected.id) ? indexOfId(list, selected.id) + 1
                                                                : -1;
}

} // namespace

void MapCanvas::addStage()
{
    const Journey* journey = findJourney(m_document->project(), m_scene->journeyId());
    if (!journey || !canEdit())
        return;
    const int index = indexAfter(journey->stages, m_selection->current(), EntityKind::Stage);
    m_view->edit({EntityKind::Stage, m_document->addStage(journey->id, index, Stage{})}, true);
}

void MapCanvas::addLane()
{
    const Journey* journey = findJourney(m_document->project(), m_scene->journeyId());
    if (!journey || !canEdit())
        return;
    const int index = indexAfter(journey->lanes, m_selection->current(), EntityKind::Lane);
    m_view->edit({EntityKind::Lane, m_document->addLane(journey->id, index, Lane{})}, true);
}

void MapCanvas::addTouchpoint()
{
    int index = -1;
    const Id stage = targetStage(&index);
    if (stage == NoId || !canAddTouchpoint())
        return;
    const Id id = m_document->addTouchpoint(stage, index, Touchpoint{});
    m_view->edit({EntityKind::Touchpoint, id}, true);
}

void MapCanvas::addCard()
{
    Id stage = NoId;
    Id lane = NoId;
    int index = -1;
    if (!canEdit() || !targetCardCell(&stage, &lane, &index))
        return;
    const Id id = m_document->addCard(stage, lane, index, QString());
    m_view->edit({EntityKind::Card, id}, true);
}

} // namespace js
