#pragma once

#include "core/document/ChangeEvent.h"
#include "core/document/EntityTraits.h"
#include "core/document/FieldRules.h"
#include "core/document/commands/SetFieldCommand.h"
#include "core/model/Project.h"
#include "core/model/ProjectQueries.h"

#include <QList>
#include <QObject>
#include <QUndoStack>

#include <map>
#include <set>

namespace js {

// One open project: owns the model and its undo stack. Every change goes
// through an operation here, which pushes a command; the model is read through
// project() and never written by views. Operations return false (or NoId) and
// change nothing when the edit is invalid or would change nothing.
//
// Signals name what changed by kind and id. Removing or adding an entity that
// owns others (a stage with its touchpoints and cards, a journey, a framework
// with its criteria, a round with its raters) is announced for the owner only.
class ProjectDocument : public QObject {
    Q_OBJECT

public:
    explicit ProjectDocument(Project project = {}, QObject* parent = nullptr);
    ~ProjectDocument() override;

    const Project& project() const { return m_project; }
    QUndoStack* undoStack() { return &m_undoStack; }

    // Replaces the whole model (after loading a file); clears the undo history.
    void resetProject(Project project);

    // Rises with every change of the model (and with a reset): a view or a
    // cache that saw revision N knows whether anything changed since.
    quint64 revision() const { return m_revision; }

    // Groups the edits made while it lives into one undo step with the given
    // name ("Delete 3 cards"). Batches nest: the outermost one names the step.
    // A batch in which nothing changed leaves no undo step.
    class Batch {
    public:
        Batch(ProjectDocument* document, const QString& text);
        ~Batch();
        Batch(const Batch&) = delete;
        Batch& operator=(const Batch&) = delete;
        void setText(const QString& text);

    private:
        ProjectDocument* m_document;
    };
    // Takes back the last undo step for good, with nothing to redo, when it
    // added this entity (a new card left empty). False if it did not.
    bool dropLastAdd(EntityKind kind, Id id);

    // Typing into one field merges into one undo step, within one run of
    // edits: a new run starts each time an editor takes the focus, so that
    // two sittings at the same field stay two steps. Naming a stage, lane,
    // touchpoint or card just added, in the run that added it, merges into
    // the add ("Add card “Too many ads”").
    void beginEditRun() { ++m_editRun; }
    quint64 editRun() const { return m_editRun; }

    // Sets one field of one entity: set(touchpointId, &Touchpoint::name, name).
    // For the project itself, pass NoId.
    template <typename E, typename T> bool set(Id id, T E::*member, const T& value);

    Id addPersona(Persona persona, int index = -1);
    bool removePersona(Id id);
    bool movePersona(Id id, int index);

    // The journey's stages, lanes, cards and touchpoints get new ids; cards
    // keep their lane by position.
    Id addJourney(Journey journey, int index = -1);
    bool removeJourney(Id id);
    bool moveJourney(Id id, int index);

    Id addStage(Id journeyId, int index, Stage stage);
    bool removeStage(Id id);
    bool moveStage(Id id, int index);

    Id addLane(Id journeyId, int index, Lane lane);
    bool removeLane(Id id);
    bool moveLane(Id id, int index);

    Id addCard(Id stageId, Id laneId, int indexInLane, const QString& text);
    bool removeCard(Id id);
    // Moves a card to a position among the cards of a text lane in a stage of
    // the same journey.
    bool moveCard(Id id, Id stageId, Id laneId, int indexInLane);

    Id addTouchpoint(Id stageId, int index, Touchpoint touchpoint);
    bool removeTouchpoint(Id id);
    // Moves a touchpoint within its stage or to another stage of its journey.
    bool moveTouchpoint(Id id, Id stageId, int index);

    Id addFramework(Framework framework, int index = -1);
    // A framework or criterion rated in a locked round stays until the round
    // is unlocked (lockedRoundRating tells which).
    bool removeFramework(Id id);
    bool moveFramework(Id id, int index);
    Id addCriterion(Id frameworkId, int index, Criterion criterion);
    bool removeCriterion(Id id);
    bool moveCriterion(Id id, int index);

    // A round needs an existing journey (NoId otherwise). Without criteria it
    // rates those switched on in the project's frameworks, with their weights
    // and targets of now; criteria that do not exist or appear twice are
    // dropped. Raters get new ids.
    Id addRound(Round round, int index = -1);
    bool removeRound(Id id);
    bool moveRound(Id id, int index);
    // Refused while the round is locked.
    Id addRater(Id roundId, int index, Rater rater);
    bool removeRater(Id id);
    // Whether a round may rate these criteria: each exists, once, with a
    // weight and target in range, and none it holds ratings on is left out.
    bool acceptsRoundCriteria(Id roundId, const std::vector<RoundCriterion>& criteria) const;
    // Whether a round is locked; false for an unknown one.
    bool isLocked(Id roundId) const;

    // The target of one touchpoint on one criterion in a round: a value
    // (1..5) adds or changes its override, nullopt removes it so the round's
    // target for the criterion applies. Refused in a locked round, for a
    // criterion the round does not rate or a touchpoint not on its journey.
    bool setTargetOverride(Id roundId, Id touchpointId, Id criterionId,
                           std::optional<double> target);

