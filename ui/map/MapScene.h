#pragma once

#include "core/document/ChangeEvent.h"
#include "core/render/MapLayouter.h"
#include "core/render/MapPainter.h"
#include "ui/map/MapItem.h"

#include <QGraphicsScene>

#include <functional>
#include <map>
#include <memory>

namespace js {

class ProjectDocument;

// The scene of one journey's map: one item per stage, lane, touchpoint and
// card, plus the curve and the fixed parts. It follows the document: a change
// lays the map out again (text measured once and remembered) and refreshes
// only the items whose box changed, adding and removing items for what came
// and went. It never rebuilds itself for an edit.
class MapScene : public QGraphicsScene {
    Q_OBJECT

public:
    explicit MapScene(ProjectDocument* document, QObject* parent = nullptr);
    ~MapScene() override;

    ProjectDocument* document() const { return m_document; }
    Id journeyId() const { return m_journeyId; }
    // Shows another journey (or none): the one time the items are made anew.
    void setJourney(Id journeyId);
    void setStyle(const MapStyle& style);
    void setTheme(const MapTheme& theme);
    // Where the scores of the round shown come from (nullptr: no round); the
    // cards take their heat colours and the lane of scores fills from them.
    using Scores = std::function<const analysis::RoundResults*()>;
    void setScores(Scores scores);
    // The scores changed: lays the map out again once control returns.
    void scoresChanged() { scheduleUpdate(); }

    const MapLayout& layout() const { return m_layout; }
    const MapPainter& painter() const { return m_painter; }
    // Applies pending document changes now (they are otherwise applied once
    // control returns to the event loop, so that a batch lays out once).
    void flush();
    // Lays the map out again from the document now (drops a preview).
    void relayoutNow() { relayout(); }
    // While the scene adds and removes items for a change: a selected item
    // that goes away then is not the user unselecting it.
    bool isUpdating() const { return m_updating; }
    // How many times the items were made from scratch (journey switches).
    int rebuilds() const { return m_rebuilds; }

    MapItem* item(MapItem::Part part, Id id) const;
    MapItem* itemFor(EntityKind kind, Id id) const;
    QList<MapItem*> mapItems() const;

    // Keeps the stage headers and lane titles in view while the map
    // scrolls: `visible` is the part of the map the view shows.
    void freezeHeaders(const QRectF& visible);
    // How far the frozen lane titles (x) and stage headers (y) are shifted.
    QPointF frozenOffset() const { return m_frozen; }
    // The stage highlighted in presentation mode (NoId: none).
    Id currentStage() const { return m_currentStage; }
    void setCurrentStage(Id stageId);
    // While dragging an emotion point: the value shown before the drop.
    void previewEmotion(Id touchpointId, int value);

Q_SIGNALS:
    // After the layout changed (the view keeps an inline editor on its item).
    void layoutChanged();

private:
    friend class MapItem;

    void documentChanged(const ChangeEvent& event);
    // Whether a metric's change touches a card shown (its touchpoint's).
    bool showsMetricOf(const ChangeEvent& event) const;
    void scheduleUpdate();
    void relayout();
    void apply(const MapLayout& layout, bool fresh);
    MapItem* ensure(MapItem::Part part, Id id, const QRectF& rect, bool changed);
    PaintFlags flagsFor(const MapItem* item) const;

    ProjectDocument* m_document;
    MapLayouter m_layouter;
    Scores m_scores;
    MapPainter m_painter;
    MapLayout m_layout;
    Id m_journeyId = NoId;
    Id m_currentStage = NoId;
    QRectF m_visible;
    QPointF m_frozen;
    bool m_updatePending = false;
    bool m_updating = false;
    int m_rebuilds = 0;
    std::map<std::pair<int, Id>, MapItem*> m_items;
};

} // namespace js
