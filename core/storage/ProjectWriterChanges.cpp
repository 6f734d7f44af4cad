// Applying a change set: the incremental part of ProjectWriter.

#include "core/model/ProjectQueries.h"
#include "core/storage/ProjectWriter.h"
#include "core/storage/SqlValues.h"

#include <QSqlQuery>

#include <algorithm>
#include <optional>
#include <set>

namespace js {

bool ProjectWriter::remove(EntityKind kind, Id id)
{
    QSqlQuery& q = statement(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(tableOf(kind)));
    q.bindValue(0, sqlValue(id));
    return run(q);
}

bool ProjectWriter::renumber(const QString& table, const std::vector<Id>& ids)
{
    QSqlQuery& q = statement(QStringLiteral("UPDATE %1 SET position = ? WHERE id = ?").arg(table));
    for (size_t i = 0; i < ids.size(); ++i) {
        q.bindValue(0, sqlValue(int(i)));
        q.bindValue(1, sqlValue(ids[i]));
        if (!run(q))
            return false;
    }
    return true;
}

bool ProjectWriter::writeEntity(const Project& constProject, EntityKind kind, Id id, bool deep,
                                bool siblings, std::vector<ChangeSet::Entity>& missing)
{
    auto gone = [&] {
        missing.emplace_back(kind, id);
        return true;
    };
    // Lookups only read; they take a mutable project for the owner pointers.
    Project& project = const_cast<Project&>(constProject);
    const QString table = tableOf(kind);
    auto write = [&](const auto& list, auto&& writeOne) {
        const int index = indexOfId(list, id);
        if (index < 0)
            return gone();
        if (!writeOne(list[size_t(index)], index))
            return false;
        return !siblings || renumber(table, idsOf(list));
    };
    switch (kind) {
    case EntityKind::Project:
        return writeMeta(project);
    case EntityKind::Persona:
        return write(project.personas, [&](const Persona& p, int i) { return writePersona(p, i); });
    case EntityKind::Journey:
        return write(project.journeys,
                     [&](const Journey& j, int i) { return writeJourney(j, i, deep); });
    case EntityKind::Framework:
        return write(project.frameworks,
                     [&](const Framework& f, int i) { return writeFramework(f, i, deep); });
    case EntityKind::Round:
        return write(project.rounds, [&](const Round& r, int i) { return writeRound(r, i, deep); });
    case EntityKind::Target:
        return write(project.targets,
                     [&](const TargetOverride& t, int i) { return writeTarget(t, i); });
    case EntityKind::Metric:
        return write(project.metrics, [&](const Metric& m, int i) { return writeMetric(m, i); });
    case EntityKind::Action:
        return write(project.actions, [&](const Action& a, int i) { return writeAction(a, i); });
    case EntityKind::Stage: {
        Journey* journey = nullptr;
        if (!findStage(project, id, &journey))
            return gone();
        return write(journey->stages,
                     [&](const Stage& s, int i) { return writeStage(s, journey->id, i, deep); });
    }
    case EntityKind::Lane: {
        Journey* journey = nullptr;
        if (!findLane(project, id, &journey))
            return gone();
        return write(journey->lanes,
                     [&](const Lane& l, int i) { return writeLane(l, journey->id, i); });
    }
    case EntityKind::Touchpoint: {
        Stage* stage = nullptr;
        if (!findTouchpoint(project, id, &stage))
            return gone();
        return write(stage->touchpoints,
                     [&](const Touchpoint& t, int i) { return writeTouchpoint(t, stage->id, i); });
    }
    case EntityKind::Card: {
        Stage* stage = nullptr;
        if (!findCard(project, id, &stage))
            return gone();
        return write(stage->cards,
                     [&](const LaneCard& c, int i) { return writeCard(c, stage->id, i); });
    }
    case EntityKind::Criterion: {
        Framework* framework = nullptr;
        if (!findCriterion(project, id, &framework))
            return gone();
        return write(framework->criteria, [&](const Criterion& c, int i) {
            return writeCriterion(c, framework->id, i);
        });
    }
    case EntityKind::Rater: {
        Round* round = nullptr;
        if (!findRater(project, id, &round))
            return gone();
        return write(round->raters,
                     [&](const Rater& r, int i) { return writeRater(r, round->id, i); });
    }
    }
    return true;
}

namespace {

// Rows are written in an order where everything a row refers to is already
// there: a persona before the journey naming it, a lane before the cards in
// it, a touchpoint before the metrics and actions pointing at it.
int writeRank(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Project:
        return 0;
    case EntityKind::Persona:
        return 1;
    case EntityKind::Journey:
        return 2;
    case EntityKind::Lane:
        return 3;
    case EntityKind::Stage:
        return 4;
    case EntityKind::Touchpoint:
        return 5;
    case EntityKind::Card:
        return 6;
    case EntityKind::Framework:
        return 7;
    case EntityKind::Criterion:
        return 8;
    case EntityKind::Round:
        return 9;
    case EntityKind::Rater:
        return 10;
    case EntityKind::Target:
        return 11;
    case EntityKind::Metric:
        return 12;
    case EntityKind::Action:
        return 13;
    }
    return 14;
}

// The column naming the entity that holds a list, for kinds that live inside
// another entity; empty for the project's own lists.
QString ownerColumn(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Stage:
    case EntityKind::Lane:
        return QStringLiteral("journey_id");
    case EntityKind::Touchpoint:
    case EntityKind::Card:
        return QStringLiteral("stage_id");
    case EntityKind::Criterion:
        return QStringLiteral("framework_id");
    case EntityKind::Rater:
        return QStringLiteral("round_id");
    default:
        return {};
    }
}

