#include "core/document/ProjectDocument.h"

#include "core/document/ListLocators.h"
#include "core/document/commands/ListCommands.h"
#include "core/document/commands/RatingCommands.h"

#include <algorithm>

namespace js {

namespace {

int clampIndex(int index, size_t size)
{
    if (index < 0 || static_cast<size_t>(index) > size)
        return static_cast<int>(size);
    return index;
}

QString nounOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Project:
        return ProjectDocument::tr("project");
    case EntityKind::Persona:
        return ProjectDocument::tr("persona");
    case EntityKind::Journey:
        return ProjectDocument::tr("journey");
    case EntityKind::Stage:
        return ProjectDocument::tr("stage");
    case EntityKind::Lane:
        return ProjectDocument::tr("lane");
    case EntityKind::Card:
        return ProjectDocument::tr("card");
    case EntityKind::Touchpoint:
        return ProjectDocument::tr("touchpoint");
    case EntityKind::Framework:
        return ProjectDocument::tr("framework");
    case EntityKind::Criterion:
        return ProjectDocument::tr("criterion");
    case EntityKind::Round:
        return ProjectDocument::tr("round");
    case EntityKind::Rater:
        return ProjectDocument::tr("rater");
    case EntityKind::Metric:
        return ProjectDocument::tr("metric");
    case EntityKind::Action:
        return ProjectDocument::tr("action");
    }
    return {};
}

QString addText(EntityKind kind)
{
    return ProjectDocument::tr("Add %1").arg(nounOf(kind));
}

QString removeText(EntityKind kind)
{
    return ProjectDocument::tr("Remove %1").arg(nounOf(kind));
}

QString moveText(EntityKind kind)
{
    return ProjectDocument::tr("Move %1").arg(nounOf(kind));
}

// Pushes a move of an item inside one list, unless it is already there.
template <typename T>
QUndoCommand* makeMoveWithin(ProjectDocument* document, const std::vector<T>& list,
                             ListLocator<T> locator, Id id, int index)
{
    const int from = indexOfId(list, id);
    if (from < 0 || list.empty())
        return nullptr;
    const int to = std::clamp(index, 0, static_cast<int>(list.size()) - 1);
    if (from == to)
        return nullptr;
    auto* command = new MoveItemCommand<T>(document, locator, locator, id, to);
    command->setText(moveText(EntityTraits<T>::kind));
    return command;
}

} // namespace

ProjectDocument::ProjectDocument(Project project, QObject* parent)
    : QObject(parent)
    , m_project(std::move(project))
    , m_nextId(maxId(m_project) + 1)
{}

ProjectDocument::~ProjectDocument()
{
    // The commands refer to this document; they go first.
    m_undoStack.clear();
}

void ProjectDocument::resetProject(Project project)
{
    m_undoStack.clear();
    m_project = std::move(project);
    m_nextId = maxId(m_project) + 1;
    Q_EMIT projectReset();
}

Id ProjectDocument::allocateId()
{
    return m_nextId++;
}

bool ProjectDocument::push(QUndoCommand* command)
{
    if (!command)
        return false;
    m_undoStack.push(command);
    return true;
}

QString ProjectDocument::editText(EntityKind kind) const
{
    return tr("Edit %1").arg(nounOf(kind));
}

bool ProjectDocument::exists(EntityKind kind, Id id) const
{
    switch (kind) {
    case EntityKind::Project:
        return true;
    case EntityKind::Persona:
        return findPersona(m_project, id);
    case EntityKind::Journey:
        return findJourney(m_project, id);
    case EntityKind::Stage:
        return findStage(m_project, id);
    case EntityKind::Lane:
        return findLane(m_project, id);
    case EntityKind::Card:
        return findCard(m_project, id);
    case EntityKind::Touchpoint:
        return findTouchpoint(m_project, id);
    case EntityKind::Framework:
        return findFramework(m_project, id);
    case EntityKind::Criterion:
        return findCriterion(m_project, id);
    case EntityKind::Round:
        return findRound(m_project, id);
    case EntityKind::Rater:
        return findRater(m_project, id);
    case EntityKind::Metric:
        return findMetric(m_project, id);
    case EntityKind::Action:
        return findAction(m_project, id);
    }
    return false;
}

// ---- ids of new entities

void ProjectDocument::assignIds(Journey& journey)
{
    journey.id = allocateId();
    std::map<Id, Id> laneIds;
    for (Lane& lane : journey.lanes) {
        const Id fresh = allocateId();
        laneIds[lane.id] = fresh;
        lane.id = fresh;
    }
    for (Stage& stage : journey.stages)
        assignIds(stage, laneIds);
}

