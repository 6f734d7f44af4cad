// ProjectDocument operations on the map: stages, lanes, cards and touchpoints.

#include "core/document/ListLocators.h"
#include "core/document/OperationHelpers.h"
#include "core/document/ProjectDocument.h"
#include "core/document/commands/ListCommands.h"

#include <algorithm>

namespace js {

using namespace detail;

// ---- stages

Id ProjectDocument::addStage(Id journeyId, int index, Stage stage)
{
    const Journey* journey = findJourney(m_project, journeyId);
    if (!journey)
        return NoId;
    std::map<Id, Id> sameLanes;
    for (const Lane& lane : journey->lanes) {
        if (lane.kind == LaneKind::Text)
            sameLanes[lane.id] = lane.id;
    }
    assignIds(stage, sameLanes);
    const Id id = stage.id;
    auto* command =
        new InsertItemCommand<Stage>(this, lists::stages(journeyId),
                                     clampIndex(index, journey->stages.size()), std::move(stage));
    command->setText(addText(EntityKind::Stage));
    command->naming(&Stage::name, [](const QString& name) {
        return ProjectDocument::tr("Add stage %1").arg(quoted(name));
    });
    push(command);
    return id;
}

bool ProjectDocument::removeStage(Id id)
{
    Journey* journey = nullptr;
    const Stage* stage = findStage(m_project, id, &journey);
    if (!stage)
        return false;
    std::set<Id> ids;
    for (const Touchpoint& touchpoint : stage->touchpoints)
        ids.insert(touchpoint.id);
    auto* parent = new QUndoCommand(removeText(m_project, EntityKind::Stage, id));
    addTouchpointCascade(ids, parent);
    new RemoveItemCommand<Stage>(this, lists::stages(journey->id), id, parent);
    return push(parent);
}

bool ProjectDocument::moveStage(Id id, int index)
{
    Journey* journey = nullptr;
    if (!findStage(m_project, id, &journey))
        return false;
    return push(makeMoveWithin(this, journey->stages, lists::stages(journey->id), id, index));
}

// ---- lanes

Id ProjectDocument::addLane(Id journeyId, int index, Lane lane)
{
    const Journey* journey = findJourney(m_project, journeyId);
    if (!journey || !allowsLaneKind(*journey, NoId, lane.kind))
        return NoId;
    lane.id = allocateId();
    const Id id = lane.id;
    auto* command = new InsertItemCommand<Lane>(
        this, lists::lanes(journeyId), clampIndex(index, journey->lanes.size()), std::move(lane));
    command->setText(addText(EntityKind::Lane));
    command->naming(&Lane::name, [](const QString& name) {
        return ProjectDocument::tr("Add lane %1").arg(quoted(name));
    });
    push(command);
    return id;
}

bool ProjectDocument::removeLane(Id id)
{
    Journey* journey = nullptr;
    if (!findLane(m_project, id, &journey))
        return false;
    auto* parent = new QUndoCommand(removeText(m_project, EntityKind::Lane, id));
    for (const Stage& stage : journey->stages) {
        if (std::any_of(stage.cards.begin(), stage.cards.end(),
                        [id](const LaneCard& card) { return card.laneId == id; })) {
            new RemoveWhereCommand<LaneCard>(
                this, lists::cards(stage.id),
                [id](const LaneCard& card) { return card.laneId == id; }, parent);
        }
    }
    new RemoveItemCommand<Lane>(this, lists::lanes(journey->id), id, parent);
    return push(parent);
}

bool ProjectDocument::moveLane(Id id, int index)
{
    Journey* journey = nullptr;
    if (!findLane(m_project, id, &journey))
        return false;
    return push(makeMoveWithin(this, journey->lanes, lists::lanes(journey->id), id, index));
}

// ---- cards

namespace {

// The index in a stage's card list (with the card `moving` taken out) where a
// card lands to be at `indexInLane` among the cards of `laneId`.
int cardListIndex(const std::vector<LaneCard>& cards, Id moving, Id laneId, int indexInLane)
{
    std::vector<LaneCard> rest;
    for (const LaneCard& card : cards) {
        if (card.id != moving)
            rest.push_back(card);
    }
    int seen = 0;
    int afterLast = -1;
    for (size_t i = 0; i < rest.size(); ++i) {
        if (rest[i].laneId != laneId)
            continue;
        if (seen == indexInLane)
            return static_cast<int>(i);
        ++seen;
        afterLast = static_cast<int>(i) + 1;
    }
    return afterLast >= 0 ? afterLast : static_cast<int>(rest.size());
}

bool isTextLane(const Journey& journey, Id laneId)
{
    const Lane* lane = findById(journey.lanes, laneId);
    return lane && lane->kind == LaneKind::Text;
}

} // namespace

Id ProjectDocument::addCard(Id stageId, Id laneId, int indexInLane, const QString& text)
{
    const Journey* journey = journeyOfStage(m_project, stageId);
    if (!journey || !isTextLane(*journey, laneId))
        return NoId;
    const Stage* stage = findById(journey->stages, stageId);
    LaneCard card{allocateId(), laneId, text};
    const Id id = card.id;
    const int index =
        cardListIndex(stage->cards, NoId, laneId, indexInLane < 0 ? INT_MAX : indexInLane);
    auto* command =
        new InsertItemCommand<LaneCard>(this, lists::cards(stageId), index, std::move(card));
    command->setText(addText(EntityKind::Card));
    command->naming(&LaneCard::text, [](const QString& text) {
        return ProjectDocument::tr("Add card %1").arg(quoted(text));
    });
    push(command);
    return id;
}

bool ProjectDocument::removeCard(Id id)
{
    Stage* stage = nullptr;
    if (!findCard(m_project, id, &stage))
        return false;
    auto* command = new RemoveItemCommand<LaneCard>(this, lists::cards(stage->id), id);
    command->setText(removeText(m_project, EntityKind::Card, id));
    return push(command);
}

bool ProjectDocument::moveCard(Id id, Id stageId, Id laneId, int indexInLane)
{
    Stage* from = nullptr;
    const LaneCard* card = findCard(m_project, id, &from);
    const Journey* journey = journeyOfStage(m_project, stageId);
    if (!card || !journey || journeyOfStage(m_project, from->id) != journey ||
        !isTextLane(*journey, laneId))
        return false;
    const Stage* to = findById(journey->stages, stageId);
    const int index = cardListIndex(to->cards, id, laneId, indexInLane < 0 ? INT_MAX : indexInLane);
    if (from == to && card->laneId == laneId && indexOfId(from->cards, id) == index)
        return false;
    auto* parent = new QUndoCommand(moveText(m_project, EntityKind::Card, id));
    if (card->laneId != laneId)
        new SetFieldCommand<LaneCard, Id>(this, id, &LaneCard::laneId, laneId, parent);
    new MoveItemCommand<LaneCard>(this, lists::cards(from->id), lists::cards(stageId), id, index,
                                  parent);
    return push(parent);
}

// ---- touchpoints

Id ProjectDocument::addTouchpoint(Id stageId, int index, Touchpoint touchpoint)
{
    const Stage* stage = findStage(m_project, stageId);
    if (!stage)
        return NoId;
    touchpoint.id = allocateId();
    touchpoint.importance =
        std::clamp(touchpoint.importance, Touchpoint::MinImportance, Touchpoint::MaxImportance);
    touchpoint.emotion =
        std::clamp(touchpoint.emotion, Touchpoint::MinEmotion, Touchpoint::MaxEmotion);
    const Id id = touchpoint.id;
    auto* command = new InsertItemCommand<Touchpoint>(this, lists::touchpoints(stageId),
                                                      clampIndex(index, stage->touchpoints.size()),
                                                      std::move(touchpoint));
    command->setText(addText(EntityKind::Touchpoint));
    command->naming(&Touchpoint::name, [](const QString& name) {
        return ProjectDocument::tr("Add touchpoint %1").arg(quoted(name));
    });
    push(command);
    return id;
}

bool ProjectDocument::removeTouchpoint(Id id)
{
    Stage* stage = nullptr;
    if (!findTouchpoint(m_project, id, &stage))
        return false;
    auto* parent = new QUndoCommand(removeText(m_project, EntityKind::Touchpoint, id));
    addTouchpointCascade({id}, parent);
    new RemoveItemCommand<Touchpoint>(this, lists::touchpoints(stage->id), id, parent);
    return push(parent);
}

bool ProjectDocument::moveTouchpoint(Id id, Id stageId, int index)
{
    Stage* from = nullptr;
    if (!findTouchpoint(m_project, id, &from))
        return false;
    const Journey* journey = journeyOfStage(m_project, from->id);
    const Stage* to = findById(journey->stages, stageId);
    if (!to)
        return false;
    if (from == to)
        return push(
            makeMoveWithin(this, from->touchpoints, lists::touchpoints(stageId), id, index));
    auto* command = new MoveItemCommand<Touchpoint>(this, lists::touchpoints(from->id),
                                                    lists::touchpoints(stageId), id,
                                                    clampIndex(index, to->touchpoints.size()));
    command->setText(moveText(m_project, EntityKind::Touchpoint, id));
    return push(command);
}

} // namespace js
