// Each step of opening a file on its own (core/storage/open/), in the order
// ProjectFile::open runs them: probe, recover, lock, connect, validate,
// migrate, load. The last two are in MigrateLoadStepsTest.cpp.
#include "HotJournalWriter.h"
#include "OpenStepsFixture.h"
#include "ProjectDiff.h"
#include "TempDir.h"
#include "core/content/DemoProject.h"
#include "core/storage/FileProbe.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/Schema.h"
#include "core/storage/open/Connection.h"
#include "core/storage/open/FileLock.h"
#include "core/storage/open/HotJournal.h"
#include "core/storage/open/QuickCheck.h"
#include "core/storage/open/SchemaCheck.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>
#include <thread>
#include <unistd.h>

namespace js::test {
namespace {

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

} // namespace
} // namespace js::test
