// The command line, run as a user runs it: the real binary, exit codes,
// messages, and files that are complete or absent.
#include "CliRunner.h"
#include "TempDir.h"
#include "core/storage/OpenResult.h"

#include <QFile>
#include <QProcess>
#include <QThread>

#include <gtest/gtest.h>

namespace js::test {
namespace {

TEST(CliTest, VersionAndHelpNeedNoDisplay)
{
    const Outcome version = journeyscope({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out.trimmed(),
              QStringLiteral("Journeyscope %1").arg(QStringLiteral(JOURNEYSCOPE_VERSION)));
    const Outcome help = journeyscope({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* verb : {"demo OUT", "check FILE", "export FILE", "import IN"})
        EXPECT_TRUE(help.out.contains(QString::fromLatin1(verb))) << verb;
}

TEST(CliTest, DemoWritesAProjectThatChecksSound)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("démo.journey"));
    const Outcome demo = journeyscope({QStringLiteral("demo"), path});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    const Outcome check = journeyscope({QStringLiteral("check"), path});
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    EXPECT_EQ(check.out.count(u'\n'), 1);
    EXPECT_TRUE(
        check.out.contains(QStringLiteral("2 journeys, 10 stages, 35 touchpoints, 1600 ratings")))
        << check.out.toStdString();
}

TEST(CliTest, AFileOfAnOlderVersionChecksAndExportsAndStaysAsItWas)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("old.journey"));
    ASSERT_TRUE(
        QFile::copy(QStringLiteral(JOURNEYSCOPE_FIXTURES "/schema-1000/demo.journey"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QFile before(path);
    ASSERT_TRUE(before.open(QIODevice::ReadOnly));
    const QByteArray original = before.readAll();
    before.close();

    const Outcome check = journeyscope({QStringLiteral("check"), path});
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    const QString json = dir.path(QStringLiteral("old.json"));
    const Outcome exported =
        journeyscope({QStringLiteral("export"), path, QStringLiteral("--out"), json});
    EXPECT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_TRUE(QFile::exists(json));

    QFile after(path);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), original) << "viewing never migrates the file";
    EXPECT_FALSE(QFile::exists(path + QStringLiteral(".v1000.bak")));
}

TEST(CliTest, CheckOfABadFileSaysWhatTheWindowWouldSay)
{
    TempDir dir;
    const QString path = dir.path(QStringLiteral("notes.journey"));
    ASSERT_TRUE(writeBytes(path, "not a project"));
    const Outcome check = journeyscope({QStringLiteral("check"), path});
    EXPECT_EQ(check.exitCode, 1);
    EXPECT_EQ(check.err.trimmed(), openMessage(OpenProblem::NotSqlite, path));
    EXPECT_EQ(readBytes(path), QByteArray("not a project"));
    const Outcome missing =
        journeyscope({QStringLiteral("check"), dir.path(QStringLiteral("gone.journey"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_FALSE(missing.err.isEmpty());
}

TEST(CliTest, JsonToJourneyToJsonIsIdentical)
{
    TempDir dir;
    const QString project = dir.path(QStringLiteral("p.journey"));
    const QString first = dir.path(QStringLiteral("first.json"));
    const QString copy = dir.path(QStringLiteral("copy.journey"));
    const QString second = dir.path(QStringLiteral("second.json"));
    ASSERT_EQ(journeyscope({QStringLiteral("demo"), project}).exitCode, 0);
    ASSERT_EQ(journeyscope({QStringLiteral("export"), project, QStringLiteral("--format"),
                            QStringLiteral("json"), QStringLiteral("--out"), first})
                  .exitCode,
              0);
    const Outcome import =
        journeyscope({QStringLiteral("import"), first, QStringLiteral("--out"), copy});
    ASSERT_EQ(import.exitCode, 0) << import.err.toStdString();
    ASSERT_EQ(journeyscope({QStringLiteral("export"), copy, QStringLiteral("--format"),
                            QStringLiteral("json"), QStringLiteral("--out"), second})
                  .exitCode,
              0);
    EXPECT_GT(readBytes(first).size(), 1000);
    EXPECT_EQ(readBytes(first), readBytes(second));
}

TEST(CliTest, MalformedJsonNamesLineAndColumnAndWritesNothing)
{
    TempDir dir;
    const QString input = dir.path(QStringLiteral("broken.json"));
    const QString output = dir.path(QStringLiteral("new.journey"));
    ASSERT_TRUE(
        writeBytes(input, "{\n  \"format\": \"journeyscope-project\",\n  \"version\": 1,,\n}\n"));
    const Outcome run =
        journeyscope({QStringLiteral("import"), input, QStringLiteral("--out"), output});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("line 3, column"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(output));
    EXPECT_FALSE(QFile::exists(output + QStringLiteral(".part")));
}

TEST(CliTest, JsonThatBreaksTheRulesSaysWhereAndWritesNothing)
{
    TempDir dir;
    const QString input = dir.path(QStringLiteral("wrong.json"));
    const QString output = dir.path(QStringLiteral("new.journey"));
    ASSERT_TRUE(writeBytes(input, R"({"format": "journeyscope-project", "version": 1,
        "journeys": [{"id": 1, "name": "J", "state": "current", "lanes": [],
                      "stages": [{"id": 2, "name": "S", "touchpoints": [
                          {"id": 3, "name": "T", "channel": "fax", "importance": 3, "emotion": 0}]}]}]})"));
    const Outcome run =
        journeyscope({QStringLiteral("import"), input, QStringLiteral("--out"), output});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("journeys[0].stages[0].touchpoints[0].channel")))
        << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(output));
}

TEST(CliTest, WrongUsageExitsWithTwo)
{
    EXPECT_EQ(journeyscope({QStringLiteral("demo")}).exitCode, 2);
    EXPECT_EQ(journeyscope({QStringLiteral("export"), QStringLiteral("x.journey")}).exitCode, 2);
    EXPECT_EQ(journeyscope({QStringLiteral("export"), QStringLiteral("x.journey"),
                            QStringLiteral("--format"), QStringLiteral("xml"),
                            QStringLiteral("--out"), QStringLiteral("x.xml")})
                  .exitCode,
              2);
    EXPECT_EQ(journeyscope({QStringLiteral("--bogus")}).exitCode, 2);
}

TEST(CliTest, OutputOverItsOwnInputIsRefused)
{
    TempDir dir;
    const QString project = dir.path(QStringLiteral("p.journey"));
    const QString json = dir.path(QStringLiteral("p.json"));
    ASSERT_EQ(journeyscope({QStringLiteral("demo"), project}).exitCode, 0);
    ASSERT_EQ(
        journeyscope({QStringLiteral("export"), project, QStringLiteral("--out"), json}).exitCode,
        0);
    const QByteArray projectBytes = readBytes(project);
    const QByteArray jsonBytes = readBytes(json);
    const Outcome exportOver =
        journeyscope({QStringLiteral("export"), project, QStringLiteral("--out"),
                      dir.path(QStringLiteral("./p.journey"))});
    EXPECT_EQ(exportOver.exitCode, 2);
    EXPECT_TRUE(exportOver.err.contains(QStringLiteral("another name")));
    const Outcome importOver =
        journeyscope({QStringLiteral("import"), json, QStringLiteral("--out"), json});
    EXPECT_EQ(importOver.exitCode, 2);
    EXPECT_EQ(readBytes(project), projectBytes);
    EXPECT_EQ(readBytes(json), jsonBytes);
}

TEST(CliTest, ANewProjectNeverReplacesAFileUnlessForced)
{
    TempDir dir;
    const QString notes = dir.path(QStringLiteral("notes.txt"));
    const QString project = dir.path(QStringLiteral("p.journey"));
    const QString json = dir.path(QStringLiteral("p.json"));
    ASSERT_TRUE(writeBytes(notes, "somebody's notes"));
    ASSERT_EQ(journeyscope({QStringLiteral("demo"), project}).exitCode, 0);
    ASSERT_EQ(
        journeyscope({QStringLiteral("export"), project, QStringLiteral("--out"), json}).exitCode,
        0);
    const QByteArray projectBytes = readBytes(project);

    const Outcome demoOver = journeyscope({QStringLiteral("demo"), notes});
    EXPECT_EQ(demoOver.exitCode, 1);
    EXPECT_TRUE(demoOver.err.contains(QStringLiteral("--force"))) << demoOver.err.toStdString();
    EXPECT_EQ(readBytes(notes), QByteArray("somebody's notes"));
    const Outcome importOver =
        journeyscope({QStringLiteral("import"), json, QStringLiteral("--out"), project});
    EXPECT_EQ(importOver.exitCode, 1);
    EXPECT_TRUE(importOver.err.contains(QStringLiteral("already exists")));
    EXPECT_EQ(readBytes(project), projectBytes);

    EXPECT_EQ(journeyscope({QStringLiteral("demo"), notes, QStringLiteral("--force")}).exitCode, 0);
    EXPECT_EQ(journeyscope({QStringLiteral("check"), notes}).exitCode, 0);
    EXPECT_EQ(journeyscope({QStringLiteral("import"), json, QStringLiteral("--out"), project,
                            QStringLiteral("--force")})
                  .exitCode,
              0);
}

TEST(CliTest, ImportOfAFolderOrAnUnreadableFileSaysSo)
{
    TempDir dir;
    const Outcome folder =
        journeyscope({QStringLiteral("import"), dir.path(QStringLiteral("")),
                      QStringLiteral("--out"), dir.path(QStringLiteral("n.journey"))});
    EXPECT_EQ(folder.exitCode, 1);
    EXPECT_TRUE(folder.err.contains(QStringLiteral("folder"))) << folder.err.toStdString();
    const Outcome missing =
        journeyscope({QStringLiteral("import"), dir.path(QStringLiteral("none.json")),
                      QStringLiteral("--out"), dir.path(QStringLiteral("n.journey"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("does not exist")))
        << missing.err.toStdString();
}

TEST(CliTest, ExportToAnUnwritablePlaceFailsCleanly)
{
    TempDir dir;
    const QString project = dir.path(QStringLiteral("p.journey"));
    ASSERT_EQ(journeyscope({QStringLiteral("demo"), project}).exitCode, 0);
    const QString target = dir.path(QStringLiteral("no/such/folder/out.json"));
    const Outcome run = journeyscope({QStringLiteral("export"), project, QStringLiteral("--format"),
                                      QStringLiteral("json"), QStringLiteral("--out"), target});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_FALSE(run.err.isEmpty());
    EXPECT_FALSE(QFile::exists(target));
}

TEST(CliTest, TheWindowClosesCleanlyOnSigterm)
{
    TempDir dir;
    const QString project = dir.path(QStringLiteral("p.journey"));
    ASSERT_EQ(journeyscope({QStringLiteral("demo"), project}).exitCode, 0);
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.path(QStringLiteral("data")));
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(JOURNEYSCOPE_BINARY), {project});
    ASSERT_TRUE(app.waitForStarted());
    const QString lock = project + QStringLiteral(".lock");
    for (int i = 0; i < 100 && !QFile::exists(lock); ++i)
        QThread::msleep(50);
    ASSERT_TRUE(QFile::exists(lock)) << "the window holds the project open";
    app.terminate();
    ASSERT_TRUE(app.waitForFinished(10000));
    EXPECT_EQ(app.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(app.exitCode(), 0);
    EXPECT_FALSE(QFile::exists(lock)) << "the project was closed, not abandoned";
}

TEST(CliTest, SpeaksGermanWithGermanNumbersWhenTheLanguageIsGerman)
{
    const QStringList german{QStringLiteral("JOURNEYSCOPE_LANGUAGE=de")};
    const Outcome help = journeyscope({QStringLiteral("--help")}, german);
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.startsWith(QStringLiteral("Aufruf: journeyscope")))
        << help.out.toStdString();

    TempDir dir;
    const QString notes = dir.path(QStringLiteral("notes.journey"));
    ASSERT_TRUE(writeBytes(notes, "not a project"));
    const Outcome check = journeyscope({QStringLiteral("check"), notes}, german);
    EXPECT_EQ(check.exitCode, 1);
    EXPECT_TRUE(check.err.contains(QStringLiteral("ist kein Journeyscope-Projekt")))
        << check.err.toStdString();

    const QString project = dir.path(QStringLiteral("demo.journey"));
    ASSERT_EQ(journeyscope({QStringLiteral("demo"), project}).exitCode, 0);
    const QString csv = dir.path(QStringLiteral("schwachstellen.csv"));
    const Outcome exported =
        journeyscope({QStringLiteral("export"), project, QStringLiteral("--out"), csv,
                      QStringLiteral("--table"), QStringLiteral("weakspots")},
                     german);
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const QList<QByteArray> lines = readBytes(csv).split('\n');
    ASSERT_GT(lines.size(), 2);
    EXPECT_TRUE(lines[0].startsWith("rank;journey;stage;touchpoint;")) << lines[0].constData();
    // The mean: "1,50", not "1.50".
    const QList<QByteArray> first = lines[1].split(';');
    ASSERT_GT(first.size(), 8);
    EXPECT_TRUE(first[7].contains(',')) << lines[1].constData();
    EXPECT_FALSE(first[7].contains('.')) << lines[1].constData();
}

} // namespace
} // namespace js::test