void ProjectDocument::assignIds(Stage& stage, const std::map<Id, Id>& laneIds)
{
    stage.id = allocateId();
    for (Touchpoint& touchpoint : stage.touchpoints) {
        touchpoint.id = allocateId();
        touchpoint.importance =
            std::clamp(touchpoint.importance, Touchpoint::MinImportance, Touchpoint::MaxImportance);
        touchpoint.emotion =
            std::clamp(touchpoint.emotion, Touchpoint::MinEmotion, Touchpoint::MaxEmotion);
    }
    std::erase_if(stage.cards,
                  [&laneIds](const LaneCard& card) { return !laneIds.contains(card.laneId); });
    for (LaneCard& card : stage.cards) {
        card.id = allocateId();
        card.laneId = laneIds.at(card.laneId);
    }
}

void ProjectDocument::assignIds(Framework& framework)
{
    framework.id = allocateId();
    for (Criterion& criterion : framework.criteria)
        criterion.id = allocateId();
}

void ProjectDocument::assignIds(Round& round)
{
    round.id = allocateId();
    for (Rater& rater : round.raters)
        rater.id = allocateId();
}

// ---- cascades: what goes when a touchpoint or criterion goes

void ProjectDocument::addTouchpointCascade(const std::set<Id>& touchpoints, QUndoCommand* parent)
{
    if (touchpoints.empty())
        return;
    new RemoveRatingsCommand(
        this, [touchpoints](const RatingKey& key) { return touchpoints.contains(key.touchpoint); },
        parent);
    new RemoveWhereCommand<Metric>(
        this, lists::metrics(),
        [touchpoints](const Metric& m) { return touchpoints.contains(m.touchpointId); }, parent);
    new ReplaceReferenceCommand<Action>(this, lists::actions(), &Action::touchpointId, touchpoints,
                                        NoId, parent);
}

void ProjectDocument::addCriterionCascade(const std::set<Id>& criteria, QUndoCommand* parent)
{
    if (criteria.empty())
        return;
    new RemoveRatingsCommand(
        this, [criteria](const RatingKey& key) { return criteria.contains(key.criterion); },
        parent);
    new ReplaceReferenceCommand<Action>(this, lists::actions(), &Action::criterionId, criteria,
                                        NoId, parent);
}

// ---- personas

Id ProjectDocument::addPersona(Persona persona, int index)
{
    persona.id = allocateId();
    const Id id = persona.id;
    auto* command = new InsertItemCommand<Persona>(
        this, lists::personas(), clampIndex(index, m_project.personas.size()), std::move(persona));
    command->setText(addText(EntityKind::Persona));
    push(command);
    return id;
}

bool ProjectDocument::removePersona(Id id)
{
    if (!findPersona(m_project, id))
        return false;
    auto* parent = new QUndoCommand(removeText(EntityKind::Persona));
    new ReplaceReferenceCommand<Journey>(this, lists::journeys(), &Journey::personaId, {id}, NoId,
                                         parent);
    new RemoveItemCommand<Persona>(this, lists::personas(), id, parent);
    return push(parent);
}

bool ProjectDocument::movePersona(Id id, int index)
{
    return push(makeMoveWithin(this, m_project.personas, lists::personas(), id, index));
}

// ---- journeys

Id ProjectDocument::addJourney(Journey journey, int index)
{
    if (journey.personaId != NoId && !findPersona(m_project, journey.personaId))
        journey.personaId = NoId;
    assignIds(journey);
    const Id id = journey.id;
    auto* command = new InsertItemCommand<Journey>(
        this, lists::journeys(), clampIndex(index, m_project.journeys.size()), std::move(journey));
    command->setText(addText(EntityKind::Journey));
    push(command);
    return id;
}

bool ProjectDocument::removeJourney(Id id)
{
    const Journey* journey = findJourney(m_project, id);
    if (!journey)
        return false;
    const std::vector<Id> ids = touchpointIds(*journey);
    auto* parent = new QUndoCommand(removeText(EntityKind::Journey));
    addTouchpointCascade({ids.begin(), ids.end()}, parent);
    new ReplaceReferenceCommand<Round>(this, lists::rounds(), &Round::journeyId, {id}, NoId,
                                       parent);
    new RemoveItemCommand<Journey>(this, lists::journeys(), id, parent);
    return push(parent);
}

