#include "ui/map/MapView.h"

#include "core/model/ProjectQueries.h"
#include "ui/mainwindow/SelectionModel.h"
#include "ui/map/MapInlineEditor.h"
#include "ui/map/MapScene.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QGraphicsRectItem>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QRegion>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace js {

namespace {

constexpr double MinZoom = 0.2;
constexpr double MaxZoom = 4.0;
constexpr double ZoomStep = 1.2;

Selection selectionOf(const MapItem* item)
{
    return Selection{item->kind(), item->id()};
}

bool isEntity(const MapItem* item)
{
    return item && item->kind() != EntityKind::Project;
}

// The journey a map entity belongs to, if it is one.
Id journeyOf(const Project& project, const Selection& selection)
{
    switch (selection.kind) {
    case EntityKind::Journey:
        return findJourney(project, selection.id) ? selection.id : NoId;
    case EntityKind::Stage:
    case EntityKind::Lane:
        return ownerOf(project, selection.kind, selection.id);
    case EntityKind::Touchpoint:
    case EntityKind::Card: {
        const Id stage = ownerOf(project, selection.kind, selection.id);
        return ownerOf(project, EntityKind::Stage, stage);
    }
    default:
        return NoId;
    }
}

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

MapView::MapView(MapScene* scene, SelectionModel* selection, QWidget* parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
    , m_selection(selection)
    , m_editor(new MapInlineEditor(scene->document(), viewport()))
{
    setObjectName(QStringLiteral("mapView"));
    setAccessibleName(tr("Journey map"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::NoAnchor); // zoomAround() keeps its anchor
    setResizeAnchor(QGraphicsView::NoAnchor);         // the top left stays put
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);

    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MapView::sceneSelectionChanged);
    connect(m_selection, &SelectionModel::changed, this, &MapView::modelSelectionChanged);
    connect(m_scene, &MapScene::layoutChanged, this, [this] {
        // The map changed under a drag (an undo by keyboard): it ends.
        if (m_drag != Drag::None && m_drag != Drag::Pending && !m_dropping)
            cancelDrag();
        updateFrozenHeaders();
        placeEditor();
        modelSelectionChanged();
    });
    // Near an edge while dragging, the map scrolls on its own.
    m_autoScroll.setInterval(30);
    connect(&m_autoScroll, &QTimer::timeout, this, &MapView::autoScroll);
    connect(m_editor, &MapInlineEditor::nextRequested, this, &MapView::nextRequested);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &MapView::placeEditor);
    connect(m_editor, &MapInlineEditor::advanceRequested, this, &MapView::advanceRequested);
    connect(m_editor, &MapInlineEditor::finished, this, [this] {
        if (!m_editor->hasFocus())
            setFocus(Qt::OtherFocusReason);
    });
}

MapView::~MapView() = default;

void MapView::setPressed(MapItem* item)
{
    m_pressedPart = item ? int(item->part()) : -1;
    m_pressedId = item ? item->id() : NoId;
}

std::vector<MapItem*> MapView::draggedItems() const
{
    std::vector<MapItem*> items;
    for (const auto& [part, id] : m_dragged) {
        if (MapItem* item = m_scene->item(part, id))
            items.push_back(item);
    }
    return items;
}

MapItem* MapView::pressed() const
{
    // Looked up each time: the item may have gone with a change meanwhile.
    return m_pressedPart < 0 ? nullptr : m_scene->item(MapItem::Part(m_pressedPart), m_pressedId);
}

// ---- zoom

void MapView::setZoom(double zoom)
{
    zoomAround(zoom, QPoint(0, 0));
}

void MapView::zoomAround(double zoom, const QPoint& viewPos)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    if (std::abs(zoom - m_zoom) < 1e-6 && transform().m11() == zoom)
        return;
    // The map point under viewPos stays there.
    const QPointF anchor = mapToScene(viewPos);
    m_zoom = zoom;
    setTransform(QTransform::fromScale(zoom, zoom));
    const QPointF drift = mapFromScene(anchor) - QPointF(viewPos);
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(std::lround(drift.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(std::lround(drift.y())));
    updateFrozenHeaders();
    placeEditor();
    Q_EMIT zoomChanged(m_zoom);
}

void MapView::zoomIn()
{
    setZoom(m_zoom * ZoomStep);
}

void MapView::zoomOut()
{
    setZoom(m_zoom / ZoomStep);
}

