#include "core/storage/open/SchemaCheck.h"

#include "core/storage/Schema.h"
#include "core/storage/open/Connection.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace js {

namespace {

struct ProjectFileText {
    Q_DECLARE_TR_FUNCTIONS(js::ProjectFile)
};

StepResult queryFailed(const QSqlQuery& query)
{
    return {isLockError(query.lastError()) ? OpenProblem::Busy : OpenProblem::Damaged,
            query.lastError().text()};
}

} // namespace

StepResult validateSchema(QSqlDatabase& database)
{
    const StepResult objects = checkSchemaObjects(database);
    return objects.ok() ? quickCheck(database) : objects;
}

StepResult checkSchemaObjects(QSqlDatabase& database)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT type, name FROM sqlite_master")))
        return queryFailed(query);
    QStringList tables;
    while (query.next()) {
        const QString type = query.value(0).toString();
        if (type == u"trigger" || type == u"view")
            return {OpenProblem::Unsafe, {}};
        if (type == u"table")
            tables << query.value(1).toString();
    }
    // A table of someone else's may stay, but not one whose foreign keys
    // would stop us deleting our own rows.
    for (const QString& table : std::as_const(tables)) {
        if (schema::tableNames().contains(table) || table.startsWith(u"sqlite_"))
            continue;
        QString quoted = table;
        quoted.replace(u'"', QStringLiteral("\"\""));
        if (query.exec(QStringLiteral("PRAGMA foreign_key_list(\"%1\")").arg(quoted)) &&
            query.next())
            return {OpenProblem::Unsafe, {}};
    }
    return {};
}

StepResult quickCheck(QSqlDatabase& database)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
        return queryFailed(query);
    return quickCheckVerdict(query.value(0).toString() == u"ok");
}

StepResult quickCheckVerdict(bool ok)
{
    if (!ok)
        return {OpenProblem::Damaged, ProjectFileText::tr("its internal structure is corrupt")};
    return {};
}

StepResult checkTables(QSqlDatabase& database)
{
    const QStringList tables = database.tables();
    for (const QString& table : schema::tableNames()) {
        if (!tables.contains(table))
            return {OpenProblem::Damaged,
                    ProjectFileText::tr("the table “%1” is missing").arg(table)};
    }
    return {};
}

QString integrityCheck(QSqlDatabase& database)
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return query.lastError().text();
    QStringList problems;
    while (query.next() && problems.size() < 5)
        problems << query.value(0).toString();
    return problems.join(u"; ");
}

} // namespace js
