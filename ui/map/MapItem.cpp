#include "ui/map/MapItem.h"

#include "ui/map/MapScene.h"

#include <QPainter>

#include <algorithm>

namespace js {

MapItem::MapItem(MapScene* scene, Part part, Id id)
    : m_scene(scene)
    , m_part(part)
    , m_id(id)
{
    switch (part) {
    case Part::Background:
        setZValue(0);
        break;
    case Part::Curve:
    case Part::Heat:
        setZValue(1);
        break;
    case Part::Touchpoint:
    case Part::Card:
        setZValue(2);
        setFlag(ItemIsSelectable);
        break;
    case Part::Hints:
    case Part::JourneyHeader:
        setZValue(3);
        break;
    case Part::Lane:
        setZValue(10); // frozen title column, over the cards
        setFlag(ItemIsSelectable);
        break;
    case Part::Stage:
        setZValue(11); // frozen header row, over the lane titles
        setFlag(ItemIsSelectable);
        break;
    case Part::Corner:
        setZValue(12);
        break;
    }
    m_baseZ = zValue();
}

EntityKind MapItem::kind() const
{
    switch (m_part) {
    case Part::Stage:
        return EntityKind::Stage;
    case Part::Lane:
        return EntityKind::Lane;
    case Part::Touchpoint:
        return EntityKind::Touchpoint;
    case Part::Card:
        return EntityKind::Card;
    default:
        return EntityKind::Project;
    }
}

void MapItem::setRect(const QRectF& rect)
{
    if (rect != m_rect) {
        prepareGeometryChange();
        m_rect = rect;
    }
}

void MapItem::refresh()
{
    ++m_refreshes;
    update();
}

QRectF MapItem::boundingRect() const
{
    // Room for the selection ring and the lowest point's label.
    const double grow = 6 * m_scene->layout().style.scale;
    if (m_part == Part::Curve)
        return m_rect.adjusted(0, -grow * 4, 0, grow * 4);
    return m_rect.adjusted(-grow, -grow, grow, grow);
}

QPainterPath MapItem::shape() const
{
    QPainterPath path;
    path.addRect(m_rect);
    return path;
}

QVariant MapItem::itemChange(GraphicsItemChange change, const QVariant& value)
{
    if (change == ItemSelectedHasChanged)
        update();
    return QGraphicsItem::itemChange(change, value);
}

void MapItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    const MapLayout& layout = m_scene->layout();
    const MapPainter& map = m_scene->painter();
    const PaintFlags flags = m_scene->flagsFor(this);
    switch (m_part) {
    case Part::Background:
        map.paintBackground(*painter, layout);
        break;
    case Part::JourneyHeader:
        map.paintJourneyHeader(*painter, layout);
        break;
    case Part::Corner:
        map.paintCorner(*painter, layout);
        break;
    case Part::Hints:
        map.paintHints(*painter, layout);
        break;
    case Part::Stage:
        if (const StageBox* box = layout.stage(m_id))
            map.paintStageHeader(*painter, layout, *box, flags);
        break;
    case Part::Lane:
        if (const LaneBox* box = layout.lane(m_id))
            map.paintLaneHeader(*painter, layout, *box, flags);
        break;
    case Part::Touchpoint:
        if (const TouchpointBox* box = layout.touchpoint(m_id))
            map.paintTouchpoint(*painter, layout, *box, flags);
        break;
    case Part::Card:
        if (const CardBox* box = layout.card(m_id))
            map.paintCard(*painter, layout, *box, flags);
        break;
    case Part::Heat:
        map.paintHeat(*painter, layout);
        break;
    case Part::Curve: {
        std::set<Id> selected;
        for (QGraphicsItem* item :
             m_scene->currentStage() == NoId ? m_scene->selectedItems() : QList<QGraphicsItem*>{}) {
            auto* mapItem = static_cast<MapItem*>(item);
            if (mapItem->part() == Part::Touchpoint)
                selected.insert(mapItem->id());
        }
        map.paintCurve(*painter, layout, selected);
        break;
    }
    }
}

} // namespace js
