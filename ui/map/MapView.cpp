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
    connect(m_editor, &MapInlineEditor::finished, this, [this](const Selection& target) {
        const ProjectDocument* document = m_scene->document();
        if (!document->exists(target.kind, target.id) &&
            document->exists(m_beforeAdd.kind, m_beforeAdd.id) &&
            m_beforeAdd.kind != EntityKind::Project)
            m_selection->select(m_beforeAdd);
        m_beforeAdd = {};
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
        onMap << mapSelectionOf(mapItem);
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
        current = mapSelectionOf(pressed());
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

void MapView::edit(const Selection& target, bool added)
{
    if (!m_editable || m_presenting)
        return;
    m_scene->flush();
    if (!m_scene->itemFor(target.kind, target.id))
        return;
    // Where the user was, for when a new item is left empty and goes.
    m_beforeAdd = added ? m_selection->current() : Selection{};
    m_selection->select(target);
    ensureVisible(target);
    m_editor->start(target, added);
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

QString MapView::metricTip(const MetricBadge& badge)
{
    if (badge.fewAnswers)
        return tr("%1 — rests on only %n answers", nullptr, badge.count).arg(badge.text);
    if (badge.count > 0)
        return tr("%1 from %n answers", nullptr, badge.count).arg(badge.text);
    return badge.text;
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
                    for (const MetricBadge& badge : box->metrics)
                        tip += QStringLiteral("\n") + metricTip(badge);
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