    // score is 1..5, Rating::NotApplicable, or Rating::NotRated (keeps the note).
    // Ratings of a locked round are refused.
    bool setRatingScore(const RatingKey& key, int score);
    bool setRatingNote(const RatingKey& key, const QString& note);
    bool clearRating(const RatingKey& key);
    const Rating* rating(const RatingKey& key) const;

    Id addMetric(Metric metric, int index = -1);
    bool removeMetric(Id id);
    Id addAction(Action action, int index = -1);
    bool removeAction(Id id);

    // True when the key names a rater of the round, a criterion the round
    // rates, and a touchpoint of the round's journey.
    bool isValidRatingKey(const RatingKey& key) const;
    bool exists(EntityKind kind, Id id) const;
    // Removes any entity by kind (with what it owns); false for the project.
    bool remove(EntityKind kind, Id id);
    // A copy of a journey with new ids (a future state from a current one),
    // placed after it, in one undo step. Returns the copy's id.
    Id duplicateJourney(Id id, const QString& name, JourneyState state);

Q_SIGNALS:
    // Every change, with what it names; emitted after the per-type signals
    // below, which carry the same news in short.
    void changed(const js::ChangeEvent& event);
    void entityAdded(js::EntityKind kind, js::Id id);
    void entityRemoved(js::EntityKind kind, js::Id id);
    void entityChanged(js::EntityKind kind, js::Id id);
    void entityMoved(js::EntityKind kind, js::Id id);
    void ratingChanged(const js::RatingKey& key);
    // Many ratings at once (those of a removed touchpoint, criterion, round or
    // rater, on removal and on undo).
    void ratingsChanged(const QList<js::RatingKey>& keys);
    void projectReset();

private:
    friend class DocumentCommand;
    class BatchCommand;

    void announce(ChangeEvent event);
    void endBatch();
    Id allocateId();
    void assignIds(Journey& journey);
    void assignIds(Stage& stage, const std::map<Id, Id>& laneIds);
    void assignIds(Framework& framework);
    void assignIds(Round& round);
    bool push(QUndoCommand* command);
    void addTouchpointCascade(const std::set<Id>& touchpoints, QUndoCommand* parent);
    void addCriterionCascade(const std::set<Id>& criteria, QUndoCommand* parent);
    QString editText(EntityKind kind, Id id, bool rename) const;

    Project m_project;
    QUndoStack m_undoStack;
    Id m_nextId = 1;
    quint64 m_revision = 0;
    quint64 m_editRun = 0;
    int m_batchDepth = 0;
    BatchCommand* m_batch = nullptr;
};

template <typename E, typename T> bool ProjectDocument::set(Id id, T E::*member, const T& value)
{
    E* entity = EntityTraits<E>::find(m_project, id);
    if (!entity || entity->*member == value || !acceptsValue(member, value))
        return false;
    if constexpr (std::is_same_v<T, Id>) {
        const std::optional<EntityKind> kind = referencedKind(member);
        if (!kind || (value != NoId && !exists(*kind, value)))
            return false;
    }
    if constexpr (std::is_same_v<E, Round>) {
        // A locked round is read-only until it is unlocked.
        bool unlocking = false;
        if constexpr (std::is_same_v<T, bool>)
            unlocking = member == &Round::locked;
        if (entity->locked && !unlocking)
            return false;
        // A round's ratings are of its journey's touchpoints: once it holds
        // some, it stays on that journey; and it always has one.
        if constexpr (std::is_same_v<T, Id>) {
            if (member == &Round::journeyId && (value == NoId || roundHasRatings(m_project, id)))
                return false;
        }
        if constexpr (std::is_same_v<T, std::vector<RoundCriterion>>) {
            if (!acceptsRoundCriteria(id, value))
                return false;
        }
    }
    if constexpr (std::is_same_v<E, Rater>) {
        Round* round = nullptr;
        findRater(m_project, id, &round);
        if (round->locked)
            return false;
    }
    if constexpr (std::is_same_v<E, Lane> && std::is_same_v<T, LaneKind>) {
        // Cards live only in text lanes: a lane holding some stays one.
        if (value != LaneKind::Text && laneHasCards(m_project, id))
            return false;
        // One touchpoint lane, one emotion lane, one lane of scores per journey.
        Journey* journey = nullptr;
        findLane(m_project, id, &journey);
        if (!allowsLaneKind(*journey, id, value))
            return false;
    }
    auto* command = new SetFieldCommand<E, T>(this, id, member, value);
    command->setText(editText(EntityTraits<E>::kind, id, fieldOf(member) == Field::Name));
    if constexpr (std::is_same_v<E, Lane> && std::is_same_v<T, bool>)
        command->setText(value ? tr("Hide lane %1").arg(quoted(entity->name))
                               : tr("Show lane %1").arg(quoted(entity->name)));
    if constexpr (std::is_same_v<E, Round> && std::is_same_v<T, bool>)
        command->setText(value ? tr("Lock round %1").arg(quoted(entity->name))
                               : tr("Unlock round %1").arg(quoted(entity->name)));
    return push(command);
}

} // namespace js
