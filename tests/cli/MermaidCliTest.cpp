// `journeyscope import` of a Mermaid journey diagram, run as a user runs it:
// the real binary makes a project file that checks sound and holds the
// diagram's sections as stages; a bad diagram names its line and writes nothing.
#include "CliRunner.h"
#include "ReloadProject.h"
#include "TempDir.h"

#include <QProcess>

#include <gtest/gtest.h>

namespace js::test {
namespace {

const QByteArray diagram = "journey\r\n"
                           "    title Mon café du matin\r\n"
                           "    %% a comment\r\n"
                           "    section Go to work\r\n"
                           "      Make tea: 5: Me, Cat\r\n"
                           "      Go upstairs: 3: Me\r\n"
                           "    section Go home\r\n"
                           "      Go downstairs: 1\r\n";

TEST(MermaidCliTest, ImportOfADiagramMakesAProjectThatChecksSound)
{
    TempDir dir;
    const QString source = dir.path(QStringLiteral("matin.mmd"));
    const QString target = dir.path(QStringLiteral("matin.journey"));
    ASSERT_TRUE(writeBytes(source, diagram));
    const Outcome imported =
        journeyscope({QStringLiteral("import"), source, QStringLiteral("--out"), target});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.contains(QStringLiteral("Mon café du matin")))
        << imported.out.toStdString();
    const Outcome check = journeyscope({QStringLiteral("check"), target});
    EXPECT_EQ(check.exitCode, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("1 journey, 2 stages, 3 touchpoints")))
        << check.out.toStdString();

    const Project project = reloadProject(target);
    ASSERT_EQ(project.journeys.size(), 1u);
    const Journey& journey = project.journeys[0];
    EXPECT_EQ(journey.name, QStringLiteral("Mon café du matin"));
    ASSERT_EQ(journey.stages.size(), 2u);
    EXPECT_EQ(journey.stages[0].name, QStringLiteral("Go to work"));
    EXPECT_EQ(journey.stages[1].name, QStringLiteral("Go home"));
    ASSERT_EQ(journey.stages[0].touchpoints.size(), 2u);
    EXPECT_EQ(journey.stages[0].touchpoints[0].name, QStringLiteral("Make tea"));
    EXPECT_EQ(journey.stages[0].touchpoints[0].emotion, 3);
    EXPECT_EQ(journey.stages[1].touchpoints[0].emotion, -3);
    ASSERT_EQ(project.personas.size(), 1u);
    EXPECT_EQ(project.personas[0].name, QStringLiteral("Me"));
    EXPECT_EQ(journey.personaId, project.personas[0].id);
}

TEST(MermaidCliTest, ADiagramIsKnownByItsFirstWordWhateverItsName)
{
    TempDir dir;
    const QString source = dir.path(QStringLiteral("day.txt"));
    const QString target = dir.path(QStringLiteral("day.journey"));
    ASSERT_TRUE(writeBytes(source, "\n  journey\n  section Only\n    Wait: 2\n"));
    const Outcome imported =
        journeyscope({QStringLiteral("import"), source, QStringLiteral("--out"), target});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    // Without a title the journey is named after the file.
    EXPECT_EQ(reloadProject(target).journeys.at(0).name, QStringLiteral("day"));
}

TEST(MermaidCliTest, ABadDiagramNamesItsLineAndWritesNothing)
{
    TempDir dir;
    const QString source = dir.path(QStringLiteral("bad.mermaid"));
    const QString target = dir.path(QStringLiteral("bad.journey"));
    ASSERT_TRUE(writeBytes(source, "journey\n  section A\n    Make tea: 7: Me\n"));
    const Outcome scored =
        journeyscope({QStringLiteral("import"), source, QStringLiteral("--out"), target});
    EXPECT_EQ(scored.exitCode, 1);
    EXPECT_TRUE(scored.err.contains(QStringLiteral("line 3:"))) << scored.err.toStdString();
    EXPECT_FALSE(QFile::exists(target));

    ASSERT_TRUE(writeBytes(source, "graph TD\n  A --> B\n"));
    const Outcome graph =
        journeyscope({QStringLiteral("import"), source, QStringLiteral("--out"), target});
    EXPECT_EQ(graph.exitCode, 1);
    EXPECT_TRUE(graph.err.contains(QStringLiteral("not a Mermaid journey diagram")))
        << graph.err.toStdString();
    EXPECT_FALSE(QFile::exists(target));
}

TEST(MermaidCliTest, ANewProjectFromADiagramNeverReplacesAFileUnlessForced)
{
    TempDir dir;
    const QString source = dir.path(QStringLiteral("matin.mmd"));
    const QString target = dir.path(QStringLiteral("notes.journey"));
    ASSERT_TRUE(writeBytes(source, diagram));
    ASSERT_TRUE(writeBytes(target, "somebody's notes"));
    const Outcome refused =
        journeyscope({QStringLiteral("import"), source, QStringLiteral("--out"), target});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("--force"))) << refused.err.toStdString();
    EXPECT_EQ(readBytes(target), QByteArray("somebody's notes"));
    const Outcome forced = journeyscope({QStringLiteral("import"), source, QStringLiteral("--out"),
                                         target, QStringLiteral("--force")});
    EXPECT_EQ(forced.exitCode, 0) << forced.err.toStdString();
    EXPECT_EQ(journeyscope({QStringLiteral("check"), target}).exitCode, 0);
    EXPECT_EQ(journeyscope({QStringLiteral("import"), source}).exitCode, 2);
}

} // namespace
} // namespace js::test