void MapView::fitStages(int stages)
{
    const MapLayout& layout = m_scene->layout();
    const MapStyle& style = layout.style;
    const double wanted = 2 * style.margin() + style.laneTitleWidth() + stages * style.stageWidth();
    setZoom(std::clamp(viewport()->width() / wanted, 0.7, 1.0));
}

void MapView::fitToWindow()
{
    const QRectF bounds = m_scene->layout().bounds;
    if (bounds.isEmpty())
        return;
    const QSize area = viewport()->size();
    setZoom(std::min(area.width() / bounds.width(), area.height() / bounds.height()));
    centerOn(bounds.center());
}

void MapView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        zoomAround(m_zoom * std::pow(1.15, steps), event->position().toPoint());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

// ---- modes

void MapView::setEditable(bool editable)
{
    m_editable = editable;
    if (!editable)
        m_editor->finish();
}

void MapView::setPresenting(bool presenting)
{
    m_presenting = presenting;
    const Qt::ScrollBarPolicy bars = presenting ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded;
    setHorizontalScrollBarPolicy(bars);
    setVerticalScrollBarPolicy(bars);
    m_editor->finish();
    cancelDrag();
    const MapLayout& layout = m_scene->layout();
    m_scene->setCurrentStage(presenting && !layout.stages.empty() ? layout.stages.front().id
                                                                  : NoId);
    if (presenting) {
        verticalScrollBar()->setValue(verticalScrollBar()->minimum());
        stepStage(0);
    }
}

void MapView::stepStage(int step)
{
    const MapLayout& layout = m_scene->layout();
    if (layout.stages.empty())
        return;
    int index = 0;
    for (const StageBox& stage : layout.stages) {
        if (stage.id == m_scene->currentStage())
            index = stage.index;
    }
    index = std::clamp(index + step, 0, int(layout.stages.size()) - 1);
    const StageBox& stage = layout.stages[size_t(index)];
    m_scene->setCurrentStage(stage.id);
    // Bring the whole column into view, the lane titles staying beside it.
    // Centred in the room the lane titles leave, its neighbours beside it.
    const double titles = layout.style.laneTitleWidth() + layout.style.margin();
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    centerOn(QPointF(stage.header.center().x() - titles / 2, visible.center().y()));
}

// ---- selection

void MapView::sceneSelectionChanged()
{
    if (m_syncing || m_scene->isUpdating())
        return;
    m_syncing = true;
    // In the order they were picked: what stays first, then what is new.
    QList<Selection> onMap;
    const bool banding = rubberBandRect().isValid();
    for (QGraphicsItem* item : m_scene->selectedItems()) {
        auto* mapItem = static_cast<MapItem*>(item);
        // A band picks touchpoints and cards, never a whole stage or lane.
        if (banding &&
            (mapItem->part() == MapItem::Part::Stage || mapItem->part() == MapItem::Part::Lane)) {
            mapItem->setSelected(false);
            continue;
        }
        onMap << selectionOf(mapItem);
    }
    QList<Selection> selected;
    for (const Selection& s : m_selection->selected()) {
        if (onMap.contains(s))
            selected << s;
    }
    for (const Selection& s : onMap) {
        if (!selected.contains(s))
            selected << s;
    }
    Selection current = m_selection->current();
    if (pressed() && pressed()->isSelected())
        current = selectionOf(pressed());
    m_selection->setSelection(selected, current);
    m_syncing = false;
}

void MapView::modelSelectionChanged()
{
    if (m_syncing)
        return;
    // Something else picked: typing into the old item ends.
    if (m_editor->isEditing() && m_selection->current() != m_editor->target())
        m_editor->finish();
    m_syncing = true;
    const Project& project = m_scene->document()->project();
    const Id journey = journeyOf(project, m_selection->current());
    if (journey != NoId && journey != m_scene->journeyId())
        m_scene->setJourney(journey);
    for (MapItem* item : m_scene->mapItems()) {
        if (item->flags() & QGraphicsItem::ItemIsSelectable)
            item->setSelected(m_selection->isSelected(item->kind(), item->id()));
    }
    m_syncing = false;
    // Picked elsewhere (the navigator): bring it into view.
    const Selection current = m_selection->current();
    if (current != m_shownCurrent) {
        m_shownCurrent = current;
        if (!m_mouseDown && m_scene->itemFor(current.kind, current.id))
            ensureVisible(current);
    }
}

