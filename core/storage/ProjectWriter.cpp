#include "core/storage/ProjectWriter.h"

#include "core/model/ProjectQueries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

#include <algorithm>
#include <optional>

namespace js {

namespace {

// Text columns are NOT NULL: a null QString would bind as NULL, so it is
// written as the empty string.
QVariant sqlValue(const QString& text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QVariant sqlValue(const QVariant& value)
{
    return value;
}

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}

QVariant reference(Id id)
{
    return id == NoId ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
}

QString questionsText(const QStringList& questions)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(questions)).toJson(QJsonDocument::Compact));
}

template <typename T> std::vector<Id> idsOf(const std::vector<T>& items)
{
    std::vector<Id> ids;
    ids.reserve(items.size());
    for (const T& item : items)
        ids.push_back(item.id);
    return ids;
}

} // namespace

QString tableOf(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Project:
        return QStringLiteral("meta");
    case EntityKind::Persona:
        return QStringLiteral("persona");
    case EntityKind::Journey:
        return QStringLiteral("journey");
    case EntityKind::Stage:
        return QStringLiteral("stage");
    case EntityKind::Lane:
        return QStringLiteral("lane");
    case EntityKind::Card:
        return QStringLiteral("card");
    case EntityKind::Touchpoint:
        return QStringLiteral("touchpoint");
    case EntityKind::Framework:
        return QStringLiteral("framework");
    case EntityKind::Criterion:
        return QStringLiteral("criterion");
    case EntityKind::Round:
        return QStringLiteral("round");
    case EntityKind::Rater:
        return QStringLiteral("rater");
    case EntityKind::Metric:
        return QStringLiteral("metric");
    case EntityKind::Action:
        return QStringLiteral("action");
    }
    return {};
}

ProjectWriter::ProjectWriter(QSqlDatabase database)
    : m_database(std::move(database))
{}

QSqlQuery& ProjectWriter::statement(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_database);
        query->prepare(sql);
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    return *it->second;
}

QSqlQuery& ProjectWriter::upsert(const QString& table, const QStringList& columns,
                                 const QString& conflict)
{
    QStringList marks;
    QStringList updates;
    const QStringList keys = conflict.split(u',');
    for (const QString& column : columns) {
        marks << QStringLiteral("?");
        if (!keys.contains(column))
            updates << QStringLiteral("%1 = excluded.%1").arg(column);
    }
    return statement(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5")
            .arg(table, columns.join(u", "), marks.join(u", "), conflict, updates.join(u", ")));
}

bool ProjectWriter::run(QSqlQuery& query)
{
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    return false;
}

bool ProjectWriter::writeMeta(const Project& project)
{
    QSqlQuery& query =
        upsert(QStringLiteral("meta"), {QStringLiteral("key"), QStringLiteral("value")},
               QStringLiteral("key"));
    const std::pair<QString, QString> rows[] = {
        {QStringLiteral("name"), project.name},
        {QStringLiteral("client"), project.client},
        {QStringLiteral("description"), project.description},
    };
    for (const auto& [key, value] : rows) {
        query.bindValue(0, sqlValue(key));
        query.bindValue(1, sqlValue(value));
        if (!run(query))
            return false;
    }
    return true;
}

bool ProjectWriter::writePersona(const Persona& p, int position)
{
    QSqlQuery& q =
        upsert(QStringLiteral("persona"),
               {QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("name"),
                QStringLiteral("role"), QStringLiteral("description"), QStringLiteral("goals"),
                QStringLiteral("frustrations"), QStringLiteral("quote"), QStringLiteral("photo")});
    const QVariant values[] = {p.id,
                               position,
                               p.name,
                               p.role,
                               p.description,
                               p.goals,
                               p.frustrations,
                               p.quote,
                               p.photo.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                                 : QVariant(p.photo)};
    for (int i = 0; i < 9; ++i)
        q.bindValue(i, values[i].typeId() == QMetaType::QString ? sqlValue(values[i].toString())
                                                                : values[i]);
    return run(q);
}

