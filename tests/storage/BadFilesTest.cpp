// Every kind of bad file gets its own clear message, opens no session (or only
// read-only), and is left byte for byte as it was.
#include "DemoFileTest.h"
#include "HotJournalWriter.h"
#include "TempDir.h"
#include "core/content/DemoProject.h"
#include "core/document/ProjectDocument.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectSession.h"

#include <QDir>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

namespace js::test {
namespace {

class BadFilesTest : public DemoFileTest {
protected:
    // Runs SQL on a file behind Journeyscope's back.
    void tamper(const QString& path, const QStringList& statements)
    {
        const QString name = QStringLiteral("tamper");
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            database.setDatabaseName(path);
            ASSERT_TRUE(database.open());
            QSqlQuery query(database);
            for (const QString& statement : statements)
                ASSERT_TRUE(query.exec(statement)) << statement.toStdString();
            database.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    // Opening must fail with this problem, say something, and change nothing.
    void expectRefused(const QString& path, OpenProblem problem)
    {
        const QByteArray before = fileHash(path);
        OpenResult result;
        auto session = ProjectSession::open(path, &result);
        EXPECT_FALSE(session);
        EXPECT_EQ(result.problem, problem) << result.message.toStdString();
        EXPECT_FALSE(result.message.isEmpty());
        EXPECT_FALSE(result.message.contains(u'\n'));
        EXPECT_EQ(fileHash(path), before) << "the file was changed";
        EXPECT_FALSE(QFile::exists(path + QStringLiteral(".lock")));
    }
};

TEST_F(BadFilesTest, MissingPath)
{
    expectRefused(dir.path(QStringLiteral("nowhere.journey")), OpenProblem::NotFound);
}

TEST_F(BadFilesTest, Directory)
{
    const QString path = dir.path(QStringLiteral("folder.journey"));
    ASSERT_TRUE(QDir().mkpath(path));
    expectRefused(path, OpenProblem::IsDirectory);
}

TEST_F(BadFilesTest, EmptyFile)
{
    const QString path = dir.path(QStringLiteral("empty.journey"));
    ASSERT_TRUE(writeBytes(path, {}));
    expectRefused(path, OpenProblem::Empty);
}

TEST_F(BadFilesTest, TextFileRenamed)
{
    const QString path = dir.path(QStringLiteral("notes.journey"));
    ASSERT_TRUE(writeBytes(path, "Meeting notes: ask about the returns portal.\n"));
    expectRefused(path, OpenProblem::NotSqlite);
}

TEST_F(BadFilesTest, TruncatedDatabase)
{
    const QString path = demoFile(QStringLiteral("truncated.journey"));
    const QByteArray bytes = readBytes(path);
    ASSERT_TRUE(writeBytes(path, bytes.left(bytes.size() / 2 + 100)));
    expectRefused(path, OpenProblem::Damaged);
    ASSERT_TRUE(writeBytes(path, bytes.left(4096 * 3)));
    expectRefused(path, OpenProblem::Damaged);
    ASSERT_TRUE(writeBytes(path, bytes.left(50)));
    expectRefused(path, OpenProblem::Damaged);
    ASSERT_TRUE(writeBytes(path, bytes.left(10)));
    expectRefused(path, OpenProblem::Damaged);
}

TEST_F(BadFilesTest, BytesAppendedToADatabase)
{
    const QString path = demoFile(QStringLiteral("appended.journey"));
    ASSERT_TRUE(writeBytes(path, readBytes(path) + "trailing bytes"));
    expectRefused(path, OpenProblem::Damaged);
    OpenResult result;
    ProjectSession::open(path, &result);
    EXPECT_TRUE(result.message.contains(QStringLiteral("whole number of database pages")))
        << result.message.toStdString();
}

TEST_F(BadFilesTest, UnknownStorageFormatInTheHeader)
{
    const QString path = demoFile(QStringLiteral("format.journey"));
    QByteArray bytes = readBytes(path);
    bytes[18] = char(0xFF);
    ASSERT_TRUE(writeBytes(path, bytes));
    expectRefused(path, OpenProblem::Damaged);
}

TEST_F(BadFilesTest, WriteAheadLogIsRefused)
{
    const QString path = demoFile(QStringLiteral("wal.journey"));
    tamper(path, {QStringLiteral("PRAGMA journal_mode = WAL")});
    expectRefused(path, OpenProblem::WriteAheadLog);
}

TEST_F(BadFilesTest, UnreadableFile)
{
    if (geteuid() == 0)
        GTEST_SKIP() << "root reads every file";
    const QString path = demoFile(QStringLiteral("secret.journey"));
    ASSERT_TRUE(QFile::setPermissions(path, QFileDevice::WriteOwner));
    auto restore = qScopeGuard([&] { QFile::setPermissions(path, QFileDevice::ReadOwner); });
    OpenResult result;
    EXPECT_FALSE(ProjectSession::open(path, &result));
    EXPECT_EQ(result.problem, OpenProblem::Unreadable) << result.message.toStdString();
}

TEST_F(BadFilesTest, ByteFlippedDatabase)
{
    const QString path = demoFile(QStringLiteral("flipped.journey"));
    QByteArray bytes = readBytes(path);
    const int pageSize = (quint8(bytes[16]) << 8) | quint8(bytes[17]);
    ASSERT_GT(bytes.size(), pageSize * 6);
    for (int page = 2; page < 6; ++page) {
        for (int i = 0; i < 24; ++i)
            bytes[page * pageSize + i] = char(bytes[page * pageSize + i] ^ 0x5A);
    }
    ASSERT_TRUE(writeBytes(path, bytes));
    expectRefused(path, OpenProblem::Damaged);
}

TEST_F(BadFilesTest, DatabaseOfAnotherApplication)
{
    const QString path = dir.path(QStringLiteral("other.journey"));
    tamper(path, {QStringLiteral("CREATE TABLE contacts (name TEXT, phone TEXT)"),
                  QStringLiteral("INSERT INTO contacts VALUES ('Ann', '555')")});
    expectRefused(path, OpenProblem::Foreign);
}

TEST_F(BadFilesTest, NewerMajorVersionIsRefused)
{
    const QString path = demoFile(QStringLiteral("future.journey"));
    tamper(path, {QStringLiteral("PRAGMA user_version = %1").arg((schema::Major + 1) * 1000)});
    expectRefused(path, OpenProblem::TooNew);
}

TEST_F(BadFilesTest, AnUnfinishedChangeInANewerMajorVersionIsLeftForThatVersion)
{
    const QString path = demoFile(QStringLiteral("future-crash.journey"));
    tamper(path, {QStringLiteral("PRAGMA user_version = %1").arg((schema::Major + 1) * 1000)});
    leaveHotJournal(path);
    const QString journal = path + QStringLiteral("-journal");
    ASSERT_GT(QFileInfo(journal).size(), 0);
    const QByteArray journalBefore = fileHash(journal);
    expectRefused(path, OpenProblem::TooNew);
    EXPECT_EQ(fileHash(journal), journalBefore) << "the newer version repairs its own file";
}

TEST_F(BadFilesTest, AFileLockedByAnotherProgramSaysSo)
{
    const QString path = demoFile(QStringLiteral("busy.journey"));
    const QString name = QStringLiteral("holder");
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        holder.setDatabaseName(path);
        ASSERT_TRUE(holder.open());
        ASSERT_TRUE(QSqlQuery(holder).exec(QStringLiteral("BEGIN EXCLUSIVE")));
        expectRefused(path, OpenProblem::Busy);
        holder.rollback();
        holder.close();
    }
    QSqlDatabase::removeDatabase(name);
    OpenResult result;
    EXPECT_TRUE(ProjectSession::open(path, &result)) << "once the lock is gone it opens";
}

TEST_F(BadFilesTest, ANewerMinorVersionIsNotSavedAsAnOlderOne)
{
    const QString path = demoFile(QStringLiteral("minor-copy.journey"));
    tamper(path, {QStringLiteral("PRAGMA user_version = %1").arg(schema::CurrentVersion + 2)});
    OpenResult result;
    auto session = ProjectSession::open(path, &result);
    ASSERT_TRUE(session);
    const QString copy = dir.path(QStringLiteral("copy.journey"));
    QString error;
    EXPECT_FALSE(session->saveAs(copy, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("newer"))) << error.toStdString();
    EXPECT_FALSE(QFile::exists(copy));
}

TEST_F(BadFilesTest, NewerMinorVersionOpensReadOnlyAndIsNeverWritten)
{
    const QString path = demoFile(QStringLiteral("minor.journey"));
    tamper(path, {QStringLiteral("PRAGMA user_version = %1").arg(schema::CurrentVersion + 2)});
    const QByteArray before = fileHash(path);
    {
        OpenResult result;
        auto session = ProjectSession::open(path, &result);
        ASSERT_TRUE(session) << result.message.toStdString();
        EXPECT_TRUE(session->isReadOnly());
        EXPECT_EQ(result.problem, OpenProblem::NewerMinor);
        EXPECT_FALSE(result.message.isEmpty());
        session->document()->set(NoId, &Project::name, QStringLiteral("edited"));
        EXPECT_FALSE(session->flushNow());
    }
    EXPECT_EQ(fileHash(path), before);
}

TEST_F(BadFilesTest, FileOpenInAnotherInstanceOpensReadOnly)
{
    const QString path = demoFile(QStringLiteral("shared.journey"));
    OpenResult first;
    auto owner = ProjectSession::open(path, &first);
    ASSERT_TRUE(owner);
    EXPECT_FALSE(owner->isReadOnly());
    OpenResult second;
    auto viewer = ProjectSession::open(path, &second);
    ASSERT_TRUE(viewer);
    EXPECT_EQ(second.problem, OpenProblem::Locked);
    EXPECT_TRUE(viewer->isReadOnly());
    EXPECT_FALSE(second.message.isEmpty());
    viewer.reset();
    owner.reset();
    OpenResult third;
    auto again = ProjectSession::open(path, &third);
    ASSERT_TRUE(again);
    EXPECT_FALSE(again->isReadOnly()) << "the lock goes with the session";
}

TEST_F(BadFilesTest, ReadOnlyFileOpensReadOnlyAndIsNeverWritten)
{
    const QString path = demoFile(QStringLiteral("readonly.journey"));
    bool immutable = false;
    if (::geteuid() == 0) {
        // Root may write whatever the permissions say; an immutable file is
        // read-only even for root.
        immutable = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), path}) == 0;
        if (!immutable)
            GTEST_SKIP() << "running as root where chattr +i is not available";
    } else {
        ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser));
    }
    const auto restore = qScopeGuard([&] {
        if (immutable)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), path});
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    });
    const QByteArray before = fileHash(path);
    {
        OpenResult result;
        auto session = ProjectSession::open(path, &result);
        ASSERT_TRUE(session) << result.message.toStdString();
        EXPECT_TRUE(session->isReadOnly());
        EXPECT_EQ(result.problem, OpenProblem::ReadOnlyFile);
        EXPECT_FALSE(result.message.isEmpty());
        session->document()->set(NoId, &Project::name, QStringLiteral("edited"));
        EXPECT_FALSE(session->flushNow());
    }
    EXPECT_EQ(fileHash(path), before);
}