bool ProjectDocument::moveJourney(Id id, int index)
{
    return push(makeMoveWithin(this, m_project.journeys, lists::journeys(), id, index));
}

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
    auto* parent = new QUndoCommand(removeText(EntityKind::Stage));
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
    if (!journey)
        return NoId;
    lane.id = allocateId();
    const Id id = lane.id;
    auto* command = new InsertItemCommand<Lane>(
        this, lists::lanes(journeyId), clampIndex(index, journey->lanes.size()), std::move(lane));
    command->setText(addText(EntityKind::Lane));
    push(command);
    return id;
}

bool ProjectDocument::removeLane(Id id)
{
    Journey* journey = nullptr;
    if (!findLane(m_project, id, &journey))
        return false;
    auto* parent = new QUndoCommand(removeText(EntityKind::Lane));
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
    push(command);
    return id;
}

bool ProjectDocument::removeCard(Id id)
{
    Stage* stage = nullptr;
    if (!findCard(m_project, id, &stage))
        return false;
    auto* command = new RemoveItemCommand<LaneCard>(this, lists::cards(stage->id), id);
    command->setText(removeText(EntityKind::Card));
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
    auto* parent = new QUndoCommand(moveText(EntityKind::Card));
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
    push(command);
    return id;
}

bool ProjectDocument::removeTouchpoint(Id id)
{
    Stage* stage = nullptr;
    if (!findTouchpoint(m_project, id, &stage))
        return false;
    auto* parent = new QUndoCommand(removeText(EntityKind::Touchpoint));
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
    command->setText(moveText(EntityKind::Touchpoint));
    return push(command);
}

// ---- frameworks and criteria

Id ProjectDocument::addFramework(Framework framework, int index)
{
    assignIds(framework);
    const Id id = framework.id;
    auto* command = new InsertItemCommand<Framework>(this, lists::frameworks(),
                                                     clampIndex(index, m_project.frameworks.size()),
                                                     std::move(framework));
    command->setText(addText(EntityKind::Framework));
    push(command);
    return id;
}

bool ProjectDocument::removeFramework(Id id)
{
    const Framework* framework = findFramework(m_project, id);
    if (!framework)
        return false;
    std::set<Id> ids;
    for (const Criterion& criterion : framework->criteria)
        ids.insert(criterion.id);
    auto* parent = new QUndoCommand(removeText(EntityKind::Framework));
    addCriterionCascade(ids, parent);
    new RemoveItemCommand<Framework>(this, lists::frameworks(), id, parent);
    return push(parent);
}

bool ProjectDocument::moveFramework(Id id, int index)
{
    return push(makeMoveWithin(this, m_project.frameworks, lists::frameworks(), id, index));
}

Id ProjectDocument::addCriterion(Id frameworkId, int index, Criterion criterion)
{
    const Framework* framework = findFramework(m_project, frameworkId);
    if (!framework)
        return NoId;
    criterion.id = allocateId();
    if (!(criterion.weight > 0.0))
        criterion.weight = 1.0;
    criterion.target = std::clamp(criterion.target, double(MinScore), double(MaxScore));
    const Id id = criterion.id;
    auto* command = new InsertItemCommand<Criterion>(this, lists::criteria(frameworkId),
                                                     clampIndex(index, framework->criteria.size()),
                                                     std::move(criterion));
    command->setText(addText(EntityKind::Criterion));
    push(command);
    return id;
}

bool ProjectDocument::removeCriterion(Id id)
{
    Framework* framework = nullptr;
    if (!findCriterion(m_project, id, &framework))
        return false;
    auto* parent = new QUndoCommand(removeText(EntityKind::Criterion));
    addCriterionCascade({id}, parent);
    new RemoveItemCommand<Criterion>(this, lists::criteria(framework->id), id, parent);
    return push(parent);
}

bool ProjectDocument::moveCriterion(Id id, int index)
{
    Framework* framework = nullptr;
    if (!findCriterion(m_project, id, &framework))
        return false;
    return push(
        makeMoveWithin(this, framework->criteria, lists::criteria(framework->id), id, index));
}

// ---- rounds and raters

Id ProjectDocument::addRound(Round round, int index)
{
    if (round.journeyId != NoId && !findJourney(m_project, round.journeyId))
        round.journeyId = NoId;
    assignIds(round);
    const Id id = round.id;
    auto* command = new InsertItemCommand<Round>(
        this, lists::rounds(), clampIndex(index, m_project.rounds.size()), std::move(round));
    command->setText(addText(EntityKind::Round));
    push(command);
    return id;
}