bool ProjectWriter::writeJourney(const Journey& j, int position, bool deep)
{
    QSqlQuery& q =
        upsert(QStringLiteral("journey"), {QStringLiteral("id"), QStringLiteral("position"),
                                           QStringLiteral("name"), QStringLiteral("description"),
                                           QStringLiteral("persona_id"), QStringLiteral("state")});
    q.bindValue(0, sqlValue(j.id));
    q.bindValue(1, sqlValue(position));
    q.bindValue(2, sqlValue(j.name));
    q.bindValue(3, sqlValue(j.description));
    q.bindValue(4, sqlValue(reference(j.personaId)));
    q.bindValue(5, sqlValue(journeyStateKey(j.state)));
    if (!run(q))
        return false;
    if (!deep)
        return true;
    for (size_t i = 0; i < j.lanes.size(); ++i) {
        if (!writeLane(j.lanes[i], j.id, int(i)))
            return false;
    }
    for (size_t i = 0; i < j.stages.size(); ++i) {
        if (!writeStage(j.stages[i], j.id, int(i), true))
            return false;
    }
    return true;
}

bool ProjectWriter::writeLane(const Lane& lane, Id journey, int position)
{
    QSqlQuery& q =
        upsert(QStringLiteral("lane"),
               {QStringLiteral("id"), QStringLiteral("journey_id"), QStringLiteral("position"),
                QStringLiteral("name"), QStringLiteral("kind")});
    q.bindValue(0, sqlValue(lane.id));
    q.bindValue(1, sqlValue(journey));
    q.bindValue(2, sqlValue(position));
    q.bindValue(3, sqlValue(lane.name));
    q.bindValue(4, sqlValue(laneKindKey(lane.kind)));
    return run(q);
}

bool ProjectWriter::writeStage(const Stage& stage, Id journey, int position, bool deep)
{
    QSqlQuery& q =
        upsert(QStringLiteral("stage"),
               {QStringLiteral("id"), QStringLiteral("journey_id"), QStringLiteral("position"),
                QStringLiteral("name"), QStringLiteral("description")});
    q.bindValue(0, sqlValue(stage.id));
    q.bindValue(1, sqlValue(journey));
    q.bindValue(2, sqlValue(position));
    q.bindValue(3, sqlValue(stage.name));
    q.bindValue(4, sqlValue(stage.description));
    if (!run(q))
        return false;
    if (!deep)
        return true;
    for (size_t i = 0; i < stage.touchpoints.size(); ++i) {
        if (!writeTouchpoint(stage.touchpoints[i], stage.id, int(i)))
            return false;
    }
    for (size_t i = 0; i < stage.cards.size(); ++i) {
        if (!writeCard(stage.cards[i], stage.id, int(i)))
            return false;
    }
    return true;
}

bool ProjectWriter::writeTouchpoint(const Touchpoint& t, Id stage, int position)
{
    QSqlQuery& q = upsert(
        QStringLiteral("touchpoint"),
        {QStringLiteral("id"), QStringLiteral("stage_id"), QStringLiteral("position"),
         QStringLiteral("name"), QStringLiteral("channel"), QStringLiteral("owner"),
         QStringLiteral("description"), QStringLiteral("importance"), QStringLiteral("emotion")});
    q.bindValue(0, sqlValue(t.id));
    q.bindValue(1, sqlValue(stage));
    q.bindValue(2, sqlValue(position));
    q.bindValue(3, sqlValue(t.name));
    q.bindValue(4, sqlValue(channelKey(t.channel)));
    q.bindValue(5, sqlValue(t.owner));
    q.bindValue(6, sqlValue(t.description));
    q.bindValue(7, sqlValue(t.importance));
    q.bindValue(8, sqlValue(t.emotion));
    return run(q);
}

