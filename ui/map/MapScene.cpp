#include "ui/map/MapScene.h"

#include "core/document/ProjectDocument.h"

#include <QScopedValueRollback>
#include <QTimer>

#include <algorithm>
#include <unordered_map>

namespace js {

namespace {

template <typename Box> std::unordered_map<Id, const Box*> byId(const std::vector<Box>& boxes)
{
    std::unordered_map<Id, const Box*> map;
    map.reserve(boxes.size());
    for (const Box& box : boxes)
        map.emplace(box.id, &box);
    return map;
}

template <typename Box> bool sameBox(const std::unordered_map<Id, const Box*>& old, const Box& box)
{
    auto it = old.find(box.id);
    return it != old.end() && *it->second == box;
}

bool sameGrid(const MapLayout& a, const MapLayout& b)
{
    if (a.bounds != b.bounds || a.stages.size() != b.stages.size() ||
        a.lanes.size() != b.lanes.size())
        return false;
    for (size_t i = 0; i < a.stages.size(); ++i) {
        if (a.stages[i].column != b.stages[i].column)
            return false;
    }
    for (size_t i = 0; i < a.lanes.size(); ++i) {
        if (a.lanes[i].row != b.lanes[i].row)
            return false;
    }
    return true;
}

// Whether an edit can change what the map shows.
bool shownOnMap(const ChangeEvent& event)
{
    if (event.type != ChangeType::Changed)
        return true;
    switch (event.kind) {
    case EntityKind::Touchpoint:
        return event.field == Field::Name || event.field == Field::Channel ||
               event.field == Field::Owner || event.field == Field::Emotion;
    case EntityKind::Journey:
        return event.field == Field::Name || event.field == Field::State ||
               event.field == Field::Persona;
    case EntityKind::Persona:
        return event.field == Field::Name || event.field == Field::Role ||
               event.field == Field::Quote || event.field == Field::Photo;
    default:
        return true;
    }
}

} // namespace

MapScene::MapScene(ProjectDocument* document, QObject* parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_painter(MapTheme::lightTheme())
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(document, &ProjectDocument::changed, this, &MapScene::documentChanged);
    connect(document, &ProjectDocument::projectReset, this, [this] {
        const Id journey = m_journeyId;
        m_journeyId = NoId;
        setJourney(findJourney(m_document->project(), journey) ? journey : NoId);
    });
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        if (MapItem* curve = item(MapItem::Part::Curve, NoId))
            curve->update();
    });
}

MapScene::~MapScene()
{
    // Items refer to the scene's layout while they go; nobody listens now.
    blockSignals(true);
    clear();
    m_items.clear();
}

void MapScene::setJourney(Id journeyId)
{
    if (!findJourney(m_document->project(), journeyId))
        journeyId = NoId;
    if (journeyId == m_journeyId && !m_items.empty())
        return;
    m_journeyId = journeyId;
    m_currentStage = NoId;
    apply(m_layouter.layout(m_document->project(), m_journeyId, m_scores ? m_scores() : nullptr),
          true);
}

void MapScene::setStyle(const MapStyle& style)
{
    if (style == m_layouter.style())
        return;
    m_layouter.setStyle(style);
    apply(m_layouter.layout(m_document->project(), m_journeyId, m_scores ? m_scores() : nullptr),
          false);
}

void MapScene::setScores(Scores scores)
{
    m_scores = std::move(scores);
    scheduleUpdate();
}

void MapScene::setTheme(const MapTheme& theme)
{
    m_painter = MapPainter(theme);
    setBackgroundBrush(theme.background);
    update();
}

MapItem* MapScene::item(MapItem::Part part, Id id) const
{
    auto it = m_items.find({int(part), id});
    return it == m_items.end() ? nullptr : it->second;
}

MapItem* MapScene::itemFor(EntityKind kind, Id id) const
{
    switch (kind) {
    case EntityKind::Stage:
        return item(MapItem::Part::Stage, id);
    case EntityKind::Lane:
        return item(MapItem::Part::Lane, id);
    case EntityKind::Touchpoint:
        return item(MapItem::Part::Touchpoint, id);
    case EntityKind::Card:
        return item(MapItem::Part::Card, id);
    default:
        return nullptr;
    }
}

