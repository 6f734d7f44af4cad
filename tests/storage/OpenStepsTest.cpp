// Each step of opening a file on its own (core/storage/open/), in the order
// ProjectFile::open runs them: probe, recover, lock, connect, validate,
// migrate, load.
#include "HotJournalWriter.h"
#include "ProjectDiff.h"
#include "TempDir.h"
#include "core/content/DemoProject.h"
#include "core/storage/FileProbe.h"
#include "core/storage/NativeRatings.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectReader.h"
#include "core/storage/Schema.h"
#include "core/storage/open/Connection.h"
#include "core/storage/open/FileLock.h"
#include "core/storage/open/HotJournal.h"
#include "core/storage/open/MigrateOnOpen.h"
#include "core/storage/open/QuickCheck.h"
#include "core/storage/open/SchemaCheck.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QThread>
#include <QtEndian>

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace js::test {
namespace {

class OpenStepsTest : public ::testing::Test {
protected:
    QString demoFile(const QString& name)
    {
        const QString path = dir.path(name);
        QString error;
        EXPECT_TRUE(ProjectFile::create(path, demoProject(), &error)) << error.toStdString();
        return path;
    }

    // Runs SQL on a file behind Journeyscope's back.
    void tamper(const QString& path, const QStringList& statements)
    {
        Connection connection;
        ASSERT_TRUE(connection.open(path, false).ok());
        QSqlQuery query(connection.database());
        for (const QString& statement : statements)
            ASSERT_TRUE(query.exec(statement)) << statement.toStdString();
    }

    // Writes a big-endian 32-bit value into the file's header.
    void patchHeader(const QString& path, int offset, quint32 value)
    {
        QByteArray bytes = readBytes(path);
        ASSERT_GE(bytes.size(), 100);
        qToBigEndian(value, bytes.data() + offset);
        ASSERT_TRUE(writeBytes(path, bytes));
    }

    // A value of the file as SQLite reads it.
    QVariant scalar(const QString& path, const QString& sql)
    {
        Connection connection;
        EXPECT_TRUE(connection.open(path, true).ok());
        QSqlQuery query(connection.database());
        EXPECT_TRUE(query.exec(sql) && query.next()) << sql.toStdString();
        return query.value(0);
    }

    TempDir dir;
};

// 1. Probe

TEST_F(OpenStepsTest, ProbeReadsTheVersionOfAFileOfOurs)
{
    const QString path = demoFile(QStringLiteral("probe.journey"));
    const FileProbe probe = probeFile(path);
    EXPECT_EQ(probe.problem, OpenProblem::None);
    EXPECT_EQ(probe.version, schema::CurrentVersion);
    EXPECT_TRUE(isOurDatabase(path));
    EXPECT_NE(fileChangeCounter(path), 0u);
}

TEST_F(OpenStepsTest, ProbeJudgesTheHeaderAlone)
{
    const QString path = demoFile(QStringLiteral("header.journey"));
    const QByteArray original = readBytes(path);

    patchHeader(path, 68, 0x12345678); // application id
    EXPECT_EQ(probeFile(path).problem, OpenProblem::Foreign);
    EXPECT_FALSE(isOurDatabase(path));

    ASSERT_TRUE(writeBytes(path, original));
    patchHeader(path, 60, schema::CurrentVersion + 1); // user_version
    EXPECT_EQ(probeFile(path).problem, OpenProblem::NewerMinor);
    patchHeader(path, 60, (schema::Major + 1) * 1000);
    FileProbe probe = probeFile(path);
    EXPECT_EQ(probe.problem, OpenProblem::TooNew);
    EXPECT_EQ(probe.detail, QString::number((schema::Major + 1) * 1000));
    patchHeader(path, 60, 999);
    probe = probeFile(path);
    EXPECT_EQ(probe.problem, OpenProblem::Damaged);
    EXPECT_TRUE(probe.detail.contains(QStringLiteral("999"))) << probe.detail.toStdString();

    ASSERT_TRUE(writeBytes(path, original.left(50)));
    EXPECT_EQ(probeFile(path).problem, OpenProblem::Damaged);
    EXPECT_TRUE(isOurDatabase(path) == false);
    ASSERT_TRUE(writeBytes(path, QByteArray("SQLite format 2\0 and then some", 31)));
    EXPECT_EQ(probeFile(path).problem, OpenProblem::NotSqlite);
    EXPECT_EQ(probeFile(dir.path(QStringLiteral("none.journey"))).problem, OpenProblem::NotFound);
}

// 2. Recover

TEST_F(OpenStepsTest, RecoverRollsAHotJournalBackAndProbesAgain)
{
    const QString path = demoFile(QStringLiteral("crash.journey"));
    leaveHotJournal(path);
    ASSERT_TRUE(hasHotJournal(path));
    FileProbe probe;
    probe.problem = OpenProblem::Damaged; // as a half-changed header might say
    const StepResult step = recoverHotJournal(path, true, schema::CurrentVersion, &probe);
    EXPECT_TRUE(step.ok()) << step.detail.toStdString();
    EXPECT_FALSE(hasHotJournal(path));
    EXPECT_EQ(probe.problem, OpenProblem::None) << "the header is read again after the rollback";
    EXPECT_EQ(probe.version, schema::CurrentVersion);
    EXPECT_EQ(scalar(path, QStringLiteral("SELECT count(*) FROM touchpoint WHERE description "
                                          "LIKE '%changed'"))
                  .toInt(),
              0)
        << "the unfinished change is gone";
}

TEST_F(OpenStepsTest, RecoverForViewingWaitsAndThenReportsNeedsRecovery)
{
    const QString path = demoFile(QStringLiteral("view-crash.journey"));
    leaveHotJournal(path);
    const QByteArray before = fileHash(path);
    const QByteArray journal = fileHash(path + QStringLiteral("-journal"));
    FileProbe probe = probeFile(path);
    QElapsedTimer timer;
    timer.start();
    const StepResult step = recoverHotJournal(path, false, schema::CurrentVersion, &probe);
    EXPECT_EQ(step.problem, OpenProblem::NeedsRecovery);
    EXPECT_GE(timer.elapsed(), 150) << "it gives a writer about 200 ms";
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(fileHash(path + QStringLiteral("-journal")), journal);
}

TEST_F(OpenStepsTest, RecoverForViewingOpensOnceAWritersJournalGoes)
{
    const QString path = demoFile(QStringLiteral("busy-writer.journey"));
    const QString journal = path + QStringLiteral("-journal");
    ASSERT_TRUE(writeBytes(journal, QByteArray(512, 'j')));
    std::thread writer([&] {
        QThread::msleep(60);
        QFile::remove(journal);
    });
    FileProbe probe = probeFile(path);
    const StepResult step = recoverHotJournal(path, false, schema::CurrentVersion, &probe);
    writer.join();
    EXPECT_TRUE(step.ok());
    EXPECT_EQ(probe.problem, OpenProblem::None);
}

TEST_F(OpenStepsTest, RecoverLeavesTheJournalOfANewerMajorVersionOrOfAnotherProgram)
{
    const QString future = demoFile(QStringLiteral("future.journey"));
    tamper(future, {QStringLiteral("PRAGMA user_version = %1").arg((schema::Major + 1) * 1000)});
    leaveHotJournal(future);
    const QByteArray journal = fileHash(future + QStringLiteral("-journal"));
    FileProbe probe = probeFile(future);
    ASSERT_EQ(probe.problem, OpenProblem::TooNew);
    EXPECT_TRUE(recoverHotJournal(future, true, schema::CurrentVersion, &probe).ok());
    EXPECT_EQ(fileHash(future + QStringLiteral("-journal")), journal);
    EXPECT_EQ(probe.problem, OpenProblem::TooNew);

    const QString foreign = demoFile(QStringLiteral("foreign.journey"));
    patchHeader(foreign, 68, 0x12345678);
    ASSERT_TRUE(writeBytes(foreign + QStringLiteral("-journal"), QByteArray(512, 'j')));
    probe = probeFile(foreign);
    EXPECT_TRUE(recoverHotJournal(foreign, false, schema::CurrentVersion, &probe).ok())
        << "not ours: no wait, no NeedsRecovery";
    EXPECT_TRUE(hasHotJournal(foreign));
}

// 3. Lock

TEST_F(OpenStepsTest, LockIsTakenOnceAndHeldAgainstOthers)
{
    const QString path = QFileInfo(demoFile(QStringLiteral("lock.journey"))).absoluteFilePath();
    std::unique_ptr<QLockFile> lock;
    EXPECT_EQ(lockForEditing(path, &lock), OpenProblem::None);
    ASSERT_TRUE(lock);
    EXPECT_TRUE(QFile::exists(path + QStringLiteral(".lock")));

    std::unique_ptr<QLockFile> second;
    EXPECT_EQ(lockForEditing(path, &second), OpenProblem::Locked);
    EXPECT_FALSE(second);
    QString error;
    EXPECT_TRUE(refuseIfOpenElsewhere(path, &error)) << "Save as must not replace it";
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(reacquireLock(path, &lock, &error)) << "still ours";
    ASSERT_TRUE(QFile::remove(path + QStringLiteral(".lock"))) << "gone with the folder";
    EXPECT_TRUE(reacquireLock(path, &lock, &error)) << error.toStdString();
    EXPECT_TRUE(QFile::exists(path + QStringLiteral(".lock"))) << "taken again";

    lock.reset();
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".lock")));
    error.clear();
    EXPECT_FALSE(refuseIfOpenElsewhere(path, &error));
    EXPECT_TRUE(error.isEmpty());
    EXPECT_EQ(lockForEditing(path, &second), OpenProblem::None);
}

