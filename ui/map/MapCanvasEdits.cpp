// MapCanvas: moving by keyboard, and the clipboard.

#include "core/document/ProjectDocument.h"
#include "core/io/MapClipboard.h"
#include "ui/mainwindow/SelectionModel.h"
#include "ui/map/MapCanvas.h"
#include "ui/map/MapScene.h"
#include "ui/map/MapView.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>

namespace js {

// ---- moving by keyboard

bool MapCanvas::nudge(int dx, int dy)
{
    if (!canEdit())
        return false;
    const Project& project = m_document->project();
    const Journey* journey = findJourney(project, m_scene->journeyId());
    const Selection current = m_selection->current();
    if (!journey)
        return false;
    bool moved = false;
    switch (current.kind) {
    case EntityKind::Stage:
        if (dx != 0)
            moved = m_document->moveStage(current.id, indexOfId(journey->stages, current.id) + dx);
        break;
    case EntityKind::Lane:
        if (dy != 0)
            moved = m_document->moveLane(current.id, indexOfId(journey->lanes, current.id) + dy);
        break;
    case EntityKind::Touchpoint: {
        const Id stageId = ownerOf(project, current.kind, current.id);
        const int stage = indexOfId(journey->stages, stageId);
        const int index = indexOfId(journey->stages[size_t(stage)].touchpoints, current.id);
        if (dy != 0 && index + dy >= 0) {
            moved = m_document->moveTouchpoint(current.id, stageId, index + dy);
        } else if (dx != 0 && stage + dx >= 0 && stage + dx < int(journey->stages.size())) {
            moved = m_document->moveTouchpoint(current.id, journey->stages[size_t(stage + dx)].id,
                                               index);
        }
        break;
    }
    case EntityKind::Card: {
        const Id stageId = ownerOf(project, current.kind, current.id);
        const int stage = indexOfId(journey->stages, stageId);
        const LaneCard* card = findCard(project, current.id);
        int index = 0;
        for (const LaneCard& other : journey->stages[size_t(stage)].cards) {
            if (other.id == card->id)
                break;
            index += other.laneId == card->laneId;
        }
        if (dy != 0 && index + dy >= 0) {
            moved = m_document->moveCard(current.id, stageId, card->laneId, index + dy);
        } else if (dx != 0 && stage + dx >= 0 && stage + dx < int(journey->stages.size())) {
            moved = m_document->moveCard(current.id, journey->stages[size_t(stage + dx)].id,
                                         card->laneId, index);
        }
        break;
    }
    default:
        break;
    }
    if (moved) {
        m_scene->flush();
        m_view->ensureVisible(current);
    }
    return moved;
}

// ---- the clipboard

bool MapCanvas::hasCopyable() const
{
    return !m_selection->ids(EntityKind::Touchpoint).isEmpty() ||
           !m_selection->ids(EntityKind::Card).isEmpty();
}

void MapCanvas::copy()
{
    const QList<Id> touchpoints = m_selection->ids(EntityKind::Touchpoint);
    const QList<Id> cards = m_selection->ids(EntityKind::Card);
    if (touchpoints.isEmpty() && cards.isEmpty())
        return;
    const MapClipboard clip =
        MapClipboard::copy(m_document->project(), {touchpoints.begin(), touchpoints.end()},
                           {cards.begin(), cards.end()});
    auto* data = new QMimeData;
    data->setData(MapClipboard::mimeType(), clip.toJson());
    data->setText(clip.toPlainText());
    QApplication::clipboard()->setMimeData(data);
}

void MapCanvas::cut()
{
    const QList<Id> touchpoints = m_selection->ids(EntityKind::Touchpoint);
    const QList<Id> cards = m_selection->ids(EntityKind::Card);
    const int count = int(touchpoints.size() + cards.size());
    if (count == 0 || !canEdit())
        return;
    copy();
    const Selection only = m_selection->current();
    m_selection->clear(); // what was cut leaves nothing else selected
    ProjectDocument::Batch batch(
        m_document, count == 1 ? tr("Cut %1").arg(
                                     quoted(displayName(m_document->project(), only.kind, only.id)))
                    : touchpoints.isEmpty() ? tr("Cut %1 cards").arg(count)
                    : cards.isEmpty()       ? tr("Cut %1 touchpoints").arg(count)
                                            : tr("Cut %1 items").arg(count));
    for (Id id : touchpoints)
        m_document->removeTouchpoint(id);
    for (Id id : cards)
        m_document->removeCard(id);
}

int MapCanvas::paste()
{
    if (!canEdit())
        return 0;
    const QMimeData* data = QApplication::clipboard()->mimeData();
    if (!data)
        return 0;
    std::optional<MapClipboard> clip;
    if (data->hasFormat(MapClipboard::mimeType()))
        clip = MapClipboard::fromJson(data->data(MapClipboard::mimeType()));
    if (!clip && data->hasText()) {
        const Selection current = m_selection->current();
        const bool asCards = current.kind == EntityKind::Card || current.kind == EntityKind::Lane;
        clip = MapClipboard::fromPlainText(data->text(), asCards);
    }
    if (!clip || clip->empty())
        return 0;
    return pasteInto(*clip);
}

int MapCanvas::pasteInto(const MapClipboard& clip)
{
    const Project& project = m_document->project();
    const Journey* journey = findJourney(project, m_scene->journeyId());
    if (!journey)
        return 0;
    int touchpointIndex = -1;
    const Id stage = targetStage(&touchpointIndex);
    if (stage == NoId)
        return 0;
    Id cardStage = NoId;
    Id cardLane = NoId;
    int cardIndex = -1;
    targetCardCell(&cardStage, &cardLane, &cardIndex);
    const Id journeyId = journey->id;
    const int count = int(clip.touchpoints.size() + clip.cards.size());
    ProjectDocument::Batch batch(m_document, tr("Paste %1 items").arg(count));
    QList<Selection> pasted;
    // Only into lanes the map shows, where the paste can be seen.
    for (const Touchpoint& touchpoint :
         showsTouchpoints() ? clip.touchpoints : std::vector<Touchpoint>{}) {
        const Id id = m_document->addTouchpoint(stage, touchpointIndex, touchpoint);
        if (touchpointIndex >= 0)
            ++touchpointIndex;
        pasted << Selection{EntityKind::Touchpoint, id};
    }
    for (const MapClipboard::Card& card : clip.cards) {
        // Into the lane of the same name when the journey has one, else where
        // the selection says.
        Id lane = cardLane;
        const Journey* now = findJourney(m_document->project(), journeyId);
        const bool selectedCard = m_selection->current().kind == EntityKind::Card;
        if (!selectedCard && !card.lane.isEmpty()) {
            for (const Lane& candidate : now->lanes) {
                if (candidate.kind == LaneKind::Text && !candidate.hidden &&
                    candidate.name == card.lane) {
                    lane = candidate.id;
                    break;
                }
            }
        }
        if (lane == NoId)
            continue;
        const int index = lane == cardLane ? cardIndex : -1;
        const Id id = m_document->addCard(cardStage, lane, index, card.text);
        if (lane == cardLane && cardIndex >= 0)
            ++cardIndex;
        pasted << Selection{EntityKind::Card, id};
    }
    batch.setText(pasted.size() == 1
                      ? tr("Paste %1")
                            .arg(quoted(displayName(m_document->project(), pasted.front().kind,
                                                    pasted.front().id)))
                      : tr("Paste %n items", nullptr, int(pasted.size())));
    m_scene->flush();
    m_selection->setSelection(pasted, pasted.isEmpty() ? Selection{} : pasted.back());
    return int(pasted.size());
}

} // namespace js
