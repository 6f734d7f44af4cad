// MapView: the mouse on the canvas, selecting, and dragging touchpoints,
// cards, stages, lanes and emotion points.

#include "core/model/ProjectQueries.h"
#include "ui/mainwindow/SelectionModel.h"
#include "ui/map/MapInlineEditor.h"
#include "ui/map/MapScene.h"
#include "ui/map/MapView.h"

#include <QApplication>
#include <QGraphicsRectItem>
#include <QMouseEvent>
#include <QScopedValueRollback>
#include <QScrollBar>

#include <algorithm>
#include <cmath>
#include <set>

namespace js {

namespace {

// Where an item dropped into a list goes: the index it takes, after the items
// of `order` already placed before it (see MapView::dropItems).
int indexAfterPlaced(const std::vector<Id>& current, Id moving, const std::set<Id>& placedBefore)
{
    int index = 0;
    int position = 0;
    for (Id id : current) {
        if (id == moving)
            continue;
        ++position;
        if (placedBefore.contains(id))
            index = position;
    }
    return index;
}

} // namespace

// ---- the mouse

MapItem* MapView::mapItemAt(const QPoint& viewPos) const
{
    for (QGraphicsItem* item : items(viewPos)) {
        auto* mapItem = static_cast<MapItem*>(item);
        if (mapItem->flags() & QGraphicsItem::ItemIsSelectable)
            return mapItem;
        if (mapItem->part() == MapItem::Part::Corner)
            return nullptr; // the corner hides what scrolled under it
    }
    return nullptr;
}

Id MapView::emotionPointAt(const QPoint& viewPos) const
{
    const QPointF at = mapToScene(viewPos);
    const double reach = std::max(12.0 / m_zoom, 12.0 * m_scene->layout().style.scale);
    Id best = NoId;
    double bestDistance = reach;
    for (const EmotionPoint& point : m_scene->layout().curve.points) {
        const double distance =
            std::hypot(point.position.x() - at.x(), point.position.y() - at.y());
        if (distance <= bestDistance) {
            best = point.touchpointId;
            bestDistance = distance;
        }
    }
    // Not when a frozen header covers the point.
    if (best != NoId) {
        if (MapItem* item = mapItemAt(viewPos);
            item && (item->part() == MapItem::Part::Stage || item->part() == MapItem::Part::Lane))
            return NoId;
    }
    return best;
}

void MapView::mousePressEvent(QMouseEvent* event)
{
    // What is clicked is in view already: the view must not move under the
    // pointer while it selects.
    m_mouseDown = true;
    if (m_editor->isEditing())
        m_editor->finish();
    if (event->button() != Qt::LeftButton) {
        QGraphicsView::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    m_pressPos = event->position().toPoint();
    m_pressScenePos = mapToScene(m_pressPos);
    setPressed(nullptr);
    if (m_presenting) {
        // Presenting, a click on a stage makes it the current one; nothing
        // is selected or dragged.
        if (MapItem* item = mapItemAt(m_pressPos); item && item->part() == MapItem::Part::Stage)
            m_scene->setCurrentStage(item->id());
        m_drag = Drag::None;
        event->accept();
        return;
    }
    if (const Id touchpoint = emotionPointAt(m_pressPos); touchpoint != NoId) {
        if (event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier)) {
            m_selection->toggle({EntityKind::Touchpoint, touchpoint});
            event->accept();
            return;
        }
        m_selection->select({EntityKind::Touchpoint, touchpoint});
        if (m_editable && !m_presenting) {
            m_drag = Drag::Emotion;
            m_emotionTouchpoint = touchpoint;
            const Touchpoint* t = findTouchpoint(m_scene->document()->project(), touchpoint);
            m_emotionValue = t ? t->emotion : 0;
            viewport()->setCursor(Qt::SizeVerCursor);
        }
        event->accept();
        return;
    }
    MapItem* item = mapItemAt(m_pressPos);
    if (!item) {
        m_drag = Drag::None;
        QGraphicsView::mousePressEvent(event); // the rubber band
        return;
    }
    setPressed(item);
    if (event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier)) {
        item->setSelected(!item->isSelected());
        m_drag = Drag::None;
        event->accept();
        return;
    }
    m_pressedWasSelected = item->isSelected();
    if (!item->isSelected()) {
        m_syncing = true;
        m_scene->clearSelection();
        m_syncing = false;
        item->setSelected(true);
    } else {
        sceneSelectionChanged(); // the pressed item becomes the current one
    }
    m_drag = m_editable ? Drag::Pending : Drag::None;
    event->accept();
}

