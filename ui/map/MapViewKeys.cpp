// MapView: the keyboard on the canvas (editing, stepping between items,
// presenting) and its context menu.

#include "core/model/ProjectQueries.h"
#include "ui/mainwindow/SelectionModel.h"
#include "ui/map/MapInlineEditor.h"
#include "ui/map/MapScene.h"
#include "ui/map/MapView.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace js {

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

void MapView::contextMenuEvent(QContextMenuEvent* event)
{
    if (m_presenting)
        return;
    // What is under the pointer is what the menu acts on.
    if (MapItem* item = mapItemAt(event->pos()); isMapEntity(item) && !item->isSelected()) {
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

} // namespace js