void MapView::ensureVisible(const Selection& target)
{
    MapItem* item = m_scene->itemFor(target.kind, target.id);
    if (!item)
        return;
    // Scrolls as little as it takes to show the item clear of the frozen
    // headers on the top and the left; an item in view stays where it is.
    const MapLayout& layout = m_scene->layout();
    const double gap = layout.style.gap();
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    QRectF free = visible;
    if (item->part() != MapItem::Part::Lane)
        free.setLeft(std::max(visible.left(), layout.corner.left()) + layout.corner.width());
    if (item->part() != MapItem::Part::Stage)
        free.setTop(std::max(visible.top(), layout.corner.top()) + layout.corner.height());
    const QRectF rect = item->mapRectToScene(item->boundingRect());
    double dx = 0;
    double dy = 0;
    if (rect.width() > free.width() || rect.left() < free.left())
        dx = rect.left() - free.left() - gap;
    else if (rect.right() > free.right())
        dx = rect.right() - free.right() + gap;
    if (rect.height() > free.height() || rect.top() < free.top())
        dy = rect.top() - free.top() - gap;
    else if (rect.bottom() > free.bottom())
        dy = rect.bottom() - free.bottom() + gap;
    if (item->part() == MapItem::Part::Stage)
        dy = 0; // frozen at the top anyway
    if (item->part() == MapItem::Part::Lane)
        dx = 0;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(std::lround(dx * m_zoom)));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(std::lround(dy * m_zoom)));
}

// ---- inline editing

void MapView::edit(const Selection& target, std::unique_ptr<ProjectDocument::Batch> added)
{
    if (!m_editable || m_presenting)
        return;
    m_scene->flush();
    if (!m_scene->itemFor(target.kind, target.id))
        return;
    m_selection->select(target);
    ensureVisible(target);
    m_editor->start(target, std::move(added));
    placeEditor();
}

void MapView::placeEditor()
{
    if (!m_editor->isEditing())
        return;
    const Selection target = m_editor->target();
    MapItem* item = m_scene->itemFor(target.kind, target.id);
    const MapLayout& layout = m_scene->layout();
    if (!item) {
        m_editor->finish();
        return;
    }
    QRectF rect;
    QFont font = layout.style.bodyFont();
    switch (target.kind) {
    case EntityKind::Stage:
        if (const StageBox* box = layout.stage(target.id)) {
            rect = QRectF(box->name.rect.left(), box->name.rect.top(),
                          box->header.width() - 2 * layout.style.padding(),
                          QFontMetricsF(layout.style.titleFont()).lineSpacing());
            font = layout.style.titleFont();
        }
        break;
    case EntityKind::Lane:
        if (const LaneBox* box = layout.lane(target.id)) {
            rect = QRectF(box->name.rect.left(), box->name.rect.top(),
                          box->header.width() - 2 * layout.style.padding(),
                          QFontMetricsF(layout.style.titleFont()).lineSpacing());
            font = layout.style.titleFont();
        }
        break;
    case EntityKind::Touchpoint:
        if (const TouchpointBox* box = layout.touchpoint(target.id)) {
            font = layout.style.font(13 * layout.style.scale, true);
            rect = QRectF(box->name.rect.left(), box->name.rect.top(),
                          box->rect.right() - box->name.rect.left() - layout.style.padding(),
                          QFontMetricsF(font).lineSpacing());
        }
        break;
    case EntityKind::Card:
        if (const CardBox* box = layout.card(target.id))
            rect = box->text.rect.adjusted(0, 0, 0, 0)
                       .united(QRectF(
                           box->text.rect.topLeft(),
                           QSizeF(box->text.rect.width(), QFontMetricsF(font).lineSpacing())));
        break;
    default:
        break;
    }
    // As tall as the whole text wraps (the map shows at most a few lines).
    const QString text = m_editor->text().isEmpty() ? QStringLiteral("X") : m_editor->text();
    const double wrapped =
        QFontMetricsF(font)
            .boundingRect(QRectF(0, 0, rect.width(), 1e6), Qt::TextWordWrap, text)
            .height();
    rect.setHeight(std::max(rect.height(), wrapped));
    rect.translate(item->pos());
    const QRect area = mapFromScene(rect).boundingRect().adjusted(-4, -3, 4, 3);
    font.setPixelSize(std::max(6, int(std::lround(font.pixelSize() * m_zoom))));
    m_editor->setFont(font);
    m_editor->setGeometry(area);
    // Never over the frozen headers: what scrolled under them is hidden.
    const QPointF frozen = m_scene->frozenOffset();
    const QRectF corner = layout.corner;
    QRegion shown(viewport()->rect());
    if (frozen.y() > 0 && item->part() != MapItem::Part::Stage)
        shown -= QRect(0, 0, viewport()->width(),
                       mapFromScene(QPointF(0, corner.bottom() + frozen.y())).y());
    if (frozen.x() > 0 && item->part() != MapItem::Part::Lane)
        shown -= QRect(0, 0, mapFromScene(QPointF(corner.right() + frozen.x(), 0)).x(),
                       viewport()->height());
    m_editor->setMask(shown.translated(-area.topLeft()));
}

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
    if (m_presenting) {
        if (item->part() == MapItem::Part::Stage)
            m_scene->setCurrentStage(item->id());
        event->accept();
        return;
    }
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
    if (event->button() != Qt::LeftButton || !m_editable || m_presenting) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    if (MapItem* item = mapItemAt(event->position().toPoint()); isEntity(item)) {
        edit(selectionOf(item));
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
        auto added = std::make_unique<ProjectDocument::Batch>(document, tr("Add card"));
        const Id card = document->addCard(stage->id, lane->id, -1, QString());
        edit({EntityKind::Card, card}, std::move(added));
    } else if (lane->kind == LaneKind::Touchpoints) {
        auto added = std::make_unique<ProjectDocument::Batch>(document, tr("Add touchpoint"));
        const Id touchpoint = document->addTouchpoint(stage->id, -1, Touchpoint{});
        edit({EntityKind::Touchpoint, touchpoint}, std::move(added));
    }
}