void MapView::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF scenePos = mapToScene(event->position().toPoint());
    m_lastDragPos = event->position().toPoint();
    switch (m_drag) {
    case Drag::None:
        if (!(event->buttons() & Qt::LeftButton)) {
            const bool overPoint =
                m_editable && !m_presenting && emotionPointAt(event->position().toPoint()) != NoId;
            viewport()->setCursor(overPoint ? Qt::SizeVerCursor : Qt::ArrowCursor);
        }
        QGraphicsView::mouseMoveEvent(event);
        return;
    case Drag::Pending:
        if ((event->position().toPoint() - m_pressPos).manhattanLength() >=
            QApplication::startDragDistance()) {
            startDrag();
            if (m_drag != Drag::None && m_drag != Drag::Pending)
                m_autoScroll.start();
        }
        if (m_drag != Drag::Pending)
            updateDrag(scenePos);
        break;
    case Drag::Emotion: {
        const int value = m_scene->layout().curve.valueAt(scenePos.y());
        if (value != m_emotionValue) {
            m_emotionValue = value;
            m_scene->previewEmotion(m_emotionTouchpoint, value);
        }
        break;
    }
    default:
        updateDrag(scenePos);
        break;
    }
    event->accept();
}

void MapView::mouseReleaseEvent(QMouseEvent* event)
{
    const QPointF scenePos = mapToScene(event->position().toPoint());
    switch (m_drag) {
    case Drag::None:
        if (!m_presenting)
            QGraphicsView::mouseReleaseEvent(event);
        break;
    case Drag::Pending:
        // A click on one of several selected items selects just that one.
        if (pressed() && m_pressedWasSelected && m_scene->selectedItems().size() > 1) {
            m_syncing = true;
            m_scene->clearSelection();
            m_syncing = false;
            pressed()->setSelected(true);
        }
        break;
    case Drag::Emotion: {
        viewport()->setCursor(Qt::ArrowCursor);
        ProjectDocument* document = m_scene->document();
        const Touchpoint* t = findTouchpoint(document->project(), m_emotionTouchpoint);
        if (t && t->emotion != m_emotionValue) {
            ProjectDocument::Batch batch(document, tr("Change emotion at %1").arg(quoted(t->name)));
            document->set(m_emotionTouchpoint, &Touchpoint::emotion, m_emotionValue);
        }
        m_scene->flush();
        break;
    }
    default:
        finishDrag(scenePos);
        break;
    }
    m_drag = Drag::None;
    m_emotionTouchpoint = NoId;
    m_mouseDown = false;
    m_shownCurrent = m_selection->current();
    event->accept();
}

void MapView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (m_presenting)
        return; // no selecting, no typing
    if (event->button() != Qt::LeftButton || !m_editable) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    if (MapItem* item = mapItemAt(event->position().toPoint()); isMapEntity(item)) {
        edit(mapSelectionOf(item));
        return;
    }
    // A double click in an empty cell adds a card or a touchpoint there.
    const QPointF at = mapToScene(event->position().toPoint());
    const MapLayout& layout = m_scene->layout();
    const StageBox* stage = layout.stageAt(at.x());
    const LaneBox* lane = layout.laneAt(at.y());
    if (!stage || !lane || at.y() < stage->column.top())
        return;
    ProjectDocument* document = m_scene->document();
    if (lane->kind == LaneKind::Text) {
        const Id card = document->addCard(stage->id, lane->id, -1, QString());
        edit({EntityKind::Card, card}, true);
    } else if (lane->kind == LaneKind::Touchpoints) {
        const Id touchpoint = document->addTouchpoint(stage->id, -1, Touchpoint{});
        edit({EntityKind::Touchpoint, touchpoint}, true);
    }
}

