// Start-up and where projects live: the demo on first start, the last project
// afterwards, new projects in the data folder until they are named.
#include "ui/mainwindow/Workspace.h"

#include "TempDir.h"
#include "core/content/DemoProject.h"
#include "core/document/ProjectDocument.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectSession.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/mainwindow/FileOpenEvents.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFileOpenEvent>
#include <QSettings>

#include <gtest/gtest.h>

namespace js {
namespace {

class WorkspaceTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        dialogs::testing::reset();
        QSettings().clear();
        QDir(workspace::dataFolder()).removeRecursively();
    }
    void TearDown() override { closeAll(); }

    static void closeAll()
    {
        QList<MainWindow*> windows;
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* window = qobject_cast<MainWindow*>(widget))
                windows << window;
        }
        qDeleteAll(windows);
    }

    // Outlives TearDown, so windows close before their files' folder goes.
    test::TempDir dir;
};

TEST_F(WorkspaceTest, FirstStartShowsTheDemoAndLaterStartsTheLastProject)
{
    MainWindow* first = workspace::openAtStart({}, false, false).value(0);
    ASSERT_TRUE(first);
    const QString demo = first->session()->path();
    EXPECT_FALSE(first->document()->project().ratings.empty()) << "the demo has ratings";
    EXPECT_TRUE(demo.startsWith(workspace::dataFolder()));
    closeAll();

    MainWindow* second = workspace::openAtStart({}, false, false).value(0);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->session()->path(), demo);
}

TEST_F(WorkspaceTest, NewProjectsLiveInTheDataFolderUntilNamed)
{
    QSettings().setValue(QStringLiteral("started"), true);
    MainWindow* a = workspace::openAtStart({}, false, true).value(0);
    MainWindow* b = workspace::openNewProject();
    ASSERT_TRUE(a && b);
    EXPECT_NE(a->session()->path(), b->session()->path());
    EXPECT_TRUE(workspace::isUntitled(a->session()->path()));
    EXPECT_FALSE(a->document()->project().journeys.empty());
    EXPECT_EQ(a->document()->project().frameworks.size(), 2u);

    const QString untitled = a->session()->path();
    const QString named = dir.path(QStringLiteral("Client review.journey"));
    dialogs::testing::queueAnswer(named);
    a->save(); // an untitled project asks for a name
    EXPECT_EQ(a->session()->path(), QFileInfo(named).absoluteFilePath());
    EXPECT_FALSE(QFile::exists(untitled)) << "the untitled file is gone once named";
    EXPECT_TRUE(QFile::exists(named));
}

TEST_F(WorkspaceTest, AnUntitledProjectIsKnownByItsFolderNotByItsTranslatedName)
{
    QSettings().setValue(QStringLiteral("started"), true);
    MainWindow* window = workspace::openNewProject();
    ASSERT_TRUE(window);
    const QString path = window->session()->path();
    ASSERT_TRUE(workspace::isUntitled(path));
    // Whatever the file is called in the user's language, its folder says it.
    const QString renamed =
        QFileInfo(path).absoluteDir().filePath(QStringLiteral("Sans titre 1.journey"));
    EXPECT_TRUE(workspace::isUntitled(renamed));
    // A file the user named "Untitled" in a folder of theirs is theirs.
    EXPECT_FALSE(workspace::isUntitled(dir.path(QStringLiteral("Untitled 1.journey"))));
    EXPECT_FALSE(workspace::isUntitled(
        QDir(workspace::dataFolder()).filePath(QStringLiteral("Untitled 9.journey"))));
}

TEST_F(WorkspaceTest, SeveralFilesOpenEachInItsOwnWindowAndOneThatFailsSaysWhy)
{
    QSettings().setValue(QStringLiteral("started"), true);
    const QString a = dir.path(QStringLiteral("a.journey"));
    const QString b = dir.path(QStringLiteral("b.journey"));
    const QString missing = dir.path(QStringLiteral("missing.journey"));
    QString error;
    ASSERT_TRUE(ProjectFile::create(a, demoProject(), &error)) << error.toStdString();
    ASSERT_TRUE(ProjectFile::create(b, demoProject(), &error)) << error.toStdString();

    const QList<MainWindow*> windows = workspace::openAtStart({a, missing, b, a}, false, false);
    ASSERT_EQ(windows.size(), 2) << "a twice is one window";
    EXPECT_EQ(windows[0]->session()->path(), QFileInfo(a).absoluteFilePath());
    EXPECT_EQ(windows[1]->session()->path(), QFileInfo(b).absoluteFilePath());
    EXPECT_EQ(dialogs::testing::takeMessages().size(), 1);
    closeAll();

    EXPECT_TRUE(workspace::openAtStart({missing}, false, false).isEmpty())
        << "no untitled project in the place of a file that cannot be opened";
    EXPECT_EQ(dialogs::testing::takeMessages().size(), 1);
}

TEST_F(WorkspaceTest, AMissingRecentFileIsExplainedAndForgotten)
{
    QSettings().setValue(QStringLiteral("started"), true);
    const QString gone = dir.path(QStringLiteral("gone.journey"));
    workspace::addRecentFile(gone);
    EXPECT_FALSE(workspace::openFile(gone));
    EXPECT_EQ(dialogs::testing::takeMessages().size(), 1);
    EXPECT_FALSE(workspace::recentFiles().contains(QFileInfo(gone).absoluteFilePath()));
}

TEST_F(WorkspaceTest, AFileTheSystemHandsOverAsAnEventOpensOnceInAWindow)
{
    // As macOS Finder opens a double-clicked project: an event, not an argument.
    const QString path = dir.path(QStringLiteral("Handed over.journey"));
    QString error;
    ASSERT_TRUE(ProjectFile::create(path, demoProject(), &error)) << error.toStdString();
    FileOpenEvents filter;
    qApp->installEventFilter(&filter);
    QFileOpenEvent event(path);
    QCoreApplication::sendEvent(qApp, &event);
    QFileOpenEvent again(path);
    QCoreApplication::sendEvent(qApp, &again);
    qApp->removeEventFilter(&filter);
    EXPECT_EQ(workspace::openProjects(), QStringList{QFileInfo(path).absoluteFilePath()});
}

} // namespace
} // namespace js