// The ids of one list as the model holds it now; nullopt when its owner is gone.
std::optional<std::vector<Id>> listIds(const Project& project, EntityKind kind, Id owner)
{
    auto of = [](const auto* holder, auto member) -> std::optional<std::vector<Id>> {
        if (!holder)
            return std::nullopt;
        return idsOf(holder->*member);
    };
    switch (kind) {
    case EntityKind::Project:
        return std::nullopt;
    case EntityKind::Persona:
        return idsOf(project.personas);
    case EntityKind::Journey:
        return idsOf(project.journeys);
    case EntityKind::Framework:
        return idsOf(project.frameworks);
    case EntityKind::Round:
        return idsOf(project.rounds);
    case EntityKind::Target:
        return idsOf(project.targets);
    case EntityKind::Metric:
        return idsOf(project.metrics);
    case EntityKind::Action:
        return idsOf(project.actions);
    case EntityKind::Stage:
        return of(findJourney(project, owner), &Journey::stages);
    case EntityKind::Lane:
        return of(findJourney(project, owner), &Journey::lanes);
    case EntityKind::Touchpoint:
        return of(findStage(project, owner), &Stage::touchpoints);
    case EntityKind::Card:
        return of(findStage(project, owner), &Stage::cards);
    case EntityKind::Criterion:
        return of(findFramework(project, owner), &Framework::criteria);
    case EntityKind::Rater:
        return of(findRound(project, owner), &Round::raters);
    }
    return std::nullopt;
}

} // namespace

bool ProjectWriter::storedOwner(EntityKind kind, Id id, Id* owner)
{
    *owner = NoId;
    const QString column = ownerColumn(kind);
    if (column.isEmpty())
        return true;
    QSqlQuery& q =
        statement(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, tableOf(kind)));
    q.bindValue(0, sqlValue(id));
    if (!run(q))
        return false;
    if (q.next())
        *owner = q.value(0).toLongLong();
    q.finish();
    return true;
}

bool ProjectWriter::apply(const Project& project, const ChangeSet& changes)
{
    if (changes.everything) {
        // Deleting the top-level rows cascades through everything they own.
        for (const char* table : {"action", "metric", "target", "rating", "round", "framework",
                                  "journey", "persona", "meta"}) {
            if (!run(statement(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)))))
                return false;
        }
        return writeAll(project);
    }
    if (changes.projectFields && !writeMeta(project))
        return false;
    std::vector<ChangeSet::Entity> ordered(changes.entities.begin(), changes.entities.end());
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
        return writeRank(a.first) < writeRank(b.first);
    });
    // A list an entity left (removed, or moved elsewhere) keeps a gap in its
    // positions; it is renumbered at the end, so that a later single write of
    // position = index can never tie with a sibling.
    std::set<ChangeSet::Entity> leftLists;
    auto noteOldOwner = [&](EntityKind kind, Id id) {
        Id owner = NoId;
        if (!storedOwner(kind, id, &owner))
            return false;
        leftLists.insert({kind, owner});
        return true;
    };
    // Everything that still exists is written before anything is deleted: a
    // touchpoint moved out of a stage that is then removed must reach its new
    // stage before the removal cascades through the old one.
    std::vector<ChangeSet::Entity> missing;
    for (const auto& [kind, id] : ordered) {
        const bool siblings = changes.siblings.contains({kind, id});
        if (siblings && !noteOldOwner(kind, id))
            return false;
        if (!writeEntity(project, kind, id, changes.deep.contains({kind, id}), siblings, missing))
            return false;
    }
    for (const auto& [kind, id] : missing) {
        if (!noteOldOwner(kind, id) || !remove(kind, id))
            return false;
    }
    for (const auto& [kind, owner] : leftLists) {
        if (const auto ids = listIds(project, kind, owner); ids && !renumber(tableOf(kind), *ids))
            return false;
    }
    QSqlQuery& removeRating =
        statement(QStringLiteral("DELETE FROM rating WHERE round_id = ? AND rater_id = ? AND "
                                 "touchpoint_id = ? AND criterion_id = ?"));
    for (const RatingKey& key : changes.ratings) {
        const auto it = project.ratings.find(key);
        if (it != project.ratings.end()) {
            if (!writeRating(key, it->second))
                return false;
            continue;
        }
        removeRating.bindValue(0, sqlValue(key.round));
        removeRating.bindValue(1, sqlValue(key.rater));
        removeRating.bindValue(2, sqlValue(key.touchpoint));
        removeRating.bindValue(3, sqlValue(key.criterion));
        if (!run(removeRating))
            return false;
    }
    return true;
}

} // namespace js
