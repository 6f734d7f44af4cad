// Document -> file -> document: nothing lost, nothing changed, ids kept;
// incremental flushes leave the file equal to the model after every batch.
#include "ProjectDiff.h"
#include "RandomEditor.h"
#include "ReloadProject.h"
#include "SampleProject.h"
#include "TempDir.h"
#include "core/content/DemoProject.h"
#include "core/document/ProjectDocument.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectSession.h"

#include <QSignalSpy>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace js::test {
namespace {

TEST(RoundTripTest, DemoSurvivesAFileExactly)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("Démo project.journey"));
    const Project demo = demoProject();
    QString error;
    ASSERT_TRUE(ProjectFile::create(path, demo, &error)) << error.toStdString();
    EXPECT_EQ(firstDifference(reloadProject(path), demo), "");
}

TEST(RoundTripTest, AHiddenLaneSurvivesAFile)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("hidden.journey"));
    Project demo = demoProject();
    ASSERT_GE(demo.journeys.front().lanes.size(), 2u);
    Lane& lane = demo.journeys.front().lanes[1];
    lane.hidden = true;
    QString error;
    ASSERT_TRUE(ProjectFile::create(path, demo, &error)) << error.toStdString();
    const Project reloaded = reloadProject(path);
    EXPECT_EQ(firstDifference(reloaded, demo), "");
    ASSERT_FALSE(reloaded.journeys.empty());
    EXPECT_FALSE(reloaded.journeys.front().lanes[0].hidden);
    EXPECT_TRUE(reloaded.journeys.front().lanes[1].hidden);

    OpenResult result;
    auto file = ProjectFile::open(path, &result, ProjectFile::Access::ReadOnly);
    ASSERT_TRUE(file) << result.message.toStdString();
    QSqlQuery query(file->database());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT id, hidden FROM lane WHERE hidden <> 0")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toLongLong(), lane.id);
    EXPECT_EQ(query.value(1).toInt(), 1) << "stored as 1, like criterion.enabled";
    EXPECT_FALSE(query.next());
}

TEST(RoundTripTest, HidingALaneReachesTheFileAndSoDoesItsUndo)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("hide.journey"));
    QString error;
    auto session = ProjectSession::create(path, demoProject(), &error);
    ASSERT_TRUE(session) << error.toStdString();
    ProjectDocument* document = session->document();
    const Id lane = document->project().journeys.front().lanes.front().id;
    auto hiddenInFile = [&] {
        const Project reloaded = reloadProject(path);
        return !reloaded.journeys.empty() && reloaded.journeys.front().lanes.front().hidden;
    };
    ASSERT_TRUE(document->set(lane, &Lane::hidden, true));
    ASSERT_TRUE(session->flushNow()) << session->lastError().toStdString();
    EXPECT_TRUE(hiddenInFile());
    document->undoStack()->undo();
    ASSERT_TRUE(session->flushNow()) << session->lastError().toStdString();
    EXPECT_FALSE(hiddenInFile());
    document->undoStack()->redo();
    ASSERT_TRUE(session->flushNow()) << session->lastError().toStdString();
    EXPECT_TRUE(hiddenInFile());
    EXPECT_EQ(firstDifference(reloadProject(path), document->project()), "");
}

TEST(RoundTripTest, FileIsMarkedAsOursWithARollbackJournal)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("p.journey"));
    QString error;
    ASSERT_TRUE(ProjectFile::create(path, demoProject(), &error));
    OpenResult result;
    auto file = ProjectFile::open(path, &result);
    ASSERT_TRUE(file);
    QSqlQuery query(file->database());
    auto pragma = [&](const char* name) {
        query.exec(QStringLiteral("PRAGMA %1").arg(QString::fromLatin1(name)));
        query.next();
        return query.value(0);
    };
    EXPECT_EQ(pragma("application_id").toInt(), 0x4A534350);
    EXPECT_EQ(pragma("user_version").toInt(), schema::CurrentVersion);
    EXPECT_EQ(pragma("journal_mode").toString(), QStringLiteral("delete"));
    EXPECT_EQ(pragma("foreign_keys").toInt(), 1);
    EXPECT_EQ(pragma("trusted_schema").toInt(), 0);
}

class IncrementalFlushTest : public ::testing::TestWithParam<unsigned> {};