void MapView::contextMenuEvent(QContextMenuEvent* event)
{
    if (m_presenting)
        return;
    // What is under the pointer is what the menu acts on.
    if (MapItem* item = mapItemAt(event->pos()); isEntity(item) && !item->isSelected()) {
        m_syncing = true;
        m_scene->clearSelection();
        m_syncing = false;
        item->setSelected(true);
    }
    QMenu menu(this);
    const Selection current = m_selection->current();
    if (m_editable && m_scene->itemFor(current.kind, current.id))
        menu.addAction(tr("Rename"), this, [this, current] { edit(current); })
            ->setShortcut(QKeySequence(Qt::Key_F2));
    // The window's own commands, in the order of its Edit menu.
    const char* const names[] = {
        "actionCut",           "actionCopy",      "actionPaste",    "actionDelete",  nullptr,
        "actionAddTouchpoint", "actionAddCard",   "actionAddStage", "actionAddLane", nullptr,
        "actionMoveLeft",      "actionMoveRight", "actionMoveUp",   "actionMoveDown"};
    for (const char* name : names) {
        if (!name) {
            menu.addSeparator();
            continue;
        }
        if (auto* action = window()->findChild<QAction*>(QString::fromLatin1(name)))
            menu.addAction(action);
    }
    menu.exec(event->globalPos());
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

// ---- keys

void MapView::keyPressEvent(QKeyEvent* event)
{
    if (m_presenting) {
        switch (event->key()) {
        case Qt::Key_Right:
        case Qt::Key_PageDown:
        case Qt::Key_Space:
            stepStage(+1);
            return;
        case Qt::Key_Down:
            verticalScrollBar()->setValue(verticalScrollBar()->value() +
                                          viewport()->height() * 2 / 3);
            return;
        case Qt::Key_Left:
        case Qt::Key_PageUp:
            stepStage(-1);
            return;
        case Qt::Key_Up:
            verticalScrollBar()->setValue(verticalScrollBar()->value() -
                                          viewport()->height() * 2 / 3);
            return;
        case Qt::Key_Home:
            stepStage(-1000);
            return;
        case Qt::Key_End:
            stepStage(+1000);
            return;
        case Qt::Key_Escape:
            Q_EMIT presentationExitRequested();
            return;
        default:
            break;
        }
        QGraphicsView::keyPressEvent(event);
        return;
    }
    const Selection current = m_selection->current();
    const bool onMap = m_scene->itemFor(current.kind, current.id) != nullptr;
    switch (event->key()) {
    case Qt::Key_F2:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (onMap && event->modifiers() == Qt::NoModifier) {
            edit(current);
            return;
        }
        break;
    case Qt::Key_Escape:
        if (m_drag == Drag::Emotion) {
            m_drag = Drag::None;
            m_scene->relayoutNow(); // drops the preview
            viewport()->setCursor(Qt::ArrowCursor);
            return;
        }
        if (m_drag != Drag::None) {
            cancelDrag();
            return;
        }
        m_selection->clear();
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (event->modifiers() != Qt::NoModifier)
            break;
        // Steps between touchpoints and cards: up and down in a stage, left
        // and right to the nearest item of the next stage.
        const MapLayout& layout = m_scene->layout();
        struct Spot {
            Selection selection;
            QRectF rect;
            int stage;
        };
        std::vector<Spot> spots;
        for (const TouchpointBox& box : layout.touchpoints)
            spots.push_back({{EntityKind::Touchpoint, box.id}, box.rect, box.stageIndex});
        for (const CardBox& box : layout.cards)
            spots.push_back({{EntityKind::Card, box.id}, box.rect, box.stageIndex});
        if (spots.empty())
            break;
        auto here = std::find_if(spots.begin(), spots.end(),
                                 [&](const Spot& spot) { return spot.selection == current; });
        if (here == spots.end()) {
            m_selection->select(spots.front().selection);
            ensureVisible(spots.front().selection);
            return;
        }
        const Spot from = *here;
        const Spot* best = nullptr;
        double bestDistance = 1e18;
        for (const Spot& spot : spots) {
            double distance = 1e18;
            const double dy = spot.rect.center().y() - from.rect.center().y();
            if (event->key() == Qt::Key_Up && spot.stage == from.stage && dy < 0)
                distance = -dy;
            else if (event->key() == Qt::Key_Down && spot.stage == from.stage && dy > 0)
                distance = dy;
            else if (event->key() == Qt::Key_Left && spot.stage < from.stage)
                distance = (from.stage - spot.stage) * 1e6 + std::abs(dy);
            else if (event->key() == Qt::Key_Right && spot.stage > from.stage)
                distance = (spot.stage - from.stage) * 1e6 + std::abs(dy);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = &spot;
            }
        }
        if (best) {
            m_selection->select(best->selection);
            ensureVisible(best->selection);
        }
        return;
    }
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

// ---- scrolling and tooltips

void MapView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    updateFrozenHeaders();
    placeEditor();
}

