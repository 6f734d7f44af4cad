// The File menu with the real window: naming, copying, opening bad and busy
// files, JSON in and out, and what the user sees when the disk is full.
#include "ProjectDiff.h"
#include "ReloadProject.h"
#include "TempDir.h"
#include "core/content/DemoProject.h"
#include "core/document/ProjectDocument.h"
#include "core/io/JsonFormat.h"
#include "core/storage/ProjectFile.h"
#include "core/storage/ProjectSession.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/mainwindow/Inspector.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/Workspace.h"

#include <QApplication>
#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

namespace js {
namespace {

using test::reloadProject;

class FileMenuTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        dialogs::testing::reset();
        path = dir.path(QStringLiteral("Workshop.journey"));
        QString error;
        ASSERT_TRUE(ProjectFile::create(path, demoProject(), &error));
        window = workspace::openFile(path);
        ASSERT_TRUE(window);
        window->setAttribute(Qt::WA_DeleteOnClose, false);
    }
    void TearDown() override
    {
        // Collect first: deleting a window deletes its menus, which are
        // top-level widgets too.
        QList<MainWindow*> windows;
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* other = qobject_cast<MainWindow*>(widget); other && other != window)
                windows << other;
        }
        qDeleteAll(windows);
        delete window;
    }

    int windowCount() const
    {
        int n = 0;
        for (QWidget* widget : QApplication::topLevelWidgets())
            n += qobject_cast<MainWindow*>(widget) ? 1 : 0;
        return n;
    }

    test::TempDir dir;
    QString path;
    MainWindow* window = nullptr;
};

TEST_F(FileMenuTest, SaveAsCopiesContinuesThereAndIsRemembered)
{
    const QString copy = dir.path(QStringLiteral("Workshop copy"));
    dialogs::testing::queueAnswer(copy);
    ASSERT_TRUE(window->saveAs());
    const QString named = copy + QStringLiteral(".journey");
    EXPECT_EQ(window->session()->path(), QFileInfo(named).absoluteFilePath());
    EXPECT_TRUE(window->windowTitle().startsWith(QStringLiteral("Workshop copy")));
    EXPECT_EQ(workspace::recentFiles().value(0), QFileInfo(named).absoluteFilePath());
    window->document()->set(NoId, &Project::client, QStringLiteral("Copy client"));
    window->save();
    EXPECT_EQ(reloadProject(named).client, QStringLiteral("Copy client"));
    EXPECT_NE(reloadProject(path).client, QStringLiteral("Copy client"));
}

TEST_F(FileMenuTest, OpeningABadFileExplainsAndOpensNothing)
{
    const QString bad = dir.path(QStringLiteral("notes.journey"));
    ASSERT_TRUE(test::writeBytes(bad, "minutes of the kick-off"));
    dialogs::testing::queueAnswer(bad);
    const int before = windowCount();
    window->open();
    EXPECT_EQ(windowCount(), before);
    const QStringList messages = dialogs::testing::takeMessages();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages[0], openMessage(OpenProblem::NotSqlite, bad));
}

TEST_F(FileMenuTest, OpeningTheSameFileAgainShowsItsWindow)
{
    EXPECT_EQ(workspace::openFile(path), window);
}

TEST_F(FileMenuTest, AFileInUseElsewhereOpensReadOnlyWhenTheUserAgrees)
{
    const QString other = dir.path(QStringLiteral("Busy.journey"));
    QString error;
    ASSERT_TRUE(ProjectFile::create(other, demoProject(), &error));
    OpenResult result;
    auto elsewhere = ProjectSession::open(other, &result);
    ASSERT_TRUE(elsewhere);

    dialogs::testing::queueAnswer(QStringLiteral("no"));
    EXPECT_FALSE(workspace::openFile(other));
    dialogs::testing::queueAnswer(QStringLiteral("yes"));
    MainWindow* viewer = workspace::openFile(other);
    ASSERT_TRUE(viewer);
    EXPECT_TRUE(viewer->session()->isReadOnly());
    EXPECT_TRUE(viewer->windowTitle().contains(QStringLiteral("read-only")));
    EXPECT_FALSE(viewer->inspector()->isEnabled());
    EXPECT_FALSE(viewer->notice().isEmpty());
}

TEST_F(FileMenuTest, ExportAndImportJson)
{
    const QString json = dir.path(QStringLiteral("workshop.json"));
    dialogs::testing::queueAnswer(json);
    window->exportJson();
    EXPECT_EQ(test::readBytes(json), projectToJson(window->document()->project()));

    const QString imported = dir.path(QStringLiteral("Imported.journey"));
    dialogs::testing::queueAnswer(json);
    dialogs::testing::queueAnswer(imported);
    const int before = windowCount();
    window->importJson();
    EXPECT_EQ(windowCount(), before + 1);
    EXPECT_EQ(test::firstDifference(reloadProject(imported), window->document()->project()), "");
}

TEST_F(FileMenuTest, BrokenJsonIsExplainedWithLineAndColumn)
{
    const QString json = dir.path(QStringLiteral("broken.json"));
    ASSERT_TRUE(test::writeBytes(json, "{\n\"format\": \"journeyscope-project\",\n  oops\n}"));
    dialogs::testing::queueAnswer(json);
    window->importJson();
    const QStringList messages = dialogs::testing::takeMessages();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_TRUE(messages[0].contains(QStringLiteral("line 3, column")))
        << messages[0].toStdString();
}

TEST_F(FileMenuTest, AFullDiskIsShownAndClearsOnceWritingWorksAgain)
{
    QSqlQuery query(window->session()->file()->database());
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
    ASSERT_TRUE(
        query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(query.value(0).toInt())));
    window->document()->set(NoId, &Project::description, QString(50000, u'z'));
    window->save();
    EXPECT_TRUE(window->notice().contains(QStringLiteral("kept in memory")))
        << window->notice().toStdString();
    EXPECT_EQ(window->document()->project().description.size(), 50000);

    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
    window->save();
    EXPECT_TRUE(window->notice().isEmpty());
    EXPECT_EQ(reloadProject(path).description.size(), 50000);
}

TEST_F(FileMenuTest, ClosingWhileTheFileCannotBeWrittenOffersSaveAs)
{
    QSqlQuery query(window->session()->file()->database());
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
    ASSERT_TRUE(
        query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(query.value(0).toInt())));
    window->document()->set(NoId, &Project::description, QString(50000, u'q'));

    // Cancel keeps the window and the work.
    dialogs::testing::queueAnswer(QStringLiteral("cancel"));
    EXPECT_FALSE(window->close());
    ASSERT_EQ(dialogs::testing::takeMessages().size(), 1);

    // Save as writes the work elsewhere and the window closes.
    const QString rescue = dir.path(QStringLiteral("Rescued.journey"));
    dialogs::testing::queueAnswer(QStringLiteral("Save as…"));
    dialogs::testing::queueAnswer(rescue);
    EXPECT_TRUE(window->close());
    EXPECT_EQ(reloadProject(rescue).description.size(), 50000);
}

} // namespace
} // namespace js