TEST_P(IncrementalFlushTest, FileEqualsTheModelAfterEveryFlush)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("random.journey"));
    ProjectDocument seed;
    buildSample(seed);
    QString error;
    auto session = ProjectSession::create(path, seed.project(), &error);
    ASSERT_TRUE(session) << error.toStdString();
    ProjectDocument* document = session->document();
    RandomEditor editor(*document, GetParam());
    for (int batch = 0; batch < 25; ++batch) {
        for (int i = 0; i < 40; ++i)
            editor.step();
        if (batch % 3 == 2) {
            // Undo and redo reach the file too.
            for (int i = 0; i < 15 && document->undoStack()->canUndo(); ++i)
                document->undoStack()->undo();
            for (int i = 0; i < batch % 11 && document->undoStack()->canRedo(); ++i)
                document->undoStack()->redo();
        }
        ASSERT_TRUE(session->flushNow()) << session->lastError().toStdString();
        ASSERT_EQ(firstDifference(reloadProject(path), document->project()), "")
            << "batch " << batch;
    }
}

INSTANTIATE_TEST_SUITE_P(Seeds, IncrementalFlushTest,
                         ::testing::Values(3u, 11u, 99u, 2024u, 7u, 123u));

TEST(RoundTripTest, RestoringAStageAndItsLaneInOneFlushWritesTheLaneFirst)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("order.journey"));
    QString error;
    auto session = ProjectSession::create(path, demoProject(), &error);
    ASSERT_TRUE(session) << error.toStdString();
    ProjectDocument* document = session->document();
    const Journey& journey = document->project().journeys.front();
    const Id lane = journey.lanes.front().id;
    const Id stage = journey.stages.front().id;
    ASSERT_NE(document->addCard(stage, lane, 0, QStringLiteral("Queue at the till")), NoId);
    ASSERT_TRUE(session->flushNow());
    ASSERT_TRUE(document->removeStage(stage));
    ASSERT_TRUE(document->removeLane(lane));
    ASSERT_TRUE(session->flushNow());
    document->undoStack()->undo();
    document->undoStack()->undo();
    ASSERT_TRUE(session->flushNow()) << session->lastError().toStdString();
    EXPECT_EQ(firstDifference(reloadProject(path), document->project()), "");
}

TEST(RoundTripTest, SiblingsKeepTheirOrderAfterARemovalAndALaterEdit)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("positions.journey"));
    QString error;
    auto session = ProjectSession::create(path, demoProject(), &error);
    ASSERT_TRUE(session) << error.toStdString();
    ProjectDocument* document = session->document();
    const Stage& stage = document->project().journeys.front().stages.front();
    ASSERT_GE(stage.touchpoints.size(), 3u);
    const Id first = stage.touchpoints[0].id;
    const Id last = stage.touchpoints.back().id;
    const Id otherStage = document->project().journeys.front().stages[1].id;
    ASSERT_TRUE(document->removeTouchpoint(first));
    ASSERT_TRUE(session->flushNow());
    ASSERT_TRUE(document->moveTouchpoint(stage.touchpoints[0].id, otherStage, 0));
    ASSERT_TRUE(session->flushNow());
    // Each single write puts the edited row at its index in the model.
    ASSERT_TRUE(document->set(last, &Touchpoint::name, QStringLiteral("Renamed")));
    ASSERT_TRUE(session->flushNow());
    EXPECT_EQ(firstDifference(reloadProject(path), document->project()), "");
}

TEST(RoundTripTest, ANewFileNeverInheritsALeftoverJournal)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("reused.journey"));
    QString error;
    ASSERT_TRUE(ProjectFile::create(path, demoProject(), &error));
    // A journal from some earlier file of that name, as a crash leaves it.
    ASSERT_TRUE(ProjectFile::create(dir.path(QStringLiteral("other.journey")), Project{}, &error));
    QFile::copy(path, path + QStringLiteral("-journal"));
    QFile::copy(path, path + QStringLiteral("-wal"));
    Project renamed = demoProject();
    renamed.name = QStringLiteral("Second version");
    ASSERT_TRUE(ProjectFile::create(path, renamed, &error)) << error.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    EXPECT_EQ(firstDifference(reloadProject(path), renamed), "");
}

