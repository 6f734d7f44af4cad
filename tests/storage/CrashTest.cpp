// Kills a process that is writing a project at random moments, 50 times in
// each of two ways: the file is never corrupt, every flushed edit is in it,
// and every edit older than the flush window (two seconds) is in it.
#include "CrashEdits.h"
#include "ProjectDiff.h"
#include "TempDir.h"
#include "core/content/DemoProject.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectSession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <gtest/gtest.h>

namespace js::test {
namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

TEST(CrashTest, KillingAWriterNeverCorruptsTheFileOrLosesAFlushedEdit)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("crash.journey"));
    QString error;
    ASSERT_TRUE(ProjectFile::create(path, demoProject(), &error));
    QRandomGenerator random(20261123);
    long lastSeen = 0;
    int killedMidTransaction = 0;
    for (int run = 0; run < 50; ++run) {
        QProcess writer;
        writer.start(QStringLiteral(JOURNEYSCOPE_CRASH_WRITER), {path});
        ASSERT_TRUE(writer.waitForStarted());
        ASSERT_TRUE(writer.waitForReadyRead(10000))
            << "run " << run << ": " << writer.readAllStandardError().toStdString();
        QThread::msleep(random.bounded(5, 120));
        writer.kill();
        writer.waitForFinished();
        const QList<QByteArray> lines = writer.readAllStandardOutput().trimmed().split('\n');
        const long acknowledged = lines.last().toLong();
        ASSERT_GT(acknowledged, 0);

        OpenResult result;
        if (QFileInfo(path + QStringLiteral("-journal")).size() > 0) {
            ++killedMidTransaction;
            // Checking it read-only changes nothing and says what to do.
            const QByteArray before = readAll(path);
            EXPECT_FALSE(ProjectFile::open(path, &result, ProjectFile::Access::ReadOnly));
            EXPECT_EQ(result.problem, OpenProblem::NeedsRecovery);
            EXPECT_EQ(readAll(path), before);
        }
        // Opening it for editing, as the next start of the app does, repairs it.
        auto file = ProjectFile::open(path, &result);
        ASSERT_TRUE(file) << "run " << run << ": " << result.message.toStdString();
        ASSERT_EQ(file->integrityCheck(), QStringLiteral("ok")) << "run " << run;
        const std::optional<Project> project = file->load(&error);
        ASSERT_TRUE(project) << error.toStdString();
        const long inFile = project->name.section(u' ', 1).toLong();
        EXPECT_GE(inFile, acknowledged) << "run " << run << ": a flushed edit was lost";
        EXPECT_LE(inFile, acknowledged + 1) << "run " << run;
        lastSeen = inFile;
    }
    EXPECT_GT(lastSeen, 0);
    // Most kills land inside a transaction, which is the case that matters.
    RecordProperty("killedMidTransaction", killedMidTransaction);
    EXPECT_GT(killedMidTransaction, 5);
}

// The promise to the user: an edit reaches the file within two seconds.
constexpr qint64 FlushWindowMs = 2000;

std::optional<Project> loadForEditing(const QString& path, int run)
{
    OpenResult result;
    auto file = ProjectFile::open(path, &result);
    EXPECT_TRUE(file) << "run " << run << ": " << result.message.toStdString();
    if (!file)
        return std::nullopt;
    EXPECT_EQ(file->integrityCheck(), QStringLiteral("ok")) << "run " << run;
    QString error;
    std::optional<Project> project = file->load(&error);
    EXPECT_TRUE(project) << "run " << run << ": " << error.toStdString();
    return project;
}

TEST(CrashTest, EveryEditOlderThanTheFlushWindowSurvivesAKill)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("window.journey"));
    QString error;
    ASSERT_TRUE(ProjectFile::create(path, demoProject(), &error));
    QRandomGenerator random(20261125);
    int runsWithOldEdits = 0;
    for (int run = 0; run < 50; ++run) {
        // Each run starts from a name no edit gives, so that a run whose edits
        // never reached the file is told apart from the one before.
        const QString startName = QStringLiteral("before run %1").arg(run);
        {
            OpenResult result;
            auto session = ProjectSession::open(path, &result);
            ASSERT_TRUE(session) << result.message.toStdString();
            session->document()->set(NoId, &Project::name, startName);
            ASSERT_TRUE(session->flushNow());
        }
        const std::optional<Project> start = loadForEditing(path, run);
        ASSERT_TRUE(start);
        QProcess writer;
        writer.start(QStringLiteral(JOURNEYSCOPE_CRASH_WRITER), {path, QStringLiteral("--timer")});
        ASSERT_TRUE(writer.waitForStarted());
        ASSERT_TRUE(writer.waitForReadyRead(10000))
            << "run " << run << ": " << writer.readAllStandardError().toStdString();
        QThread::msleep(random.bounded(300, 3200));
        QElapsedTimer clock;
        clock.start();
        // The monotonic clock the writer's times come from.
        const qint64 killedAt = clock.msecsSinceReference() + clock.elapsed();
        writer.kill();
        writer.waitForFinished();
        ASSERT_EQ(writer.readAllStandardError(), QByteArray()) << "run " << run;

        // Edit N was made at time T; those made before the window must be in.
        long lastMade = 0;
        long mustHave = 0;
        for (const QByteArray& line : writer.readAllStandardOutput().trimmed().split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            ASSERT_EQ(fields.size(), 2) << "run " << run << ": " << line.toStdString();
            lastMade = fields[0].toLong();
            if (fields[1].toLongLong() <= killedAt - FlushWindowMs)
                mustHave = lastMade;
        }
        const std::optional<Project> after = loadForEditing(path, run);
        ASSERT_TRUE(after);
        ASSERT_TRUE(after->name == startName || after->name.startsWith(u"edit "))
            << after->name.toStdString();
        const long inFile = after->name == startName ? 0 : after->name.section(u' ', 1).toLong();
        EXPECT_GE(inFile, mustHave) << "run " << run << ": an edit older than the window was lost";
        EXPECT_LE(inFile, lastMade) << "run " << run;
        runsWithOldEdits += mustHave > 0 ? 1 : 0;

        // The file holds exactly the project after those edits, nothing half-done.
        ProjectDocument replay(*start);
        for (long edit = 1; edit <= inFile; ++edit)
            applyCrashEdit(replay, edit);
        ASSERT_EQ(firstDifference(*after, replay.project()), "") << "run " << run;
    }
    RecordProperty("runsWithOldEdits", runsWithOldEdits);
    // Kills come between 0.3 and 3.2 s, so about two runs in five have edits
    // older than the window to check.
    EXPECT_GE(runsWithOldEdits, 10);
}

} // namespace
} // namespace js::test