TEST_F(OpenStepsTest, ALockHeldByAnotherLockFileMeansLocked)
{
    const QString path = QFileInfo(demoFile(QStringLiteral("held.journey"))).absoluteFilePath();
    QLockFile other(path + QStringLiteral(".lock"));
    ASSERT_TRUE(other.tryLock(0));
    std::unique_ptr<QLockFile> lock;
    EXPECT_EQ(lockForEditing(path, &lock), OpenProblem::Locked);
    EXPECT_FALSE(lock);
    other.unlock();
    EXPECT_EQ(lockForEditing(path, &lock), OpenProblem::None);
}

// Makes `path` unwritable: by permissions, or for root (who may write
// whatever they say) with chattr +i. False when that is not possible here.
bool makeUnwritable(const QString& path, bool* immutable)
{
    *immutable = false;
    if (::geteuid() == 0) {
        *immutable = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0;
        return *immutable;
    }
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser | QFile::ExeOwner |
                                           QFile::ExeUser);
}

void makeWritable(const QString& path, bool immutable)
{
    if (immutable)
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

TEST_F(OpenStepsTest, AFolderThatCannotBeWrittenMeansReadOnly)
{
    const QString folder = dir.path(QStringLiteral("shared folder"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/Client.journey");
    QString error;
    ASSERT_TRUE(ProjectFile::create(path, demoProject(), &error)) << error.toStdString();
    bool immutable = false;
    if (!makeUnwritable(folder, &immutable))
        GTEST_SKIP() << "the folder cannot be made unwritable here";
    const auto restore = qScopeGuard([&] { makeWritable(folder, immutable); });
    EXPECT_FALSE(canWriteFileAndFolder(path)) << "SQLite needs the folder for its journal";
    std::unique_ptr<QLockFile> lock;
    EXPECT_EQ(lockForEditing(path, &lock), OpenProblem::ReadOnlyFile);
    EXPECT_FALSE(lock);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".lock")));
}

