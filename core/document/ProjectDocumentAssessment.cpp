// ProjectDocument operations on the assessment: frameworks, criteria, rounds,
// raters, ratings, metrics and actions.

#include "core/document/ListLocators.h"
#include "core/document/OperationHelpers.h"
#include "core/document/ProjectDocument.h"
#include "core/document/commands/ListCommands.h"
#include "core/document/commands/RatingCommands.h"

#include <algorithm>
#include <set>

namespace js {

using namespace detail;

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
    if (lockedRoundRating(m_project, ids))
        return false;
    auto* parent = new QUndoCommand(removeText(m_project, EntityKind::Framework, id));
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
    if (!findCriterion(m_project, id, &framework) || lockedRoundRating(m_project, {id}))
        return false;
    auto* parent = new QUndoCommand(removeText(m_project, EntityKind::Criterion, id));
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
    if (!findJourney(m_project, round.journeyId))
        return NoId;
    if (round.criteria.empty())
        round.criteria = defaultRoundCriteria(m_project.frameworks);
    std::set<Id> seen;
    std::erase_if(round.criteria, [&](const RoundCriterion& c) {
        return !findCriterion(m_project, c.criterionId) || !seen.insert(c.criterionId).second;
    });
    for (RoundCriterion& c : round.criteria) {
        if (!ranges::weight.contains(c.weight))
            c.weight = 1.0;
        c.target = std::clamp(c.target, double(MinScore), double(MaxScore));
    }
    assignIds(round);
    const Id id = round.id;
    auto* command = new InsertItemCommand<Round>(
        this, lists::rounds(), clampIndex(index, m_project.rounds.size()), std::move(round));
    command->setText(addText(EntityKind::Round));
    push(command);
    return id;
}

bool ProjectDocument::moveRound(Id id, int index)
{
    return push(makeMoveWithin(this, m_project.rounds, lists::rounds(), id, index));
}

bool ProjectDocument::isLocked(Id roundId) const
{
    const Round* round = findRound(m_project, roundId);
    return round && round->locked;
}

bool ProjectDocument::acceptsRoundCriteria(Id roundId,
                                           const std::vector<RoundCriterion>& criteria) const
{
    const Round* round = findRound(m_project, roundId);
    if (!round)
        return false;
    std::set<Id> ids;
    for (const RoundCriterion& c : criteria) {
        if (!findCriterion(m_project, c.criterionId) || !ids.insert(c.criterionId).second ||
            !ranges::weight.contains(c.weight) || !ranges::target.contains(c.target))
            return false;
    }
    for (const RoundCriterion& c : round->criteria) {
        if (!ids.contains(c.criterionId) && roundRatesCriterion(m_project, roundId, c.criterionId))
            return false;
    }
    return true;
}

bool ProjectDocument::removeRound(Id id)
{
    if (!findRound(m_project, id))
        return false;
    auto* parent = new QUndoCommand(removeText(m_project, EntityKind::Round, id));
    new RemoveRatingsCommand(
        this, [id](const RatingKey& key) { return key.round == id; }, parent);
    new RemoveWhereCommand<TargetOverride>(
        this, lists::targets(), [id](const TargetOverride& t) { return t.roundId == id; }, parent);
    new RemoveItemCommand<Round>(this, lists::rounds(), id, parent);
    return push(parent);
}

Id ProjectDocument::addRater(Id roundId, int index, Rater rater)
{
    const Round* round = findRound(m_project, roundId);
    if (!round || round->locked)
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
    if (!findRater(m_project, id, &round) || round->locked)
        return false;
    auto* parent = new QUndoCommand(removeText(m_project, EntityKind::Rater, id));
    new RemoveRatingsCommand(
        this, [id](const RatingKey& key) { return key.rater == id; }, parent);
    new RemoveItemCommand<Rater>(this, lists::raters(round->id), id, parent);
    return push(parent);
}

// ---- ratings

bool ProjectDocument::isValidRatingKey(const RatingKey& key) const
{
    const Round* round = findRound(m_project, key.round);
    if (!round || !findById(round->raters, key.rater) || !findRoundCriterion(*round, key.criterion))
        return false;
    const Journey* journey = journeyOfTouchpoint(m_project, key.touchpoint);
    return journey && journey->id == round->journeyId;
}

const Rating* ProjectDocument::rating(const RatingKey& key) const
{
    auto it = m_project.ratings.find(key);
    return it == m_project.ratings.end() ? nullptr : &it->second;
}

bool ProjectDocument::setRatingScore(const RatingKey& key, int score)
{
    if (!isValidRatingKey(key) || !isValidScore(score) || isLocked(key.round))
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
    if (!isValidRatingKey(key) || isLocked(key.round))
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
    if (!rating(key) || isLocked(key.round))
        return false;
    auto* command = new SetRatingCommand(this, key, std::nullopt, false);
    command->setText(tr("Clear rating"));
    return push(command);
}

// ---- targets

bool ProjectDocument::setTargetOverride(Id roundId, Id touchpointId, Id criterionId,
                                        std::optional<double> target)
{
    const Round* round = findRound(m_project, roundId);
    const Touchpoint* touchpoint = findTouchpoint(m_project, touchpointId);
    const Criterion* criterion = findCriterion(m_project, criterionId);
    const Journey* journey = journeyOfTouchpoint(m_project, touchpointId);
    if (!round || round->locked || !touchpoint || !criterion || !journey ||
        journey->id != round->journeyId || !findRoundCriterion(*round, criterionId) ||
        (target && !ranges::target.contains(*target)))
        return false;
    const TargetOverride* old = findTargetOverride(m_project, roundId, touchpointId, criterionId);
    const QString text =
        tr("Set the target of %1 on %2").arg(quoted(touchpoint->name), quoted(criterion->name));
    if (!target) {
        if (!old)
            return false;
        auto* command = new RemoveItemCommand<TargetOverride>(this, lists::targets(), old->id);
        command->setText(tr("Reset the target of %1 on %2")
                             .arg(quoted(touchpoint->name), quoted(criterion->name)));
        return push(command);
    }
    if (old) {
        if (old->target == *target)
            return false;
        auto* command = new SetFieldCommand<TargetOverride, double>(
            this, old->id, &TargetOverride::target, *target);
        command->setText(text);
        return push(command);
    }
    TargetOverride added{allocateId(), roundId, touchpointId, criterionId, *target};
    auto* command = new InsertItemCommand<TargetOverride>(this, lists::targets(),
                                                          int(m_project.targets.size()), added);
    command->setText(text);
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
    command->setText(removeText(m_project, EntityKind::Metric, id));
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
    command->setText(removeText(m_project, EntityKind::Action, id));
    return push(command);
}

} // namespace js