TEST(RoundTripTest, AnEditReachesTheFileOnItsOwnWithinTwoSeconds)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("auto.journey"));
    QString error;
    auto session = ProjectSession::create(path, demoProject(), &error);
    ASSERT_TRUE(session);
    QSignalSpy flushed(session.get(), &ProjectSession::flushed);
    session->document()->set(NoId, &Project::client, QStringLiteral("Fernbrook Ltd"));
    ASSERT_TRUE(flushed.wait(2000));
    EXPECT_EQ(reloadProject(path).client, QStringLiteral("Fernbrook Ltd"));
}

TEST(RoundTripTest, ReplacingTheWholeProjectReachesTheFile)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("reset.journey"));
    QString error;
    auto session = ProjectSession::create(path, demoProject(), &error);
    ASSERT_TRUE(session) << error.toStdString();
    ProjectDocument seed;
    buildSample(seed);
    session->document()->resetProject(seed.project());
    ASSERT_TRUE(session->flushNow()) << session->lastError().toStdString();
    EXPECT_EQ(firstDifference(reloadProject(path), seed.project()), "");
}

TEST(RoundTripTest, ClosingTheSessionFlushes)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("close.journey"));
    QString error;
    {
        auto session = ProjectSession::create(path, demoProject(), &error);
        ASSERT_TRUE(session);
        session->document()->set(NoId, &Project::name, QStringLiteral("Renamed"));
    }
    EXPECT_EQ(reloadProject(path).name, QStringLiteral("Renamed"));
}

TEST(RoundTripTest, SaveAsCopiesAndContinuesInTheNewFile)
{
    TempDir dir;
    const QString first = dir.path(QStringLiteral("first.journey"));
    const QString second = dir.path(QStringLiteral("sécond.journey"));
    QString error;
    auto session = ProjectSession::create(first, demoProject(), &error);
    ASSERT_TRUE(session);
    session->document()->set(NoId, &Project::name, QStringLiteral("Before"));
    ASSERT_TRUE(session->saveAs(second, &error)) << error.toStdString();
    EXPECT_EQ(session->path(), QFileInfo(second).absoluteFilePath());
    session->document()->set(NoId, &Project::name, QStringLiteral("After"));
    ASSERT_TRUE(session->flushNow());
    EXPECT_EQ(reloadProject(first).name, QStringLiteral("Before"));
    EXPECT_EQ(reloadProject(second).name, QStringLiteral("After"));
    EXPECT_EQ(firstDifference(reloadProject(second), session->document()->project()), "");
}

TEST(RoundTripTest, NeverReplacesAFileThatIsOpenElsewhere)
{
    TempDir dir;
    const QString mine = dir.path(QStringLiteral("mine.journey"));
    const QString theirs = dir.path(QStringLiteral("theirs.journey"));
    QString error;
    auto session = ProjectSession::create(mine, demoProject(), &error);
    auto other = ProjectSession::create(theirs, Project{}, &error);
    ASSERT_TRUE(session && other);
    const QByteArray before = fileHash(theirs);
    EXPECT_FALSE(session->saveAs(theirs, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(ProjectFile::create(theirs, demoProject(), &error));
    EXPECT_EQ(fileHash(theirs), before);
    EXPECT_EQ(session->path(), QFileInfo(mine).absoluteFilePath());
    other.reset();
    EXPECT_TRUE(session->saveAs(theirs, &error)) << error.toStdString();
}

TEST(RoundTripTest, AFullDiskKeepsTheProjectInMemoryAndTheNextFlushRetries)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("full.journey"));
    QString error;
    auto session = ProjectSession::create(path, Project{}, &error);
    ASSERT_TRUE(session);
    QSqlQuery query(session->file()->database());
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
    const int pages = query.value(0).toInt();
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));

    const Project demo = demoProject();
    for (const Framework& framework : demo.frameworks)
        session->document()->addFramework(framework);
    session->document()->set(NoId, &Project::description, QString(20000, u'x'));
    const Project wanted = session->document()->project();
    QSignalSpy failed(session.get(), &ProjectSession::flushFailed);
    EXPECT_FALSE(session->flushNow());
    ASSERT_EQ(failed.count(), 1);
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("kept in memory")));
    EXPECT_TRUE(session->document()->project() == wanted);
    EXPECT_TRUE(session->hasUnflushedChanges());
    EXPECT_EQ(reloadProject(path).frameworks.size(), 0u) << "nothing half-written";

    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
    EXPECT_TRUE(session->flushNow());
    EXPECT_EQ(firstDifference(reloadProject(path), wanted), "");
}

} // namespace
} // namespace js::test