QList<MapItem*> MapScene::mapItems() const
{
    QList<MapItem*> list;
    for (const auto& [key, item] : m_items)
        list << item;
    return list;
}

void MapScene::documentChanged(const ChangeEvent& event)
{
    if (m_journeyId == NoId || !shownOnMap(event))
        return;
    const Journey* journey = findJourney(m_document->project(), m_journeyId);
    bool relevant = false;
    switch (event.kind) {
    case EntityKind::Journey:
        relevant = event.id == m_journeyId;
        break;
    case EntityKind::Stage:
    case EntityKind::Lane:
        relevant = event.owner == m_journeyId;
        break;
    case EntityKind::Touchpoint:
    case EntityKind::Card:
        relevant = m_layout.stage(event.owner) || m_layout.stage(event.previousOwner) ||
                   (journey && findById(journey->stages, event.owner));
        break;
    case EntityKind::Persona:
        relevant = journey && journey->personaId == event.id;
        break;
    case EntityKind::Metric:
        relevant = showsMetricOf(event);
        break;
    default:
        break;
    }
    if (relevant)
        scheduleUpdate();
}

bool MapScene::showsMetricOf(const ChangeEvent& event) const
{
    // A figure lives on its touchpoint's card. The event names the metric (its
    // owner is not filled in for metrics); a removed one is gone from the
    // model, but a card showing it still knows it.
    Id touchpoint = event.owner;
    if (touchpoint == NoId) {
        if (const Metric* metric = findMetric(m_document->project(), event.id))
            touchpoint = metric->touchpointId;
    }
    if (touchpoint != NoId && m_layout.touchpoint(touchpoint))
        return true;
    // A figure moved to another touchpoint leaves its old card too.
    return std::any_of(m_layout.touchpoints.begin(), m_layout.touchpoints.end(),
                       [&event](const TouchpointBox& box) {
                           return std::any_of(box.metrics.begin(), box.metrics.end(),
                                              [&event](const MetricBadge& badge) {
                                                  return badge.metricId == event.id;
                                              });
                       });
}

void MapScene::scheduleUpdate()
{
    if (m_updatePending)
        return;
    m_updatePending = true;
    QTimer::singleShot(0, this, &MapScene::flush);
}

void MapScene::flush()
{
    if (!m_updatePending)
        return;
    m_updatePending = false;
    relayout();
}

void MapScene::relayout()
{
    apply(m_layouter.layout(m_document->project(), m_journeyId, m_scores ? m_scores() : nullptr),
          false);
}

MapItem* MapScene::ensure(MapItem::Part part, Id id, const QRectF& rect, bool changed)
{
    MapItem*& slot = m_items[{int(part), id}];
    if (!slot) {
        slot = new MapItem(this, part, id);
        slot->setRect(rect);
        addItem(slot);
    } else if (changed) {
        slot->setRect(rect);
        slot->refresh();
    }
    return slot;
}

