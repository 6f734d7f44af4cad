// Schema versions: the committed files of every earlier version open; the
// migration runner applies numbered steps in order and stops on error.
#include "FirstVersionCopy.h"
#include "ProjectDiff.h"
#include "ReloadProject.h"
#include "TempDir.h"
#include "core/document/ProjectDocument.h"
#include "core/io/JsonFormat.h"
#include "core/storage/Migrations.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectSession.h"
#include "core/storage/Schema.h"

#include <QDir>
#include <QFileInfo>
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

// The project the first committed file holds, read from its JSON twin: JSON
// of schema 1000, which has no "hidden" on lanes.
Project firstVersionProject()
{
    QString error;
    const std::optional<Project> project = projectFromJson(
        readBytes(QStringLiteral(JOURNEYSCOPE_FIXTURES "/schema-1000/demo.json")), &error);
    EXPECT_TRUE(project) << error.toStdString();
    return project.value_or(Project{});
}

// A later build's history: the shipped steps, then one more to a made-up
// version after the current one.
SchemaHistory nextVersion(QStringList statements)
{
    SchemaHistory history = SchemaHistory::shipped();
    history.steps.push_back(
        {schema::CurrentVersion, schema::CurrentVersion + 1, std::move(statements)});
    history.current = schema::CurrentVersion + 1;
    return history;
}

// Each column of each table as PRAGMA table_info describes it: name, type,
// NOT NULL, default and primary key.
QStringList columnsOf(QSqlDatabase database)
{
    QStringList columns;
    for (const QString& table : schema::tableNames()) {
        QSqlQuery query(database);
        EXPECT_TRUE(query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
        while (query.next()) {
            columns << QStringLiteral("%1.%2 %3 notnull=%4 default=%5 pk=%6")
                           .arg(table, query.value(1).toString(), query.value(2).toString(),
                                query.value(3).toString(), query.value(4).toString(),
                                query.value(5).toString());
        }
    }
    return columns;
}

TEST(MigrationTest, TheFirstVersionIsMigratedToTheCurrentOneWhenOpenedForEditing)
{
    TempDir dir;
    const QString path = firstVersionCopy(dir);
    const QByteArray original = fileHash(path);
    const QString backup = path + QStringLiteral(".v1000.bak");
    OpenResult result;
    {
        // The way the window opens a file: the shipped history, for editing.
        auto session = ProjectSession::open(path, &result);
        ASSERT_TRUE(session) << result.message.toStdString();
        EXPECT_FALSE(session->isReadOnly());
        EXPECT_EQ(result.problem, OpenProblem::None);
        EXPECT_EQ(fileHash(backup), original) << "the backup is the file as it was";

        const Project& project = session->document()->project();
        int lanes = 0;
        for (const Journey& journey : project.journeys) {
            for (const Lane& lane : journey.lanes) {
                EXPECT_FALSE(lane.hidden) << "lane " << lane.id;
                ++lanes;
            }
        }
        EXPECT_GT(lanes, 0);
        EXPECT_EQ(firstDifference(project, firstVersionProject()), "");

        // The migrated file takes the new field like a new one does.
        const Id lane = project.journeys.front().lanes.back().id;
        ASSERT_TRUE(session->document()->set(lane, &Lane::hidden, true));
        ASSERT_TRUE(session->flushNow()) << session->lastError().toStdString();
    }

    // Migrated: the current version, with the columns a new file has.
    const QString fresh = dir.path(QStringLiteral("New client.journey"));
    QString error;
    ASSERT_TRUE(ProjectFile::create(fresh, firstVersionProject(), &error)) << error.toStdString();
    {
        auto migrated = ProjectFile::open(path, &result, ProjectFile::Access::ReadOnly);
        ASSERT_TRUE(migrated) << result.message.toStdString();
        auto created = ProjectFile::open(fresh, &result, ProjectFile::Access::ReadOnly);
        ASSERT_TRUE(created) << result.message.toStdString();
        QSqlDatabase database = migrated->database();
        QSqlDatabase createdDatabase = created->database();
        EXPECT_EQ(userVersion(database), schema::CurrentVersion);
        EXPECT_EQ(columnsOf(database), columnsOf(createdDatabase));
        EXPECT_TRUE(columnsOf(database).contains(
            QStringLiteral("lane.hidden INTEGER notnull=1 default=0 pk=0")));
    }
    const Project reloaded = reloadProject(path);
    ASSERT_FALSE(reloaded.journeys.empty());
    EXPECT_TRUE(reloaded.journeys.front().lanes.back().hidden);

    // Opening it again needs no migration and makes no new backup.
    ASSERT_TRUE(QFile::remove(backup));
    EXPECT_TRUE(ProjectSession::open(path, &result)) << result.message.toStdString();
    EXPECT_FALSE(QFile::exists(backup));
}

TEST(MigrationTest, AFileOfTheFirstVersionThatMustStayReadOnlyIsReadThroughAnUpdatedCopy)
{
    // Viewing (journeyscope check and export, a file locked elsewhere) never
    // changes the file: it is read through a private copy brought up to date.
    TempDir dir;
    const QString path = firstVersionCopy(dir);
    const QByteArray original = fileHash(path);
    OpenResult result;
    auto file = ProjectFile::open(path, &result, ProjectFile::Access::ReadOnly);
    ASSERT_TRUE(file) << result.message.toStdString();
    EXPECT_TRUE(file->isReadOnly());
    EXPECT_EQ(file->location(), QFileInfo(path).absoluteFilePath());
    QString error;
    const std::optional<Project> project = file->load(&error);
    ASSERT_TRUE(project) << error.toStdString();
    EXPECT_EQ(*project, firstVersionProject());
    file.reset();
    EXPECT_EQ(fileHash(path), original) << "the file is as it was";
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".v1000.bak"))) << "and needs no backup";
    // Nothing of the copy is left beside the file.
    EXPECT_EQ(QFileInfo(path).absoluteDir().entryList(QDir::Files).size(), 1);
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
        EXPECT_EQ(userVersion(database), schema::CurrentVersion + 1);
        EXPECT_TRUE(QSqlQuery(database).exec(QStringLiteral("SELECT pronouns FROM persona")));
        EXPECT_TRUE(QSqlQuery(database).exec(QStringLiteral("SELECT hidden FROM lane")))
            << "the shipped steps ran first";
    }
    QString error;
    const std::optional<Project> project = file->load(&error);
    ASSERT_TRUE(project) << error.toStdString();
    EXPECT_EQ(firstDifference(*project, firstVersionProject()), "");
    file.reset();

    // This build, which only knows the current version, now sees a newer minor one.
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
    // The shipped steps succeed, the made-up one after them fails: all of
    // them are rolled back.
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
