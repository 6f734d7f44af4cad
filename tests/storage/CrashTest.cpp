// Kills a process that is writing a project at random moments, 50 times: the
// file is never corrupt and every flushed edit is in it.
#include "TempDir.h"
#include "core/content/DemoProject.h"
#include "core/storage/ProjectFile.h"

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

} // namespace
} // namespace js::test