bool ProjectDocument::removeRound(Id id)
{
    if (!findRound(m_project, id))
        return false;
    auto* parent = new QUndoCommand(removeText(EntityKind::Round));
    new RemoveRatingsCommand(
        this, [id](const RatingKey& key) { return key.round == id; }, parent);
    new RemoveItemCommand<Round>(this, lists::rounds(), id, parent);
    return push(parent);
}

Id ProjectDocument::addRater(Id roundId, int index, Rater rater)
{
    const Round* round = findRound(m_project, roundId);
    if (!round)
        return NoId;
    rater.id = allocateId();
    const Id id = rater.id;
    auto* command = new InsertItemCommand<Rater>(
        this, lists::raters(roundId), clampIndex(index, round->raters.size()), std::move(rater));
    command->setText(addText(EntityKind::Rater));
    push(command);
    return id;
}

bool ProjectDocument::removeRater(Id id)
{
    Round* round = nullptr;
    if (!findRater(m_project, id, &round))
        return false;
    auto* parent = new QUndoCommand(removeText(EntityKind::Rater));
    new RemoveRatingsCommand(
        this, [id](const RatingKey& key) { return key.rater == id; }, parent);
    new RemoveItemCommand<Rater>(this, lists::raters(round->id), id, parent);
    return push(parent);
}

// ---- ratings

bool ProjectDocument::isValidRatingKey(const RatingKey& key) const
{
    const Round* round = findRound(m_project, key.round);
    return round && findById(round->raters, key.rater) &&
           findTouchpoint(m_project, key.touchpoint) && findCriterion(m_project, key.criterion);
}

const Rating* ProjectDocument::rating(const RatingKey& key) const
{
    auto it = m_project.ratings.find(key);
    return it == m_project.ratings.end() ? nullptr : &it->second;
}

bool ProjectDocument::setRatingScore(const RatingKey& key, int score)
{
    if (!isValidRatingKey(key) || !isValidScore(score))
        return false;
    const Rating* old = rating(key);
    Rating next = old ? *old : Rating{};
    next.score = score;
    if ((old ? *old : Rating{}) == next)
        return false;
    auto* command =
        new SetRatingCommand(this, key, next.isEmpty() ? std::nullopt : std::optional(next), false);
    command->setText(tr("Rate touchpoint"));
    return push(command);
}

bool ProjectDocument::setRatingNote(const RatingKey& key, const QString& note)
{
    if (!isValidRatingKey(key))
        return false;
    const Rating* old = rating(key);
    Rating next = old ? *old : Rating{};
    next.note = note;
    if ((old ? *old : Rating{}) == next)
        return false;
    auto* command =
        new SetRatingCommand(this, key, next.isEmpty() ? std::nullopt : std::optional(next), true);
    command->setText(tr("Edit rating note"));
    return push(command);
}

bool ProjectDocument::clearRating(const RatingKey& key)
{
    if (!rating(key))
        return false;
    auto* command = new SetRatingCommand(this, key, std::nullopt, false);
    command->setText(tr("Clear rating"));
    return push(command);
}

// ---- metrics and actions

Id ProjectDocument::addMetric(Metric metric, int index)
{
    if (metric.touchpointId != NoId && !findTouchpoint(m_project, metric.touchpointId))
        return NoId;
    metric.id = allocateId();
    const Id id = metric.id;
    auto* command = new InsertItemCommand<Metric>(
        this, lists::metrics(), clampIndex(index, m_project.metrics.size()), std::move(metric));
    command->setText(addText(EntityKind::Metric));
    push(command);
    return id;
}

bool ProjectDocument::removeMetric(Id id)
{
    if (!findMetric(m_project, id))
        return false;
    auto* command = new RemoveItemCommand<Metric>(this, lists::metrics(), id);
    command->setText(removeText(EntityKind::Metric));
    return push(command);
}

Id ProjectDocument::addAction(Action action, int index)
{
    if (action.touchpointId != NoId && !findTouchpoint(m_project, action.touchpointId))
        action.touchpointId = NoId;
    if (action.criterionId != NoId && !findCriterion(m_project, action.criterionId))
        action.criterionId = NoId;
    action.id = allocateId();
    const Id id = action.id;
    auto* command = new InsertItemCommand<Action>(
        this, lists::actions(), clampIndex(index, m_project.actions.size()), std::move(action));
    command->setText(addText(EntityKind::Action));
    push(command);
    return id;
}

bool ProjectDocument::removeAction(Id id)
{
    if (!findAction(m_project, id))
        return false;
    auto* command = new RemoveItemCommand<Action>(this, lists::actions(), id);
    command->setText(removeText(EntityKind::Action));
    return push(command);
}

} // namespace js