// ---- dragging

void MapView::startDrag()
{
    if (!pressed())
        return;
    m_dragged.clear();
    auto drag = [this](MapItem* item) { m_dragged.emplace_back(item->part(), item->id()); };
    switch (pressed()->part()) {
    case MapItem::Part::Touchpoint:
    case MapItem::Part::Card: {
        m_drag = Drag::Items;
        const MapLayout& layout = m_scene->layout();
        // In map order, so that they land in the order they had.
        if (pressed()->part() == MapItem::Part::Touchpoint) {
            for (const TouchpointBox& box : layout.touchpoints) {
                MapItem* item = m_scene->item(MapItem::Part::Touchpoint, box.id);
                if (item && item->isSelected())
                    drag(item);
            }
        } else {
            for (const CardBox& box : layout.cards) {
                MapItem* item = m_scene->item(MapItem::Part::Card, box.id);
                if (item && item->isSelected())
                    drag(item);
            }
        }
        break;
    }
    case MapItem::Part::Stage:
        m_drag = Drag::Stage;
        drag(pressed());
        break;
    case MapItem::Part::Lane:
        m_drag = Drag::Lane;
        drag(pressed());
        break;
    default:
        m_drag = Drag::None;
        return;
    }
    for (MapItem* item : draggedItems()) {
        item->setOpacity(0.8);
        item->setZValue(item->zValue() + 20);
    }
    m_dropMarker = new QGraphicsRectItem;
    m_dropMarker->setBrush(m_scene->painter().theme().selection);
    m_dropMarker->setPen(Qt::NoPen);
    m_dropMarker->setZValue(40);
    m_scene->addItem(m_dropMarker);
    viewport()->setCursor(Qt::ClosedHandCursor);
}

void MapView::updateDrag(const QPointF& scenePos)
{
    const QPointF delta = scenePos - m_pressScenePos;
    const MapLayout& layout = m_scene->layout();
    const MapStyle& style = layout.style;
    const double thick = 3 * style.scale;
    for (MapItem* item : draggedItems()) {
        if (m_drag == Drag::Stage)
            item->setPos(delta.x(), item->pos().y());
        else if (m_drag == Drag::Lane)
            item->setPos(item->pos().x(), delta.y());
        else
            item->setPos(delta);
    }
    if (!m_dropMarker)
        return;
    QRectF marker;
    if (m_drag == Drag::Stage && !layout.stages.empty()) {
        int index = 0;
        for (const StageBox& stage : layout.stages) {
            if (stage.id != pressed()->id() && stage.header.center().x() < scenePos.x())
                ++index;
        }
        std::vector<const StageBox*> others;
        for (const StageBox& stage : layout.stages) {
            if (stage.id != pressed()->id())
                others.push_back(&stage);
        }
        const double x = others.empty()               ? layout.stages.front().header.left()
                         : index < int(others.size()) ? others[size_t(index)]->header.left()
                                                      : others.back()->header.right();
        const StageBox& any = layout.stages.front();
        marker = QRectF(x - thick / 2, any.header.top() + pressed()->pos().y(), thick,
                        any.header.height() + any.column.height());
    } else if (m_drag == Drag::Lane && !layout.lanes.empty()) {
        std::vector<const LaneBox*> others;
        for (const LaneBox& lane : layout.lanes) {
            if (lane.id != pressed()->id())
                others.push_back(&lane);
        }
        int index = 0;
        for (const LaneBox* lane : others) {
            if (lane->row.center().y() < scenePos.y())
                ++index;
        }
        const double y = others.empty()               ? layout.lanes.front().row.top()
                         : index < int(others.size()) ? others[size_t(index)]->row.top()
                                                      : others.back()->row.bottom();
        marker = QRectF(layout.corner.left(), y - thick / 2, layout.bounds.width(), thick);
    } else if (m_drag == Drag::Items) {
        const StageBox* stage = layout.stageAt(scenePos.x());
        if (!stage && !layout.stages.empty())
            stage = scenePos.x() < layout.stages.front().header.left() ? &layout.stages.front()
                                                                       : &layout.stages.back();
        if (!stage)
            return;
        std::vector<QRectF> boxes;
        QRectF cell;
        std::set<Id> dragged;
        for (MapItem* item : draggedItems())
            dragged.insert(item->id());
        if (pressed()->part() == MapItem::Part::Touchpoint) {
            for (const LaneBox& lane : layout.lanes) {
                if (lane.kind == LaneKind::Touchpoints)
                    cell = QRectF(stage->column.left(), lane.row.top(), stage->column.width(),
                                  lane.row.height());
            }
            for (const TouchpointBox& box : layout.touchpoints) {
                if (box.stageId == stage->id && !dragged.contains(box.id))
                    boxes.push_back(box.rect);
            }
        } else {
            const LaneBox* lane = layout.laneAt(scenePos.y());
            if (!lane || lane->kind != LaneKind::Text)
                lane = layout.lane(layout.card(pressed()->id())->laneId);
            if (!lane)
                return;
            cell = QRectF(stage->column.left(), lane->row.top(), stage->column.width(),
                          lane->row.height());
            for (const CardBox& box : layout.cards) {
                if (box.stageId == stage->id && box.laneId == lane->id && !dragged.contains(box.id))
                    boxes.push_back(box.rect);
            }
        }
        int index = 0;
        for (const QRectF& box : boxes) {
            if (box.center().y() < scenePos.y())
                ++index;
        }
        const double gap = style.gap();
        const double y = boxes.empty()               ? cell.top() + gap / 2
                         : index < int(boxes.size()) ? boxes[size_t(index)].top() - gap / 2
                                                     : boxes.back().bottom() + gap / 2;
        marker = QRectF(cell.left() + gap, y - thick / 2, cell.width() - 2 * gap, thick);
    }
    m_dropMarker->setRect(marker);
}