TEST_F(OpenStepsTest, AnUnwritableFileIsNotLocked)
{
    const QString path = QFileInfo(demoFile(QStringLiteral("ro.journey"))).absoluteFilePath();
    bool immutable = false;
    if (!makeUnwritable(path, &immutable))
        GTEST_SKIP() << "the file cannot be made unwritable here";
    const auto restore = qScopeGuard([&] { makeWritable(path, immutable); });
    EXPECT_FALSE(canWriteFileAndFolder(path));
    std::unique_ptr<QLockFile> lock;
    EXPECT_EQ(lockForEditing(path, &lock), OpenProblem::ReadOnlyFile);
    EXPECT_FALSE(lock);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".lock")));
}

// 4. Connect

TEST_F(OpenStepsTest, ConnectSetsTheSafetyPragmas)
{
    const QString path = demoFile(QStringLiteral("connect.journey"));
    for (const bool readOnly : {false, true}) {
        Connection connection;
        ASSERT_TRUE(connection.open(path, readOnly).ok());
        QSqlQuery query(connection.database());
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA trusted_schema")) && query.next());
        EXPECT_EQ(query.value(0).toInt(), 0) << "readOnly " << readOnly;
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
        EXPECT_EQ(query.value(0).toInt(), 1) << "readOnly " << readOnly;
        EXPECT_EQ(query.exec(QStringLiteral("UPDATE meta SET value = 'x' WHERE key = 'name'")),
                  !readOnly);
    }
}

TEST_F(OpenStepsTest, ConnectionsAreClosedAndRemovedWhenTheyGo)
{
    const QString path = demoFile(QStringLiteral("names.journey"));
    const int before = QSqlDatabase::connectionNames().size();
    {
        Connection first;
        Connection second;
        ASSERT_TRUE(first.open(path, true).ok());
        ASSERT_TRUE(second.open(path, true).ok());
        EXPECT_EQ(QSqlDatabase::connectionNames().size(), before + 2) << "each has its own name";
        ASSERT_TRUE(first.open(path, false).ok());
        EXPECT_EQ(QSqlDatabase::connectionNames().size(), before + 2) << "reopening replaces";
    }
    EXPECT_EQ(QSqlDatabase::connectionNames().size(), before);
}