bool ProjectWriter::writeCard(const LaneCard& card, Id stage, int position)
{
    QSqlQuery& q =
        upsert(QStringLiteral("card"),
               {QStringLiteral("id"), QStringLiteral("stage_id"), QStringLiteral("lane_id"),
                QStringLiteral("position"), QStringLiteral("text")});
    q.bindValue(0, sqlValue(card.id));
    q.bindValue(1, sqlValue(stage));
    q.bindValue(2, sqlValue(card.laneId));
    q.bindValue(3, sqlValue(position));
    q.bindValue(4, sqlValue(card.text));
    return run(q);
}

bool ProjectWriter::writeFramework(const Framework& f, int position, bool deep)
{
    QSqlQuery& q = upsert(QStringLiteral("framework"),
                          {QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("key"),
                           QStringLiteral("name"), QStringLiteral("description")});
    q.bindValue(0, sqlValue(f.id));
    q.bindValue(1, sqlValue(position));
    q.bindValue(2, sqlValue(f.key));
    q.bindValue(3, sqlValue(f.name));
    q.bindValue(4, sqlValue(f.description));
    if (!run(q))
        return false;
    if (!deep)
        return true;
    for (size_t i = 0; i < f.criteria.size(); ++i) {
        if (!writeCriterion(f.criteria[i], f.id, int(i)))
            return false;
    }
    return true;
}

bool ProjectWriter::writeCriterion(const Criterion& c, Id framework, int position)
{
    QSqlQuery& q =
        upsert(QStringLiteral("criterion"),
               {QStringLiteral("id"), QStringLiteral("framework_id"), QStringLiteral("position"),
                QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("description"),
                QStringLiteral("questions"), QStringLiteral("weight"), QStringLiteral("target"),
                QStringLiteral("enabled")});
    q.bindValue(0, sqlValue(c.id));
    q.bindValue(1, sqlValue(framework));
    q.bindValue(2, sqlValue(position));
    q.bindValue(3, sqlValue(c.key));
    q.bindValue(4, sqlValue(c.name));
    q.bindValue(5, sqlValue(c.description));
    q.bindValue(6, sqlValue(questionsText(c.questions)));
    q.bindValue(7, sqlValue(c.weight));
    q.bindValue(8, sqlValue(c.target));
    q.bindValue(9, sqlValue(c.enabled ? 1 : 0));
    return run(q);
}

bool ProjectWriter::writeRound(const Round& r, int position, bool deep)
{
    QSqlQuery& q =
        upsert(QStringLiteral("round"), {QStringLiteral("id"), QStringLiteral("position"),
                                         QStringLiteral("name"), QStringLiteral("description"),
                                         QStringLiteral("date"), QStringLiteral("journey_id")});
    q.bindValue(0, sqlValue(r.id));
    q.bindValue(1, sqlValue(position));
    q.bindValue(2, sqlValue(r.name));
    q.bindValue(3, sqlValue(r.description));
    q.bindValue(4, sqlValue(dateValue(r.date)));
    q.bindValue(5, sqlValue(reference(r.journeyId)));
    if (!run(q))
        return false;
    if (!deep)
        return true;
    for (size_t i = 0; i < r.raters.size(); ++i) {
        if (!writeRater(r.raters[i], r.id, int(i)))
            return false;
    }
    return true;
}

bool ProjectWriter::writeRater(const Rater& rater, Id round, int position)
{
    QSqlQuery& q =
        upsert(QStringLiteral("rater"),
               {QStringLiteral("id"), QStringLiteral("round_id"), QStringLiteral("position"),
                QStringLiteral("name"), QStringLiteral("role")});
    q.bindValue(0, sqlValue(rater.id));
    q.bindValue(1, sqlValue(round));
    q.bindValue(2, sqlValue(position));
    q.bindValue(3, sqlValue(rater.name));
    q.bindValue(4, sqlValue(rater.role));
    return run(q);
}

