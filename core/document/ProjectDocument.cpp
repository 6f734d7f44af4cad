#include "core/document/ProjectDocument.h"

#include "core/document/ListLocators.h"
#include "core/document/OperationHelpers.h"
#include "core/document/commands/ListCommands.h"
#include "core/document/commands/RatingCommands.h"

#include <algorithm>
#include <memory>
#include <utility>

namespace js {

using namespace detail;

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

// The edits of a batch, done as they were pushed; one undo step for all.
class ProjectDocument::BatchCommand : public QUndoCommand {
public:
    explicit BatchCommand(const QString& text)
        : QUndoCommand(text)
    {}

    void add(QUndoCommand* command) { m_commands.emplace_back(command); }

    bool empty() const { return m_commands.empty(); }

    void redo() override
    {
        // The first redo comes from QUndoStack::push: already done.
        if (m_done) {
            m_done = false;
            return;
        }
        for (auto& command : m_commands)
            command->redo();
    }

    void undo() override
    {
        for (auto it = m_commands.rbegin(); it != m_commands.rend(); ++it)
            (*it)->undo();
    }

private:
    std::vector<std::unique_ptr<QUndoCommand>> m_commands;
    bool m_done = true;
};

ProjectDocument::Batch::Batch(ProjectDocument* document, const QString& text)
    : m_document(document)
{
    if (m_document->m_batchDepth++ == 0)
        m_document->m_batch = new BatchCommand(text);
}

ProjectDocument::Batch::~Batch()
{
    if (--m_document->m_batchDepth == 0)
        m_document->endBatch();
}

bool ProjectDocument::dropLastAdd(EntityKind kind, Id id)
{
    const int top = m_undoStack.index() - 1;
    if (m_batch || top < 0 || m_undoStack.index() != m_undoStack.count())
        return false;
    auto* command = const_cast<QUndoCommand*>(m_undoStack.command(top));
    auto drop = [&](auto* insert) {
        if (!insert || insert->itemId() != id)
            return false;
        insert->dropOnUndo();
        m_undoStack.undo();
        return !exists(kind, id);
    };
    switch (kind) {
    case EntityKind::Stage:
        return drop(dynamic_cast<InsertItemCommand<Stage>*>(command));
    case EntityKind::Lane:
        return drop(dynamic_cast<InsertItemCommand<Lane>*>(command));
    case EntityKind::Touchpoint:
        return drop(dynamic_cast<InsertItemCommand<Touchpoint>*>(command));
    case EntityKind::Card:
        return drop(dynamic_cast<InsertItemCommand<LaneCard>*>(command));
    default:
        return false;
    }
}

void ProjectDocument::Batch::setText(const QString& text)
{
    if (m_document->m_batch)
        m_document->m_batch->setText(text);
}

void ProjectDocument::endBatch()
{
    BatchCommand* batch = std::exchange(m_batch, nullptr);
    if (batch->empty())
        delete batch;
    else
        m_undoStack.push(batch);
}

void ProjectDocument::resetProject(Project project)
{
    m_undoStack.clear();
    m_project = std::move(project);
    m_nextId = maxId(m_project) + 1;
    ++m_revision;
    Q_EMIT projectReset();
}

void ProjectDocument::announce(ChangeEvent event)
{
    event.revision = ++m_revision;
    switch (event.type) {
    case ChangeType::Added:
        Q_EMIT entityAdded(event.kind, event.id);
        break;
    case ChangeType::Removed:
        Q_EMIT entityRemoved(event.kind, event.id);
        break;
    case ChangeType::Changed:
        Q_EMIT entityChanged(event.kind, event.id);
        break;
    case ChangeType::Moved:
        Q_EMIT entityMoved(event.kind, event.id);
        break;
    }
    Q_EMIT changed(event);
}

Id ProjectDocument::allocateId()
{
    return m_nextId++;
}

bool ProjectDocument::push(QUndoCommand* command)
{
    if (!command)
        return false;
    if (m_batch) {
        command->redo();
        m_batch->add(command);
        return true;
    }
    m_undoStack.push(command);
    return true;
}

QString ProjectDocument::editText(EntityKind kind, Id id, bool rename) const
{
    const QString name = displayName(m_project, kind, id);
    if (kind == EntityKind::Project || name.isEmpty())
        return rename ? tr("Rename %1").arg(nounOf(kind)) : tr("Edit %1").arg(nounOf(kind));
    return rename ? tr("Rename %1 %2").arg(nounOf(kind), quoted(name))
                  : tr("Edit %1 %2").arg(nounOf(kind), quoted(name));
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
    case EntityKind::Target:
        return findTarget(m_project, id);
    case EntityKind::Metric:
        return findMetric(m_project, id);
    case EntityKind::Action:
        return findAction(m_project, id);
    }
    return false;
}

