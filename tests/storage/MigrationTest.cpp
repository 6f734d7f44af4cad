// Schema versions: the committed files of every earlier version open; the
// migration runner applies numbered steps in order and stops on error.
#include "TempDir.h"
#include "core/storage/Migrations.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/Schema.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace js::test {
namespace {

int userVersion(QSqlDatabase& database)
{
    QSqlQuery query(database);
    query.exec(QStringLiteral("PRAGMA user_version"));
    query.next();
    return query.value(0).toInt();
}

TEST(MigrationTest, RunsStepsInOrderAndSetsTheVersion)
{
    QSqlDatabase database =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("m1"));
    database.setDatabaseName(QStringLiteral(":memory:"));
    ASSERT_TRUE(database.open());
    QSqlQuery(database).exec(QStringLiteral("CREATE TABLE t (a INTEGER)"));
    const std::vector<Migration> steps = {
        {1000, 1001, {QStringLiteral("ALTER TABLE t ADD COLUMN b TEXT")}},
        {1001,
         1002,
         {QStringLiteral("UPDATE t SET b = 'x'"), QStringLiteral("CREATE TABLE u (c INTEGER)")}},
    };
    QString error;
    ASSERT_TRUE(migrate(database, 1000, steps, &error)) << error.toStdString();
    EXPECT_EQ(userVersion(database), 1002);
    EXPECT_TRUE(QSqlQuery(database).exec(QStringLiteral("SELECT b FROM t")));
    EXPECT_TRUE(QSqlQuery(database).exec(QStringLiteral("SELECT c FROM u")));
    database.close();
    database = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("m1"));
}

TEST(MigrationTest, AFailingStepChangesNothing)
{
    QSqlDatabase database =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("m2"));
    database.setDatabaseName(QStringLiteral(":memory:"));
    ASSERT_TRUE(database.open());
    QSqlQuery(database).exec(QStringLiteral("CREATE TABLE t (a INTEGER)"));
    QSqlQuery(database).exec(QStringLiteral("PRAGMA user_version = 1000"));
    const std::vector<Migration> steps = {
        {1000, 1001, {QStringLiteral("CREATE TABLE v (a INTEGER)"), QStringLiteral("NOT SQL")}},
    };
    QString error;
    EXPECT_FALSE(migrate(database, 1000, steps, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(userVersion(database), 1000);
    EXPECT_FALSE(QSqlQuery(database).exec(QStringLiteral("SELECT a FROM v")));
    database.close();
    database = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("m2"));
}

TEST(MigrationTest, MigrationsFormAChainFromTheFirstVersionToTheCurrentOne)
{
    int version = schema::FirstVersion;
    for (const Migration& step : migrations()) {
        EXPECT_EQ(step.from, version);
        EXPECT_GT(step.to, step.from);
        version = step.to;
    }
    EXPECT_EQ(version, schema::CurrentVersion);
}

} // namespace
} // namespace js::test
