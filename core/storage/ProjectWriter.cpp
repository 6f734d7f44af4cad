#include "core/storage/ProjectWriter.h"

#include "core/model/ProjectQueries.h"
#include "core/storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

namespace js {

namespace {

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
    case EntityKind::Target:
        return QStringLiteral("target");
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
    m_sqlError = query.lastError();
    m_error = m_sqlError.text();
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
                QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("hidden")});
    q.bindValue(0, sqlValue(lane.id));
    q.bindValue(1, sqlValue(journey));
    q.bindValue(2, sqlValue(position));
    q.bindValue(3, sqlValue(lane.name));
    q.bindValue(4, sqlValue(laneKindKey(lane.kind)));
    q.bindValue(5, sqlValue(lane.hidden ? 1 : 0));
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
    QSqlQuery& q = upsert(QStringLiteral("round"),
                          {QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("name"),
                           QStringLiteral("description"), QStringLiteral("date"),
                           QStringLiteral("journey_id"), QStringLiteral("locked")});
    q.bindValue(0, sqlValue(r.id));
    q.bindValue(1, sqlValue(position));
    q.bindValue(2, sqlValue(r.name));
    q.bindValue(3, sqlValue(r.description));
    q.bindValue(4, sqlValue(dateValue(r.date)));
    q.bindValue(5, sqlValue(reference(r.journeyId)));
    q.bindValue(6, sqlValue(r.locked ? 1 : 0));
    if (!run(q))
        return false;
    // The criteria are a field of the round: written whole with it.
    QSqlQuery& clear = statement(QStringLiteral("DELETE FROM round_criterion WHERE round_id = ?"));
    clear.bindValue(0, sqlValue(r.id));
    if (!run(clear))
        return false;
    QSqlQuery& add = statement(
        QStringLiteral("INSERT INTO round_criterion (round_id, criterion_id, position, weight, "
                       "target) VALUES (?, ?, ?, ?, ?)"));
    for (size_t i = 0; i < r.criteria.size(); ++i) {
        add.bindValue(0, sqlValue(r.id));
        add.bindValue(1, sqlValue(r.criteria[i].criterionId));
        add.bindValue(2, sqlValue(int(i)));
        add.bindValue(3, sqlValue(r.criteria[i].weight));
        add.bindValue(4, sqlValue(r.criteria[i].target));
        if (!run(add))
            return false;
    }
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

bool ProjectWriter::writeTarget(const TargetOverride& t, int position)
{
    QSqlQuery& q = upsert(QStringLiteral("target"),
                          {QStringLiteral("id"), QStringLiteral("position"),
                           QStringLiteral("round_id"), QStringLiteral("touchpoint_id"),
                           QStringLiteral("criterion_id"), QStringLiteral("target")});
    q.bindValue(0, sqlValue(t.id));
    q.bindValue(1, sqlValue(position));
    q.bindValue(2, sqlValue(t.roundId));
    q.bindValue(3, sqlValue(t.touchpointId));
    q.bindValue(4, sqlValue(t.criterionId));
    q.bindValue(5, sqlValue(t.target));
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
    for (size_t i = 0; i < project.targets.size(); ++i) {
        if (!writeTarget(project.targets[i], int(i)))
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

} // namespace js