bool ProjectWriter::writeRating(const RatingKey& key, const Rating& rating)
{
    QSqlQuery& q = upsert(QStringLiteral("rating"),
                          {QStringLiteral("round_id"), QStringLiteral("rater_id"),
                           QStringLiteral("touchpoint_id"), QStringLiteral("criterion_id"),
                           QStringLiteral("score"), QStringLiteral("note")},
                          QStringLiteral("round_id,rater_id,touchpoint_id,criterion_id"));
    q.bindValue(0, sqlValue(key.round));
    q.bindValue(1, sqlValue(key.rater));
    q.bindValue(2, sqlValue(key.touchpoint));
    q.bindValue(3, sqlValue(key.criterion));
    q.bindValue(4, sqlValue(rating.score));
    q.bindValue(5, sqlValue(rating.note));
    return run(q);
}

bool ProjectWriter::writeMetric(const Metric& m, int position)
{
    QSqlQuery& q =
        upsert(QStringLiteral("metric"),
               {QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("touchpoint_id"),
                QStringLiteral("kind"), QStringLiteral("value"), QStringLiteral("count"),
                QStringLiteral("scale"), QStringLiteral("date"), QStringLiteral("note")});
    q.bindValue(0, sqlValue(m.id));
    q.bindValue(1, sqlValue(position));
    q.bindValue(2, sqlValue(reference(m.touchpointId)));
    q.bindValue(3, sqlValue(metricKindKey(m.kind)));
    q.bindValue(4, sqlValue(m.value));
    q.bindValue(5, sqlValue(m.count));
    q.bindValue(6, sqlValue(m.scale));
    q.bindValue(7, sqlValue(dateValue(m.date)));
    q.bindValue(8, sqlValue(m.note));
    return run(q);
}

bool ProjectWriter::writeAction(const Action& a, int position)
{
    QSqlQuery& q =
        upsert(QStringLiteral("action"),
               {QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("title"),
                QStringLiteral("description"), QStringLiteral("touchpoint_id"),
                QStringLiteral("criterion_id"), QStringLiteral("owner"), QStringLiteral("due"),
                QStringLiteral("status"), QStringLiteral("impact"), QStringLiteral("effort")});
    q.bindValue(0, sqlValue(a.id));
    q.bindValue(1, sqlValue(position));
    q.bindValue(2, sqlValue(a.title));
    q.bindValue(3, sqlValue(a.description));
    q.bindValue(4, sqlValue(reference(a.touchpointId)));
    q.bindValue(5, sqlValue(reference(a.criterionId)));
    q.bindValue(6, sqlValue(a.owner));
    q.bindValue(7, sqlValue(dateValue(a.due)));
    q.bindValue(8, sqlValue(actionStatusKey(a.status)));
    q.bindValue(9, sqlValue(a.impact));
    q.bindValue(10, sqlValue(a.effort));
    return run(q);
}

bool ProjectWriter::writeAll(const Project& project)
{
    if (!writeMeta(project))
        return false;
    for (size_t i = 0; i < project.personas.size(); ++i) {
        if (!writePersona(project.personas[i], int(i)))
            return false;
    }
    for (size_t i = 0; i < project.journeys.size(); ++i) {
        if (!writeJourney(project.journeys[i], int(i), true))
            return false;
    }
    for (size_t i = 0; i < project.frameworks.size(); ++i) {
        if (!writeFramework(project.frameworks[i], int(i), true))
            return false;
    }
    for (size_t i = 0; i < project.rounds.size(); ++i) {
        if (!writeRound(project.rounds[i], int(i), true))
            return false;
    }
    for (const auto& [key, rating] : project.ratings) {
        if (!writeRating(key, rating))
            return false;
    }
    for (size_t i = 0; i < project.metrics.size(); ++i) {
        if (!writeMetric(project.metrics[i], int(i)))
            return false;
    }
    for (size_t i = 0; i < project.actions.size(); ++i) {
        if (!writeAction(project.actions[i], int(i)))
            return false;
    }
    return true;
}

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
    case EntityKind::Metric:
        return 11;
    case EntityKind::Action:
        return 12;
    }
    return 13;
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
        for (const char* table :
             {"action", "metric", "rating", "round", "framework", "journey", "persona", "meta"}) {
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