void MapView::autoScroll()
{
    if (m_drag != Drag::Items && m_drag != Drag::Stage && m_drag != Drag::Lane) {
        m_autoScroll.stop();
        return;
    }
    constexpr int Edge = 32;
    constexpr int Step = 14;
    const QRect area = viewport()->rect();
    const QPoint at = m_lastDragPos;
    int dx = 0;
    int dy = 0;
    if (at.x() < area.left() + Edge)
        dx = -Step;
    else if (at.x() > area.right() - Edge)
        dx = Step;
    if (at.y() < area.top() + Edge)
        dy = -Step;
    else if (at.y() > area.bottom() - Edge)
        dy = Step;
    if (m_drag == Drag::Stage)
        dy = 0;
    if (m_drag == Drag::Lane)
        dx = 0;
    if (dx == 0 && dy == 0)
        return;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + dx);
    verticalScrollBar()->setValue(verticalScrollBar()->value() + dy);
    updateDrag(mapToScene(at));
}

void MapView::cancelDrag()
{
    m_autoScroll.stop();
    for (MapItem* item : draggedItems()) {
        item->setOpacity(1.0);
        item->setZValue(item->baseZ());
        item->setPos(0, 0);
    }
    m_dragged.clear();
    delete m_dropMarker;
    m_dropMarker = nullptr;
    m_drag = Drag::None;
    viewport()->setCursor(Qt::ArrowCursor);
    updateFrozenHeaders();
}

void MapView::finishDrag(const QPointF& scenePos)
{
    const QScopedValueRollback<bool> dropping(m_dropping, true);
    const Drag drag = m_drag;
    const auto dragged = m_dragged;
    // Put the items back first: the document's change moves them for real.
    cancelDrag();
    m_dragged = dragged;
    if (drag == Drag::Items)
        dropItems(scenePos);
    else if (drag == Drag::Stage)
        dropStage(scenePos);
    else if (drag == Drag::Lane)
        dropLane(scenePos);
    m_dragged.clear();
    m_scene->flush();
}