TEST_F(OpenStepsTest, AFileThatCannotBeOpenedIsDamaged)
{
    Connection connection;
    const StepResult step = connection.open(dir.path(QStringLiteral("absent.journey")), true);
    EXPECT_EQ(step.problem, OpenProblem::Damaged);
    EXPECT_FALSE(step.detail.isEmpty());
}

// 5. Validate

TEST_F(OpenStepsTest, ValidateAcceptsAFileOfOursAndAPlainExtraTable)
{
    const QString path = demoFile(QStringLiteral("valid.journey"));
    tamper(path, {QStringLiteral("CREATE TABLE analysis (touchpoint_id INTEGER, score REAL)")});
    Connection connection;
    ASSERT_TRUE(connection.open(path, true).ok());
    EXPECT_TRUE(validateSchema(connection.database()).ok());
    EXPECT_TRUE(checkTables(connection.database()).ok());
    EXPECT_EQ(integrityCheck(connection.database()), QStringLiteral("ok"));
}

TEST_F(OpenStepsTest, ValidateRefusesTriggersViewsAndTablesThatHoldOnToOurRows)
{
    const QStringList additions = {
        QStringLiteral("CREATE TRIGGER wipe AFTER INSERT ON rating BEGIN DELETE FROM action; END"),
        QStringLiteral("CREATE VIEW everything AS SELECT * FROM rating"),
        QStringLiteral("CREATE TABLE \"sur\"\"vey\" (touchpoint_id INTEGER REFERENCES "
                       "touchpoint(id), answer TEXT)"),
    };
    int n = 0;
    for (const QString& addition : additions) {
        const QString path = demoFile(QStringLiteral("unsafe-%1.journey").arg(++n));
        tamper(path, {addition});
        Connection connection;
        ASSERT_TRUE(connection.open(path, true).ok());
        EXPECT_EQ(validateSchema(connection.database()).problem, OpenProblem::Unsafe)
            << addition.toStdString();
    }
}

TEST_F(OpenStepsTest, AMissingTableIsDamageNamingIt)
{
    const QString path = demoFile(QStringLiteral("missing.journey"));
    tamper(path, {QStringLiteral("DROP TABLE metric")});
    Connection connection;
    ASSERT_TRUE(connection.open(path, true).ok());
    EXPECT_TRUE(validateSchema(connection.database()).ok()) << "a missing table is not unsafe";
    const StepResult step = checkTables(connection.database());
    EXPECT_EQ(step.problem, OpenProblem::Damaged);
    EXPECT_TRUE(step.detail.contains(QStringLiteral("metric"))) << step.detail.toStdString();
}

// Breaks the first leaf page of an index (type 10): only quick_check reads it.
void breakAnIndexPage(const QString& path)
{
    QByteArray bytes = readBytes(path);
    const int pageSize = (quint8(bytes[16]) << 8) | quint8(bytes[17]);
    // The first leaf page of an index (type 10): only quick_check reads it.
    int page = 1;
    while (page * pageSize < bytes.size() && bytes[page * pageSize] != char(10))
        ++page;
    ASSERT_LT(page * pageSize, bytes.size()) << "the demo has an index";
    bytes[page * pageSize] = char(0);
    ASSERT_TRUE(writeBytes(path, bytes));
}

TEST_F(OpenStepsTest, ABrokenIndexPageFailsTheQuickCheck)
{
    const QString path = demoFile(QStringLiteral("corrupt.journey"));
    breakAnIndexPage(path);
    Connection connection;
    ASSERT_TRUE(connection.open(path, true).ok());
    EXPECT_TRUE(checkSchemaObjects(connection.database()).ok());
    const StepResult step = validateSchema(connection.database());
    EXPECT_EQ(step.problem, OpenProblem::Damaged);
    EXPECT_EQ(step.detail, QStringLiteral("its internal structure is corrupt"));
}

