#pragma once

#include "core/model/Id.h"
#include "ui/mainwindow/Selection.h"

#include <QGraphicsItem>

namespace js {

class MapScene;

// One piece of the map on the canvas: a stage header, a lane title, a
// touchpoint, a card, the emotion curve, or one of the map's fixed parts.
// It paints through the scene's MapPainter from the scene's current layout;
// the scene tells it when its box changed, and nothing else repaints it.
class MapItem : public QGraphicsItem {
public:
    enum class Part {
        Background,
        JourneyHeader,
        Corner,
        Hints,
        Stage,
        Lane,
        Touchpoint,
        Card,
        Curve,
        Heat, // the lane of scores
    };

    MapItem(MapScene* scene, Part part, Id id = NoId);

    Part part() const { return m_part; }
    Id id() const { return m_id; }
    // The entity kind it shows (the project for the map's fixed parts).
    EntityKind kind() const;
    // The map-space rectangle it covers; it moves by its pos() (a frozen
    // header, a card being dragged).
    void setRect(const QRectF& rect);
    // How often the scene refreshed it since it was made: one edit refreshes
    // only the items whose box it changed.
    int refreshes() const { return m_refreshes; }
    // Its place in the stack, which a drag raises for a while.
    double baseZ() const { return m_baseZ; }
    void refresh();

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    QPainterPath shape() const override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    MapScene* m_scene;
    Part m_part;
    Id m_id;
    QRectF m_rect;
    int m_refreshes = 0;
    double m_baseZ = 0;
};

// The selection an item stands for, and whether it is an entity the user can
// select (not one of the map's fixed parts).
inline Selection mapSelectionOf(const MapItem* item)
{
    return Selection{item->kind(), item->id()};
}

inline bool isMapEntity(const MapItem* item)
{
    return item && item->kind() != EntityKind::Project;
}

} // namespace js
