// The last two steps of opening a file on their own (core/storage/open/):
// migrate an older file, then load the project; and the steps in order.
#include "FirstVersionCopy.h"
#include "OpenStepsFixture.h"
#include "ProjectDiff.h"
#include "core/storage/FileProbe.h"
#include "core/storage/NativeHandle.h"
#include "core/storage/NativeRatings.h"
#include "core/storage/ProjectReader.h"
#include "core/storage/Schema.h"
#include "core/storage/open/SchemaCheck.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace js::test {
namespace {

// 6. Migrate

TEST_F(OpenStepsTest, MigrateWritesABackupAndUpdatesTheFile)
{
    const QString path = firstVersionCopy(dir);
    const QByteArray original = fileHash(path);
    QFile::remove(backupPath(path, 1000));
    ASSERT_TRUE(writeBytes(backupPath(path, 1000), "an older backup"));
    Connection connection;
    const StepResult step = migrate(connection, path, 1000, false);
    ASSERT_TRUE(step.ok()) << step.detail.toStdString();
    EXPECT_FALSE(scratch) << "the file itself is migrated";
    EXPECT_EQ(fileHash(backupPath(path, 1000)), original) << "the old backup is replaced";
    EXPECT_TRUE(checkTables(connection.database()).ok());
    connection.close();
    EXPECT_EQ(probeFile(path).version, schema::CurrentVersion);
}

TEST_F(OpenStepsTest, AFailedMigrationRemovesItsBackup)
{
    const QString path = firstVersionCopy(dir);
    const QByteArray original = fileHash(path);
    SchemaHistory history = SchemaHistory::shipped();
    history.steps.push_back(
        {schema::CurrentVersion,
         schema::CurrentVersion + 1,
         {QStringLiteral("CREATE TABLE extra (a INTEGER)"), QStringLiteral("NOT SQL")}});
    history.current = schema::CurrentVersion + 1;
    Connection connection;
    const StepResult step = migrate(connection, path, 1000, false, history);
    EXPECT_EQ(step.problem, OpenProblem::CannotWrite);
    EXPECT_FALSE(step.detail.isEmpty());
    connection.close();
    EXPECT_FALSE(QFile::exists(backupPath(path, 1000)));
    EXPECT_EQ(fileHash(path), original);
}

TEST_F(OpenStepsTest, ABackupThatCannotBeWrittenStopsTheMigration)
{
    const QString path = firstVersionCopy(dir);
    const QByteArray original = fileHash(path);
    ASSERT_TRUE(QDir().mkpath(backupPath(path, 1000) + QStringLiteral("/in the way")));
    Connection connection;
    const StepResult step = migrate(connection, path, 1000, false);
    EXPECT_EQ(step.problem, OpenProblem::CannotWrite);
    EXPECT_TRUE(step.detail.contains(QStringLiteral("backup"))) << step.detail.toStdString();
    connection.close();
    EXPECT_EQ(fileHash(path), original);
}

TEST_F(OpenStepsTest, AReadOnlyOlderFileIsMigratedInACopy)
{
    const QString path = firstVersionCopy(dir);
    const QByteArray original = fileHash(path);
    Connection connection;
    const StepResult step = migrate(connection, path, 1000, true);
    ASSERT_TRUE(step.ok()) << step.detail.toStdString();
    ASSERT_TRUE(scratch);
    EXPECT_TRUE(connection.database().databaseName().startsWith(scratch->path()));
    EXPECT_TRUE(checkTables(connection.database()).ok());
    EXPECT_EQ(fileHash(path), original);
    EXPECT_FALSE(QFile::exists(backupPath(path, 1000)));
}

TEST_F(OpenStepsTest, MigrateLeavesCurrentFilesAndRefusesAGap)
{
    const QString path = demoFile(QStringLiteral("current.journey"));
    const QByteArray original = fileHash(path);
    Connection connection;
    EXPECT_TRUE(migrate(connection, path, schema::CurrentVersion, false).ok());
    EXPECT_TRUE(migrateOnOpen(connection, path, schema::CurrentVersion + 1, true,
                              SchemaHistory::shipped(), &scratch)
                    .ok())
        << "a newer minor version is read as it is";
    EXPECT_FALSE(scratch);
    const SchemaHistory gap{schema::CurrentVersion + 2,
                            {{schema::CurrentVersion + 1, schema::CurrentVersion + 2, {}}}};
    const StepResult step =
        migrateOnOpen(connection, path, schema::CurrentVersion, false, gap, &scratch);
    EXPECT_EQ(step.problem, OpenProblem::CannotMigrate);
    EXPECT_EQ(step.detail, QString::number(schema::CurrentVersion));
    connection.close();
    EXPECT_EQ(fileHash(path), original);
    EXPECT_FALSE(QFile::exists(backupPath(path, schema::CurrentVersion)));
}

// 7. Load

TEST_F(OpenStepsTest, LoadReadsTheWholeProject)
{
    const QString path = demoFile(QStringLiteral("load.journey"));
    Connection connection;
    ASSERT_TRUE(connection.open(path, true).ok());
    QString error;
    const std::optional<Project> project = loadProject(connection.database(), &error);
    ASSERT_TRUE(project) << error.toStdString();
    EXPECT_EQ(firstDifference(*project, demoProject()), "");
}

TEST_F(OpenStepsTest, LoadRefusesAProjectThatBreaksARule)
{
    const QString path = demoFile(QStringLiteral("rules.journey"));
    // Each row is fine for SQLite; the model wants ids unique project-wide.
    tamper(path, {QStringLiteral("UPDATE action SET id = (SELECT min(id) FROM persona) "
                                 "WHERE id = (SELECT min(id) FROM action)")});
    Connection connection;
    ASSERT_TRUE(connection.open(path, true).ok());
    QString error;
    EXPECT_FALSE(loadProject(connection.database(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("something else has too"))) << error.toStdString();

    const QString values = demoFile(QStringLiteral("values.journey"));
    tamper(values, {QStringLiteral("UPDATE touchpoint SET channel = 'carrier pigeon'")});
    Connection other;
    ASSERT_TRUE(other.open(values, true).ok());
    EXPECT_FALSE(loadProject(other.database(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("carrier pigeon"))) << error.toStdString();
}

TEST_F(OpenStepsTest, RatingsReadNativelyAreTheRatingsQtReads)
{
    const QString path = demoFile(QStringLiteral("native.journey"));
    Connection connection;
    ASSERT_TRUE(connection.open(path, false).ok());
    std::map<RatingKey, Rating> ratings;
    ASSERT_TRUE(readRatingsNatively(connection.database(), &ratings));
    EXPECT_FALSE(ratings.empty());
    EXPECT_EQ(ratings, demoProject().ratings);

    // On the same connection: what an open transaction changed is read too.
    QSqlQuery query(connection.database());
    ASSERT_TRUE(connection.database().transaction());
    ASSERT_TRUE(query.exec(QStringLiteral("DELETE FROM rating")));
    EXPECT_TRUE(readRatingsNatively(connection.database(), &ratings));
    EXPECT_TRUE(ratings.empty());
    ASSERT_TRUE(connection.database().rollback());
    ASSERT_TRUE(readRatingsNatively(connection.database(), &ratings));
    EXPECT_EQ(ratings.size(), demoProject().ratings.size());

    // A database without the table, or with no connection at all.
    ASSERT_TRUE(query.exec(QStringLiteral("DROP TABLE rating")));
    EXPECT_FALSE(readRatingsNatively(connection.database(), &ratings));
    EXPECT_TRUE(ratings.empty());
    EXPECT_FALSE(readRatingsNatively(QSqlDatabase(), &ratings));
}

TEST_F(OpenStepsTest, QtsSqliteIsTheLibraryJourneyscopeLinks)
{
    // Else ratings are read through Qt, Save as copies through Qt, and the
    // quick_check runs before the load instead of beside it: correct, slower.
    const QString path = demoFile(QStringLiteral("shared.journey"));
    Connection connection;
    ASSERT_TRUE(connection.open(path, true).ok());
    EXPECT_TRUE(sharedNativeHandle(connection.database()));
    connection.close();
    EXPECT_FALSE(sharedNativeHandle(connection.database()));
}

TEST_F(OpenStepsTest, RatingsThatQtWouldReadDifferentlyAreLeftToQt)
{
    const QString path = demoFile(QStringLiteral("odd.journey"));
    // A note stored as a blob: Qt's driver reads it as text all the same.
    tamper(path, {QStringLiteral("UPDATE rating SET note = CAST('seen' AS BLOB) WHERE rowid = "
                                 "(SELECT min(rowid) FROM rating)")});
    Connection connection;
    ASSERT_TRUE(connection.open(path, true).ok());
    std::map<RatingKey, Rating> ratings;
    EXPECT_FALSE(readRatingsNatively(connection.database(), &ratings));
    EXPECT_TRUE(ratings.empty());
    QString error;
    const std::optional<Project> project = loadProject(connection.database(), &error);
    ASSERT_TRUE(project) << error.toStdString();
    EXPECT_EQ(project->ratings.begin()->second.note, QStringLiteral("seen"));
    EXPECT_EQ(project->ratings.size(), demoProject().ratings.size());
}

// The sequence: a good file goes through every step and keeps its lock.

TEST_F(OpenStepsTest, TheStepsInOrderOpenAFileForEditing)
{
    const QString path = demoFile(QStringLiteral("all.journey"));
    OpenResult result;
    auto file = ProjectFile::open(path, &result);
    ASSERT_TRUE(file) << result.message.toStdString();
    EXPECT_FALSE(file->isReadOnly());
    EXPECT_TRUE(QFile::exists(QFileInfo(path).absoluteFilePath() + QStringLiteral(".lock")));
    QString error;
    ASSERT_TRUE(file->load(&error)) << error.toStdString();
}

} // namespace
} // namespace js::test
