// When the file cannot be written (its drive pulled out, the file deleted while
// open), the project stays in memory, the user is told, Save as still works,
// and the next flush reaches the file once it can.
#include "ProjectDiff.h"
#include "ReloadProject.h"
#include "TempDir.h"
#include "core/content/DemoProject.h"
#include "core/document/ProjectDocument.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectSession.h"

#include <QDir>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace js::test {
namespace {

class FlushFailureTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QDir().mkpath(stick));
        QString error;
        session = ProjectSession::create(path, demoProject(), &error);
        ASSERT_TRUE(session) << error.toStdString();
        document = session->document();
        stageId = document->project().journeys.front().stages.front().id;
    }

    // An edit of the kind a user makes: a new touchpoint and a renamed stage.
    void edit(const QString& name)
    {
        Touchpoint touchpoint;
        touchpoint.name = name;
        ASSERT_NE(document->addTouchpoint(stageId, 0, touchpoint), NoId);
        ASSERT_TRUE(document->set(stageId, &Stage::name, name));
    }

    TempDir dir;
    const QString stick = dir.path(QStringLiteral("USB stick"));
    const QString away = dir.path(QStringLiteral("pulled out"));
    const QString path = stick + QStringLiteral("/Client.journey");
    std::unique_ptr<ProjectSession> session;
    ProjectDocument* document = nullptr;
    Id stageId = NoId;
};

TEST_F(FlushFailureTest, ADriveThatComesBackGetsTheChangesMadeWhileItWasGone)
{
    edit(QStringLiteral("Before"));
    ASSERT_TRUE(session->flushNow());

    ASSERT_TRUE(QDir().rename(stick, away)) << "the stick is pulled out";
    edit(QStringLiteral("While it was gone"));
    const Project wanted = document->project();
    QSignalSpy failed(session.get(), &ProjectSession::flushFailed);
    EXPECT_FALSE(session->flushNow());
    EXPECT_FALSE(session->flushNow()) << "still gone: the retry fails too";
    ASSERT_EQ(failed.count(), 2);
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("kept in memory")));
    EXPECT_TRUE(document->project() == wanted);
    EXPECT_TRUE(session->hasUnflushedChanges());

    ASSERT_TRUE(QDir().rename(away, stick)) << "the stick is back";
    EXPECT_TRUE(session->flushNow()) << session->lastError().toStdString();
    EXPECT_FALSE(session->hasUnflushedChanges());
    EXPECT_EQ(firstDifference(reloadProject(path), wanted), "");

    // And the session goes on writing there as usual.
    edit(QStringLiteral("After"));
    EXPECT_TRUE(session->flushNow());
    EXPECT_EQ(firstDifference(reloadProject(path), document->project()), "");
}

TEST_F(FlushFailureTest, AFileDeletedWhileOpenIsWrittenAnewFromMemory)
{
    ASSERT_TRUE(QFile::remove(path));
    edit(QStringLiteral("After the file went"));
    const Project wanted = document->project();
    // The first attempt notices the file is gone; the retry writes it anew.
    if (!session->flushNow()) {
        EXPECT_TRUE(session->flushNow()) << session->lastError().toStdString();
    }
    ASSERT_TRUE(QFile::exists(path));
    EXPECT_EQ(firstDifference(reloadProject(path), wanted), "");
}

TEST_F(FlushFailureTest, SaveAsKeepsTheWorkWhileTheFileCannotBeWritten)
{
    ASSERT_TRUE(QDir().rename(stick, away));
    edit(QStringLiteral("Only in memory"));
    const Project wanted = document->project();
    EXPECT_FALSE(session->flushNow());

    const QString rescue = dir.path(QStringLiteral("Rescued.journey"));
    QString error;
    ASSERT_TRUE(session->saveAs(rescue, &error)) << error.toStdString();
    EXPECT_EQ(session->path(), QFileInfo(rescue).absoluteFilePath());
    EXPECT_FALSE(session->hasUnflushedChanges());
    EXPECT_EQ(firstDifference(reloadProject(rescue), wanted), "");

    edit(QStringLiteral("In the new file"));
    EXPECT_TRUE(session->flushNow());
    EXPECT_EQ(firstDifference(reloadProject(rescue), document->project()), "");
}

TEST_F(FlushFailureTest, AnotherFileInItsPlaceIsNeverOverwritten)
{
    ASSERT_TRUE(QFile::remove(path));
    ASSERT_TRUE(writeBytes(path, "somebody's notes"));
    edit(QStringLiteral("Mine"));
    EXPECT_FALSE(session->flushNow());
    EXPECT_FALSE(session->flushNow());
    EXPECT_EQ(readBytes(path), QByteArray("somebody's notes"));
    EXPECT_TRUE(session->hasUnflushedChanges());
}

TEST_F(FlushFailureTest, ABackupPutInItsPlaceIsLeftAsItIs)
{
    edit(QStringLiteral("In the backup"));
    ASSERT_TRUE(session->flushNow());
    const QString backup = dir.path(QStringLiteral("Client backup.journey"));
    ASSERT_TRUE(QFile::copy(path, backup));
    edit(QStringLiteral("After the backup"));
    ASSERT_TRUE(session->flushNow());

    // The user restores the backup over the open project, as a file manager's
    // "replace" does: another Journeyscope file of the same version.
    ASSERT_TRUE(QFile::remove(path));
    ASSERT_TRUE(QFile::rename(backup, path));
    const QByteArray restored = readBytes(path);
    edit(QStringLiteral("Only in memory"));
    EXPECT_FALSE(session->flushNow());
    EXPECT_FALSE(session->flushNow()) << "the retry does not write into the backup";
    EXPECT_TRUE(session->lastError().contains(QStringLiteral("another file")))
        << session->lastError().toStdString();
    EXPECT_EQ(readBytes(path), restored);
    EXPECT_TRUE(session->hasUnflushedChanges());
}

} // namespace
} // namespace js::test