bool ProjectDocument::remove(EntityKind kind, Id id)
{
    switch (kind) {
    case EntityKind::Project:
        return false;
    case EntityKind::Persona:
        return removePersona(id);
    case EntityKind::Journey:
        return removeJourney(id);
    case EntityKind::Stage:
        return removeStage(id);
    case EntityKind::Lane:
        return removeLane(id);
    case EntityKind::Card:
        return removeCard(id);
    case EntityKind::Touchpoint:
        return removeTouchpoint(id);
    case EntityKind::Framework:
        return removeFramework(id);
    case EntityKind::Criterion:
        return removeCriterion(id);
    case EntityKind::Round:
        return removeRound(id);
    case EntityKind::Rater:
        return removeRater(id);
    case EntityKind::Target: {
        const TargetOverride* target = findTarget(m_project, id);
        return target && setTargetOverride(target->roundId, target->touchpointId,
                                           target->criterionId, std::nullopt);
    }
    case EntityKind::Metric:
        return removeMetric(id);
    case EntityKind::Action:
        return removeAction(id);
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
    new RemoveWhereCommand<TargetOverride>(
        this, lists::targets(),
        [touchpoints](const TargetOverride& t) { return touchpoints.contains(t.touchpointId); },
        parent);
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
    new RemoveWhereCommand<TargetOverride>(
        this, lists::targets(),
        [criteria](const TargetOverride& t) { return criteria.contains(t.criterionId); }, parent);
    // A criterion that is gone leaves the rounds that rated it, locked or not.
    for (const Round& round : m_project.rounds) {
        std::vector<RoundCriterion> kept = round.criteria;
        std::erase_if(kept,
                      [&](const RoundCriterion& c) { return criteria.contains(c.criterionId); });
        if (kept.size() != round.criteria.size())
            new SetFieldCommand<Round, std::vector<RoundCriterion>>(this, round.id,
                                                                    &Round::criteria, kept, parent);
    }
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
    auto* parent = new QUndoCommand(removeText(m_project, EntityKind::Persona, id));
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
    if (!hasValidLaneKinds(journey))
        return NoId;
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
    auto* parent = new QUndoCommand(removeText(m_project, EntityKind::Journey, id));
    addTouchpointCascade({ids.begin(), ids.end()}, parent);
    // A round assesses its journey: it goes with it.
    new RemoveWhereCommand<Round>(
        this, lists::rounds(), [id](const Round& round) { return round.journeyId == id; }, parent);
    new RemoveItemCommand<Journey>(this, lists::journeys(), id, parent);
    return push(parent);
}

Id ProjectDocument::duplicateJourney(Id id, const QString& name, JourneyState state)
{
    const Journey* original = findJourney(m_project, id);
    if (!original)
        return NoId;
    Journey copy = *original;
    copy.name = name;
    copy.state = state;
    const int index = indexOfId(m_project.journeys, id) + 1;
    const QString text = tr("Duplicate journey %1").arg(quoted(original->name));
    assignIds(copy);
    const Id copyId = copy.id;
    auto* command = new InsertItemCommand<Journey>(this, lists::journeys(), index, std::move(copy));
    command->setText(text);
    push(command);
    return copyId;
}

bool ProjectDocument::moveJourney(Id id, int index)
{
    return push(makeMoveWithin(this, m_project.journeys, lists::journeys(), id, index));
}

} // namespace js
