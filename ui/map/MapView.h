#pragma once

#include "core/document/ProjectDocument.h"
#include "core/render/MapLayout.h"
#include "ui/mainwindow/Selection.h"
#include "ui/map/MapItem.h"

#include <QGraphicsView>
#include <QTimer>

#include <memory>
#include <vector>

class QGraphicsRectItem;

namespace js {

class MapInlineEditor;
class MapItem;
class MapScene;
class SelectionModel;

// The canvas: a zoomable view of one journey's MapScene. Keeps the window's
// selection and the scene's in step; drags touchpoints and cards between
// stages, stages and lanes into a new order and emotion points up and down,
// each as one undoable edit; types into items in place.
class MapView : public QGraphicsView {
    Q_OBJECT

public:
    MapView(MapScene* scene, SelectionModel* selection, QWidget* parent = nullptr);
    ~MapView() override;

    MapScene* mapScene() const { return m_scene; }
    MapInlineEditor* editor() const { return m_editor; }

    double zoom() const { return m_zoom; }
    // Zooms keeping the top left of the view in place.
    void setZoom(double zoom);
    // Zooms keeping the map point under a view position there.
    void zoomAround(double zoom, const QPoint& viewPos);
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    // At most 100 %, at least 70 %: as much as shows `stages` stage columns.
    void fitStages(int stages);

    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    // Presentation: no editing, the current stage highlighted.
    void setPresenting(bool presenting);
    bool isPresenting() const { return m_presenting; }
    // Steps the highlighted stage by `step` and brings it into view.
    void stepStage(int step);

    // Starts typing into an item; `added` when it was just added to be named
    // (the add and its name become one undo step).
    void edit(const Selection& target, bool added = false);
    void ensureVisible(const Selection& target);

    // A card's survey figure as its tooltip line says it: "NPS +12 from 412
    // answers", or "NPS +12 — rests on only 14 answers" when that is few.
    static QString metricTip(const MetricBadge& badge);

Q_SIGNALS:
    void zoomChanged(double zoom);
    // Enter in the inline editor: the canvas adds the next item after this.
    void nextRequested(const js::Selection& after);
    // Tab in the inline editor.
    void advanceRequested(const js::Selection& from, int step);
    void presentationExitRequested();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    enum class Drag { None, Pending, Items, Stage, Lane, Emotion };

    MapItem* mapItemAt(const QPoint& viewPos) const;
    void setPressed(MapItem* item);
    MapItem* pressed() const;
    std::vector<MapItem*> draggedItems() const;
    // The touchpoint whose emotion point is under a view position.
    Id emotionPointAt(const QPoint& viewPos) const;
    void sceneSelectionChanged();
    void modelSelectionChanged();
    void startDrag();
    void updateDrag(const QPointF& scenePos);
    void finishDrag(const QPointF& scenePos);
    void cancelDrag();
    void dropItems(const QPointF& scenePos);
    void dropStage(const QPointF& scenePos);
    void dropLane(const QPointF& scenePos);
    void placeEditor();
    void autoScroll();
    void updateFrozenHeaders();

    MapScene* m_scene;
    SelectionModel* m_selection;
    MapInlineEditor* m_editor;
    QGraphicsRectItem* m_dropMarker = nullptr;
    double m_zoom = 1.0;
    bool m_editable = true;
    bool m_presenting = false;
    bool m_syncing = false;
    bool m_mouseDown = false;
    Selection m_shownCurrent;
    Selection m_beforeAdd;

    Drag m_drag = Drag::None;
    int m_pressedPart = -1;
    Id m_pressedId = NoId;
    QPoint m_pressPos;
    QPointF m_pressScenePos;
    bool m_pressedWasSelected = false;
    // What is being dragged, by part and id: an item can go meanwhile.
    std::vector<std::pair<MapItem::Part, Id>> m_dragged;
    bool m_dropping = false;
    QTimer m_autoScroll;
    QPoint m_lastDragPos;
    Id m_emotionTouchpoint = NoId;
    int m_emotionValue = 0;
};

} // namespace js
