#pragma once

#include "TempDir.h"
#include "core/content/DemoProject.h"
#include "core/document/ProjectDocument.h"
#include "core/storage/ProjectSession.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/mainwindow/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QTest>

#include <gtest/gtest.h>

namespace js::test {

// A shown main window on a fresh copy of the demo project, with dialogs
// answered by the test.
class WindowTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        dialogs::testing::reset();
        path = dir.path(QStringLiteral("Fernbrook.journey"));
        QString error;
        auto session = ProjectSession::create(path, demoProject(), &error);
        ASSERT_TRUE(session) << error.toStdString();
        window = new MainWindow(std::move(session));
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window));
    }
    void TearDown() override { delete window; }

    ProjectDocument* document() const { return window->document(); }
    const Project& project() const { return window->document()->project(); }
    QAction* action(const char* name) const
    {
        return window->findChild<QAction*>(QString::fromLatin1(name));
    }
    // Lets the deferred view updates run.
    static void settle()
    {
        for (int i = 0; i < 3; ++i)
            QApplication::processEvents();
    }

    TempDir dir;
    QString path;
    MainWindow* window = nullptr;
};

} // namespace js::test