TEST_F(BadFilesTest, TriggersAreRefused)
{
    const QString path = demoFile(QStringLiteral("trigger.journey"));
    tamper(path, {QStringLiteral(
                     "CREATE TRIGGER wipe AFTER INSERT ON rating BEGIN DELETE FROM action; END")});
    expectRefused(path, OpenProblem::Unsafe);
}

TEST_F(BadFilesTest, ViewsAreRefused)
{
    const QString path = demoFile(QStringLiteral("view.journey"));
    tamper(path, {QStringLiteral("CREATE VIEW everything AS SELECT * FROM rating")});
    expectRefused(path, OpenProblem::Unsafe);
}

TEST_F(BadFilesTest, TablesThatHoldOnToOurRowsAreRefused)
{
    const QString path = demoFile(QStringLiteral("linked.journey"));
    tamper(path, {QStringLiteral("CREATE TABLE survey (touchpoint_id INTEGER REFERENCES "
                                 "touchpoint(id), answer TEXT)")});
    expectRefused(path, OpenProblem::Unsafe);
}

TEST_F(BadFilesTest, ATableAddedByAnotherToolIsNoProblem)
{
    const QString path = demoFile(QStringLiteral("extra.journey"));
    tamper(path, {QStringLiteral("CREATE TABLE analysis (touchpoint_id INTEGER, score REAL)")});
    OpenResult result;
    auto session = ProjectSession::open(path, &result);
    ASSERT_TRUE(session) << result.message.toStdString();
    EXPECT_TRUE(session->document()->removeStage(
        session->document()->project().journeys.front().stages.front().id));
    EXPECT_TRUE(session->flushNow()) << session->lastError().toStdString();
}

TEST_F(BadFilesTest, MissingTableIsDamage)
{
    const QString path = demoFile(QStringLiteral("missing.journey"));
    tamper(path, {QStringLiteral("DROP TABLE metric")});
    expectRefused(path, OpenProblem::Damaged);
}

TEST_F(BadFilesTest, AMissingColumnIsDamage)
{
    // A file that says it is of the current version but lacks a column of it.
    const QString path = demoFile(QStringLiteral("column.journey"));
    tamper(path, {QStringLiteral("ALTER TABLE lane DROP COLUMN hidden")});
    expectRefused(path, OpenProblem::Damaged);
}

TEST_F(BadFilesTest, ImpossibleValuesAreDamage)
{
    const QString path = demoFile(QStringLiteral("values.journey"));
    tamper(path, {QStringLiteral("UPDATE touchpoint SET channel = 'carrier pigeon'")});
    expectRefused(path, OpenProblem::Damaged);
}

} // namespace
} // namespace js::test
