// File > Import journey from Mermaid with the real window: the journey joins
// the open project as one undo step and is shown; a bad file is explained and
// changes nothing.
#include "ProjectDiff.h"
#include "WindowTest.h"
#include "core/io/MermaidJourney.h"
#include "ui/mainwindow/SelectionModel.h"
#include "ui/map/MapCanvas.h"

#include <QTabWidget>
#include <QUndoStack>

namespace js {
namespace {

class MermaidImportTest : public test::WindowTest {};

TEST_F(MermaidImportTest, TheMenuAddsTheJourneyAsOneUndoStepAndShowsIt)
{
    const QString source = dir.path(QStringLiteral("Morning.mmd"));
    ASSERT_TRUE(test::writeBytes(source, "journey\n"
                                         "  title Mañana\n"
                                         "  section Go to work\n"
                                         "    Make tea: 5: Me\n"
                                         "    Go upstairs: 2: Me, Cat\n"
                                         "  section Go home\n"
                                         "    Sit down: 4\n"));
    const Project before = project();
    const int steps = document()->undoStack()->count();
    window->tabs()->setCurrentIndex(1);
    QAction* import = action("actionImportMermaid");
    ASSERT_TRUE(import);
    ASSERT_TRUE(import->isEnabled());
    dialogs::testing::queueAnswer(source);
    import->trigger();
    settle();

    EXPECT_TRUE(dialogs::testing::takeMessages().isEmpty());
    ASSERT_EQ(project().journeys.size(), before.journeys.size() + 1);
    const Journey& journey = project().journeys.back();
    EXPECT_EQ(journey.name, QStringLiteral("Mañana"));
    ASSERT_EQ(journey.stages.size(), 2u);
    EXPECT_EQ(journey.stages[0].touchpoints.size(), 2u);
    EXPECT_EQ(journey.stages[0].touchpoints[1].emotion, mermaid::emotionFromScore(2));
    EXPECT_EQ(project().personas.size(), before.personas.size() + 1);
    EXPECT_EQ(project().personas.back().name, QStringLiteral("Me"));
    EXPECT_EQ(journey.personaId, project().personas.back().id);
    // Selected, and on the map.
    EXPECT_EQ(window->selectionModel()->current(), (Selection{EntityKind::Journey, journey.id}));
    EXPECT_EQ(window->tabs()->currentWidget(), window->map());
    EXPECT_EQ(window->map()->journeyId(), journey.id);

    EXPECT_EQ(document()->undoStack()->count(), steps + 1);
    EXPECT_TRUE(document()->undoStack()->undoText().contains(QStringLiteral("Mañana")))
        << document()->undoStack()->undoText().toStdString();
    action("actionUndo")->trigger();
    settle();
    EXPECT_EQ(test::firstDifference(project(), before), "");
}

TEST_F(MermaidImportTest, ABadFileIsExplainedAndChangesNothing)
{
    const QString source = dir.path(QStringLiteral("flow.mmd"));
    ASSERT_TRUE(test::writeBytes(source, "journey\n  section A\n    Make tea\n"));
    const Project before = project();
    const int steps = document()->undoStack()->count();
    dialogs::testing::queueAnswer(source);
    window->importMermaid();
    QStringList messages = dialogs::testing::takeMessages();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].contains(QStringLiteral("flow.mmd"))) << messages[0].toStdString();
    EXPECT_TRUE(messages[0].contains(QStringLiteral("line 3"))) << messages[0].toStdString();

    dialogs::testing::queueAnswer(dir.path(QStringLiteral("missing.mmd")));
    window->importMermaid();
    messages = dialogs::testing::takeMessages();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].contains(QStringLiteral("missing.mmd"))) << messages[0].toStdString();

    // Cancelling the file dialog is nothing at all.
    dialogs::testing::queueAnswer(QString());
    window->importMermaid();
    EXPECT_TRUE(dialogs::testing::takeMessages().isEmpty());
    EXPECT_EQ(document()->undoStack()->count(), steps);
    EXPECT_EQ(test::firstDifference(project(), before), "");
}

} // namespace
} // namespace js
