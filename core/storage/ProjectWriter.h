#pragma once

#include "core/model/Project.h"
#include "core/storage/ChangeSet.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <map>
#include <memory>

namespace js {

// Writes a project, or the parts of it a ChangeSet names, into an open
// database of the current schema. The caller owns the transaction. Prepared
// statements are kept for the life of the writer, so repeated flushes are cheap.
class ProjectWriter {
public:
    explicit ProjectWriter(QSqlDatabase database);

    bool writeAll(const Project& project);
    bool apply(const Project& project, const ChangeSet& changes);
    const QString& error() const { return m_error; }
    const QSqlError& sqlError() const { return m_sqlError; }

private:
    bool writeMeta(const Project& project);
    bool writePersona(const Persona& persona, int position);
    bool writeJourney(const Journey& journey, int position, bool deep);
    bool writeLane(const Lane& lane, Id journey, int position);
    bool writeStage(const Stage& stage, Id journey, int position, bool deep);
    bool writeTouchpoint(const Touchpoint& touchpoint, Id stage, int position);
    bool writeCard(const LaneCard& card, Id stage, int position);
    bool writeFramework(const Framework& framework, int position, bool deep);
    bool writeCriterion(const Criterion& criterion, Id framework, int position);
    bool writeRound(const Round& round, int position, bool deep);
    bool writeRater(const Rater& rater, Id round, int position);
    bool writeRating(const RatingKey& key, const Rating& rating);
    bool writeTarget(const TargetOverride& target, int position);
    bool writeMetric(const Metric& metric, int position);
    bool writeAction(const Action& action, int position);

    // Writes one entity as it is now in the project; false only on error. An
    // entity that is gone is added to `missing`, for deletion afterwards.
    bool writeEntity(const Project& project, EntityKind kind, Id id, bool deep, bool siblings,
                     std::vector<ChangeSet::Entity>& missing);
    bool remove(EntityKind kind, Id id);
    // The owner a row has in the file (NoId for top-level rows or no row).
    bool storedOwner(EntityKind kind, Id id, Id* owner);
    bool renumber(const QString& table, const std::vector<Id>& ids);

    QSqlQuery& upsert(const QString& table, const QStringList& columns,
                      const QString& conflict = QStringLiteral("id"));
    QSqlQuery& statement(const QString& sql);
    bool run(QSqlQuery& query);

    QSqlDatabase m_database;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    QString m_error;
    QSqlError m_sqlError;
};

// The table an entity kind is stored in.
QString tableOf(EntityKind kind);

} // namespace js
