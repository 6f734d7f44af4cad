// Schema versions: the committed files of every earlier version open; the
// migration runner applies numbered steps in order and stops on error.
#include "TempDir.h"
#include "core/io/JsonFormat.h"
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

// The first committed file, copied where a test may change it.
QString firstVersionCopy(const TempDir& dir)
{
    const QString path = dir.path(QStringLiteral("Old client.journey"));
    EXPECT_TRUE(
        QFile::copy(QStringLiteral(JOURNEYSCOPE_FIXTURES "/schema-1000/demo.journey"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

// A later build's history: one step from the first version to the next.
SchemaHistory nextVersion(QStringList statements)
{
    return SchemaHistory{1001, {{1000, 1001, std::move(statements)}}};
}

TEST(MigrationTest, OpeningAnOlderFileWritesABackupAndMigratesIt)
{
    TempDir dir;
    const QString path = firstVersionCopy(dir);
    const QByteArray original = fileHash(path);
    OpenResult result;
    auto file = ProjectFile::open(
        path, &result, ProjectFile::Access::ReadWrite,
        nextVersion(
            {QStringLiteral("ALTER TABLE persona ADD COLUMN pronouns TEXT NOT NULL DEFAULT ''")}));
    ASSERT_TRUE(file) << result.message.toStdString();
    EXPECT_FALSE(file->isReadOnly());

    const QString backup = path + QStringLiteral(".v1000.bak");
    EXPECT_EQ(fileHash(backup), original) << "the backup is the file as it was";
    {
        QSqlDatabase database = file->database();
        EXPECT_EQ(userVersion(database), 1001);
        EXPECT_TRUE(QSqlQuery(database).exec(QStringLiteral("SELECT pronouns FROM persona")));
    }
    QString error;
    const std::optional<Project> project = file->load(&error);
    ASSERT_TRUE(project) << error.toStdString();
    EXPECT_EQ(projectToJson(*project),
              readBytes(QStringLiteral(JOURNEYSCOPE_FIXTURES "/schema-1000/demo.json")));
    file.reset();

    // This build, which only knows 1000, now sees a newer minor version.
    auto older = ProjectFile::open(path, &result);
    ASSERT_TRUE(older) << result.message.toStdString();
    EXPECT_TRUE(older->isReadOnly());
    EXPECT_EQ(result.problem, OpenProblem::NewerMinor);
}

TEST(MigrationTest, AFailedMigrationLeavesTheFileAsItWas)
{
    TempDir dir;
    const QString path = firstVersionCopy(dir);
    const QByteArray original = fileHash(path);
    OpenResult result;
    auto file = ProjectFile::open(
        path, &result, ProjectFile::Access::ReadWrite,
        nextVersion({QStringLiteral("CREATE TABLE extra (a INTEGER)"), QStringLiteral("NOT SQL")}));
    EXPECT_FALSE(file);
    EXPECT_EQ(result.problem, OpenProblem::CannotWrite);
    EXPECT_FALSE(result.message.isEmpty());
    EXPECT_EQ(fileHash(path), original);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".v1000.bak")));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-journal")));
}

TEST(MigrationTest, AVersionWithNoPathToTheCurrentOneIsRefused)
{
    TempDir dir;
    const QString path = firstVersionCopy(dir);
    const QByteArray original = fileHash(path);
    OpenResult result;
    const SchemaHistory gap{1002, {{1001, 1002, {QStringLiteral("SELECT 1")}}}};
    EXPECT_FALSE(ProjectFile::open(path, &result, ProjectFile::Access::ReadWrite, gap));
    EXPECT_EQ(result.problem, OpenProblem::CannotMigrate);
    EXPECT_TRUE(result.message.contains(QStringLiteral("1000"))) << result.message.toStdString();
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".v1000.bak")));
    EXPECT_EQ(fileHash(path), original);
}

} // namespace
} // namespace js::test