void MapScene::apply(const MapLayout& layout, bool fresh)
{
    const QScopedValueRollback<bool> updating(m_updating, true);
    if (fresh) {
        clearSelection();
        for (auto& [key, item] : m_items)
            delete item;
        m_items.clear();
        ++m_rebuilds;
        m_layout = MapLayout{};
    }
    const MapLayout old = std::move(m_layout);
    m_layout = layout;
    std::set<std::pair<int, Id>> seen;
    auto keep = [&](MapItem* item) { seen.insert({int(item->part()), item->id()}); };

    if (m_journeyId != NoId) {
        keep(ensure(MapItem::Part::Background, NoId, m_layout.bounds, !sameGrid(old, m_layout)));
        keep(ensure(MapItem::Part::JourneyHeader, NoId, m_layout.header.rect,
                    !(old.header == m_layout.header)));
        keep(ensure(MapItem::Part::Corner, NoId, m_layout.corner, old.corner != m_layout.corner));
        if (!m_layout.hints.empty()) {
            QRectF area;
            for (const EmptyHint& hint : m_layout.hints)
                area |= hint.rect;
            keep(ensure(MapItem::Part::Hints, NoId, area, old.hints != m_layout.hints));
        }
    }
    const auto oldStages = byId(old.stages);
    for (const StageBox& box : m_layout.stages)
        keep(ensure(MapItem::Part::Stage, box.id, box.header, !sameBox(oldStages, box)));
    const auto oldLanes = byId(old.lanes);
    for (const LaneBox& box : m_layout.lanes)
        keep(ensure(MapItem::Part::Lane, box.id, box.header, !sameBox(oldLanes, box)));
    const auto oldTouchpoints = byId(old.touchpoints);
    for (const TouchpointBox& box : m_layout.touchpoints)
        keep(ensure(MapItem::Part::Touchpoint, box.id, box.rect, !sameBox(oldTouchpoints, box)));
    const auto oldCards = byId(old.cards);
    for (const CardBox& box : m_layout.cards)
        keep(ensure(MapItem::Part::Card, box.id, box.rect, !sameBox(oldCards, box)));
    if (m_layout.heat.laneId != NoId) {
        const LaneBox* lane = m_layout.lane(m_layout.heat.laneId);
        keep(ensure(MapItem::Part::Heat, NoId, lane ? lane->row : m_layout.heat.band,
                    !(old.heat == m_layout.heat)));
    }
    if (m_layout.curve.laneId != NoId) {
        const LaneBox* lane = m_layout.lane(m_layout.curve.laneId);
        keep(ensure(MapItem::Part::Curve, NoId, lane ? lane->row : m_layout.curve.band,
                    !(old.curve == m_layout.curve)));
    }

    for (auto it = m_items.begin(); it != m_items.end();) {
        if (!seen.contains(it->first)) {
            delete it->second;
            it = m_items.erase(it);
        } else {
            ++it;
        }
    }
    setSceneRect(m_layout.bounds);
    freezeHeaders(m_visible);
    Q_EMIT layoutChanged();
}

void MapScene::freezeHeaders(const QRectF& visible)
{
    m_visible = visible;
    const double dy = visible.isEmpty() ? 0 : std::max(0.0, visible.top() - m_layout.corner.top());
    const double dx =
        visible.isEmpty() ? 0 : std::max(0.0, visible.left() - m_layout.corner.left());
    m_frozen = QPointF(dx, dy);
    for (const auto& [key, item] : m_items) {
        switch (item->part()) {
        case MapItem::Part::Stage:
            item->setPos(0, dy);
            break;
        case MapItem::Part::Lane:
            item->setPos(dx, 0);
            break;
        case MapItem::Part::Corner:
            item->setPos(dx, dy);
            break;
        default:
            break;
        }
    }
}

void MapScene::setCurrentStage(Id stageId)
{
    if (stageId == m_currentStage)
        return;
    m_currentStage = stageId;
    for (const auto& [key, item] : m_items) {
        const MapItem::Part part = item->part();
        if (part == MapItem::Part::Stage || part == MapItem::Part::Touchpoint ||
            part == MapItem::Part::Card)
            item->update();
    }
}

void MapScene::previewEmotion(Id touchpointId, int value)
{
    for (EmotionPoint& point : m_layout.curve.points) {
        if (point.touchpointId == touchpointId && point.value != value) {
            point.value = value;
            point.position.setY(m_layout.curve.yOf(value));
            if (MapItem* curve = item(MapItem::Part::Curve, NoId))
                curve->update();
        }
    }
}

PaintFlags MapScene::flagsFor(const MapItem* item) const
{
    PaintFlags flags;
    // Presenting (a current stage) shows no selection: the room sees the map.
    if (item->isSelected() && m_currentStage == NoId)
        flags |= PaintFlag::Selected;
    if (m_currentStage == NoId)
        return flags;
    Id stage = NoId;
    if (item->part() == MapItem::Part::Stage) {
        stage = item->id();
    } else if (item->part() == MapItem::Part::Touchpoint) {
        if (const TouchpointBox* box = m_layout.touchpoint(item->id()))
            stage = box->stageId;
    } else if (item->part() == MapItem::Part::Card) {
        if (const CardBox* box = m_layout.card(item->id()))
            stage = box->stageId;
    } else {
        return flags;
    }
    flags |= stage == m_currentStage ? PaintFlag::Current : PaintFlag::Dimmed;
    if (item->part() != MapItem::Part::Stage && stage == m_currentStage)
        flags &= ~PaintFlags(PaintFlag::Current);
    return flags;
}

} // namespace js