TEST_F(OpenStepsTest, TheQuickCheckInTheBackgroundGivesTheSameVerdict)
{
    const QString good = demoFile(QStringLiteral("good.journey"));
    EXPECT_EQ(BackgroundQuickCheck(good).verdict(), std::optional<bool>(true));
    const QString broken = demoFile(QStringLiteral("broken.journey"));
    breakAnIndexPage(broken);
    EXPECT_EQ(BackgroundQuickCheck(broken).verdict(), std::optional<bool>(false));
    EXPECT_EQ(BackgroundQuickCheck(dir.path(QStringLiteral("absent.journey"))).verdict(),
              std::nullopt)
        << "no verdict: the check on the connection says what is wrong";

    // Opening with the load beside the check says what opening alone says.
    OpenResult result;
    std::optional<Project> project;
    QString error;
    EXPECT_FALSE(ProjectFile::openAndLoad(broken, &result, &project, &error));
    EXPECT_EQ(result.problem, OpenProblem::Damaged);
    EXPECT_TRUE(result.message.contains(QStringLiteral("its internal structure is corrupt")))
        << result.message.toStdString();
    EXPECT_FALSE(project);
    EXPECT_FALSE(QFile::exists(broken + QStringLiteral(".lock")));
    auto file = ProjectFile::openAndLoad(good, &result, &project, &error);
    ASSERT_TRUE(file) << result.message.toStdString();
    ASSERT_TRUE(project) << error.toStdString();
    EXPECT_EQ(firstDifference(*project, demoProject()), "");
}

TEST_F(OpenStepsTest, AFileAnotherProgramKeepsLockedIsBusy)
{
    const QString path = demoFile(QStringLiteral("busy.journey"));
    Connection holder;
    ASSERT_TRUE(holder.open(path, false).ok());
    ASSERT_TRUE(QSqlQuery(holder.database()).exec(QStringLiteral("BEGIN EXCLUSIVE")));
    Connection connection;
    ASSERT_TRUE(connection.open(path, true).ok());
    EXPECT_EQ(validateSchema(connection.database()).problem, OpenProblem::Busy);
    holder.database().rollback();
    EXPECT_TRUE(validateSchema(connection.database()).ok());
}

// 6. Migrate

// The first committed file, copied where a test may change it.
QString firstVersionCopy(const TempDir& dir)
{
    const QString path = dir.path(QStringLiteral("Old client.journey"));
    EXPECT_TRUE(
        QFile::copy(QStringLiteral(JOURNEYSCOPE_FIXTURES "/schema-1000/demo.journey"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

TEST_F(OpenStepsTest, MigrateWritesABackupAndUpdatesTheFile)
{
    const QString path = firstVersionCopy(dir);
    const QByteArray original = fileHash(path);
    QFile::remove(backupPath(path, 1000));
    ASSERT_TRUE(writeBytes(backupPath(path, 1000), "an older backup"));
    Connection connection;
    ASSERT_TRUE(connection.open(path, false).ok());
    std::unique_ptr<QTemporaryDir> scratch;
    const StepResult step =
        migrateOnOpen(connection, path, 1000, false, SchemaHistory::shipped(), &scratch);
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
    ASSERT_TRUE(connection.open(path, false).ok());
    std::unique_ptr<QTemporaryDir> scratch;
    const StepResult step = migrateOnOpen(connection, path, 1000, false, history, &scratch);
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
    ASSERT_TRUE(connection.open(path, false).ok());
    std::unique_ptr<QTemporaryDir> scratch;
    const StepResult step =
        migrateOnOpen(connection, path, 1000, false, SchemaHistory::shipped(), &scratch);
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
    ASSERT_TRUE(connection.open(path, true).ok());
    std::unique_ptr<QTemporaryDir> scratch;
    const StepResult step =
        migrateOnOpen(connection, path, 1000, true, SchemaHistory::shipped(), &scratch);
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
    ASSERT_TRUE(connection.open(path, false).ok());
    std::unique_ptr<QTemporaryDir> scratch;
    EXPECT_TRUE(migrateOnOpen(connection, path, schema::CurrentVersion, false,
                              SchemaHistory::shipped(), &scratch)
                    .ok());
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
    std::map<RatingKey, Rating> ratings;
    ASSERT_TRUE(readRatingsNatively(path, &ratings));
    EXPECT_FALSE(ratings.empty());
    EXPECT_EQ(ratings, demoProject().ratings);
    EXPECT_FALSE(readRatingsNatively(dir.path(QStringLiteral("absent.journey")), &ratings));
    EXPECT_TRUE(ratings.empty());
}

TEST_F(OpenStepsTest, RatingsThatQtWouldReadDifferentlyAreLeftToQt)
{
    const QString path = demoFile(QStringLiteral("odd.journey"));
    // A note stored as a blob: Qt's driver reads it as text all the same.
    tamper(path, {QStringLiteral("UPDATE rating SET note = CAST('seen' AS BLOB) WHERE rowid = "
                                 "(SELECT min(rowid) FROM rating)")});
    std::map<RatingKey, Rating> ratings;
    EXPECT_FALSE(readRatingsNatively(path, &ratings));
    EXPECT_TRUE(ratings.empty());
    Connection connection;
    ASSERT_TRUE(connection.open(path, true).ok());
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