void MapView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    updateFrozenHeaders();
    placeEditor();
}

void MapView::updateFrozenHeaders()
{
    m_scene->freezeHeaders(mapToScene(viewport()->rect()).boundingRect());
}

bool MapView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const MapLayout& layout = m_scene->layout();
        QString tip;
        if (MapItem* item = mapItemAt(help->pos())) {
            switch (item->part()) {
            case MapItem::Part::Touchpoint:
                if (const TouchpointBox* box = layout.touchpoint(item->id())) {
                    tip = box->name.text;
                    const QString channel = channelName(box->channel);
                    tip +=
                        QStringLiteral("\n") + (box->owner.text.isEmpty()
                                                    ? channel
                                                    : tr("%1 · %2").arg(channel, box->owner.text));
                }
                break;
            case MapItem::Part::Card:
                if (const CardBox* box = layout.card(item->id()); box && box->text.elided)
                    tip = box->text.text;
                break;
            case MapItem::Part::Stage:
                if (const StageBox* box = layout.stage(item->id());
                    box && (box->name.elided || box->description.elided))
                    tip = box->name.text + QStringLiteral("\n") + box->description.text;
                break;
            case MapItem::Part::Lane:
                if (const LaneBox* box = layout.lane(item->id()); box && box->name.elided)
                    tip = box->name.text;
                break;
            default:
                break;
            }
        }
        if (tip.isEmpty()) {
            // An emotion point names its touchpoint and its value.
            const Id touchpoint = emotionPointAt(help->pos());
            if (const TouchpointBox* box = layout.touchpoint(touchpoint)) {
                for (const EmotionPoint& point : layout.curve.points) {
                    if (point.touchpointId == touchpoint)
                        tip = tr("%1: %2").arg(
                            box->name.text, point.value > 0 ? QStringLiteral("+%1").arg(point.value)
                                                            : QString::number(point.value));
                }
            }
        }
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip.trimmed(), viewport());
        return true;
    }
    return QGraphicsView::viewportEvent(event);
}

} // namespace js