void MapView::dropItems(const QPointF& scenePos)
{
    ProjectDocument* document = m_scene->document();
    const Project& project = document->project();
    const MapLayout layout = m_scene->layout();
    const StageBox* stage = layout.stageAt(scenePos.x());
    if (!stage && !layout.stages.empty())
        stage = scenePos.x() < layout.stages.front().header.left() ? &layout.stages.front()
                                                                   : &layout.stages.back();
    if (!stage || m_dragged.empty())
        return;
    const Journey* journey = findJourney(project, layout.journeyId);
    const Stage* target = journey ? findById(journey->stages, stage->id) : nullptr;
    if (!target)
        return;
    std::set<Id> dragged;
    for (MapItem* item : draggedItems())
        dragged.insert(item->id());
    const bool touchpoints = pressed()->part() == MapItem::Part::Touchpoint;
    const EntityKind kind = touchpoints ? EntityKind::Touchpoint : EntityKind::Card;
    const QString text =
        m_dragged.size() == 1
            ? tr("Move %1 %2")
                  .arg(touchpoints ? tr("touchpoint") : tr("card"),
                       quoted(displayName(project, kind, m_dragged.front().second)))
            : (touchpoints ? tr("Move %1 touchpoints").arg(m_dragged.size())
                           : tr("Move %1 cards").arg(m_dragged.size()));

    // The items before the drop point that stay: the dragged ones follow them.
    std::set<Id> before;
    Id laneId = NoId;
    if (touchpoints) {
        for (const TouchpointBox& box : layout.touchpoints) {
            if (box.stageId == stage->id && !dragged.contains(box.id) &&
                box.rect.center().y() < scenePos.y())
                before.insert(box.id);
        }
    } else {
        const LaneBox* lane = layout.laneAt(scenePos.y());
        if (!lane || lane->kind != LaneKind::Text)
            lane = layout.lane(layout.card(pressed()->id())->laneId);
        laneId = lane ? lane->id : NoId;
        for (const CardBox& box : layout.cards) {
            if (box.stageId == stage->id && box.laneId == laneId && !dragged.contains(box.id) &&
                box.rect.center().y() < scenePos.y())
                before.insert(box.id);
        }
    }
    ProjectDocument::Batch batch(document, text);
    for (MapItem* item : draggedItems()) {
        const Stage* now =
            findById(findJourney(document->project(), layout.journeyId)->stages, stage->id);
        std::vector<Id> order;
        if (touchpoints) {
            for (const Touchpoint& t : now->touchpoints)
                order.push_back(t.id);
            document->moveTouchpoint(item->id(), stage->id,
                                     indexAfterPlaced(order, item->id(), before));
        } else {
            for (const LaneCard& card : now->cards) {
                if (card.laneId == laneId)
                    order.push_back(card.id);
            }
            document->moveCard(item->id(), stage->id, laneId,
                               indexAfterPlaced(order, item->id(), before));
        }
        before.insert(item->id());
    }
}

void MapView::dropStage(const QPointF& scenePos)
{
    const MapLayout& layout = m_scene->layout();
    int index = 0;
    for (const StageBox& stage : layout.stages) {
        if (stage.id != pressed()->id() && stage.header.center().x() < scenePos.x())
            ++index;
    }
    m_scene->document()->moveStage(pressed()->id(), index);
}

void MapView::dropLane(const QPointF& scenePos)
{
    const MapLayout& layout = m_scene->layout();
    const Journey* journey = findJourney(m_scene->document()->project(), layout.journeyId);
    if (!journey)
        return;
    // The lane lands before the first shown lane whose middle is below the
    // drop point; hidden lanes keep their place in the list.
    const Lane* before = nullptr;
    for (const LaneBox& lane : layout.lanes) {
        if (lane.id != pressed()->id() && lane.row.center().y() >= scenePos.y()) {
            before = findById(journey->lanes, lane.id);
            break;
        }
    }
    const int from = indexOfId(journey->lanes, pressed()->id());
    int index = before ? indexOfId(journey->lanes, before->id) : int(journey->lanes.size()) - 1;
    if (before && index > from)
        --index;
    m_scene->document()->moveLane(pressed()->id(), index);
}

} // namespace js
