// The program in German: menus, the bundled frameworks of a new project, the
// formats of numbers, and the preferences that choose the language.
#include "TempDir.h"
#include "core/content/NewProject.h"
#include "core/document/ProjectDocument.h"
#include "core/i18n/Language.h"
#include "core/storage/ProjectSession.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/mainwindow/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace js {
namespace {

class GermanUiTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        dialogs::testing::reset();
        ASSERT_EQ(language::install(*qApp, language::effectiveLocale(QStringLiteral("de"))),
                  QStringLiteral("de"));
    }
    void TearDown() override
    {
        delete window;
        language::uninstall(*qApp);
        QSettings().remove(QStringLiteral("language"));
    }

    // A window on a new project, made as File > New makes it.
    void openNewProject()
    {
        ProjectDocument document;
        fillNewProject(document);
        QString error;
        auto session = ProjectSession::create(dir.path(QStringLiteral("neu.journey")),
                                              document.project(), &error);
        ASSERT_TRUE(session) << error.toStdString();
        window = new MainWindow(std::move(session));
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
    }

    QStringList menuTitles() const
    {
        QStringList titles;
        for (QAction* action : window->menuBar()->actions())
            titles << action->text().remove(u'&');
        return titles;
    }

    test::TempDir dir;
    MainWindow* window = nullptr;
};

TEST_F(GermanUiTest, MenusAreGerman)
{
    openNewProject();
    const QStringList titles = menuTitles();
    EXPECT_TRUE(titles.contains(QStringLiteral("Datei"))) << titles.join(u',').toStdString();
    EXPECT_TRUE(titles.contains(QStringLiteral("Bearbeiten")));
    EXPECT_TRUE(titles.contains(QStringLiteral("Ansicht")));
    EXPECT_TRUE(titles.contains(QStringLiteral("Hilfe")));
    EXPECT_FALSE(titles.contains(QStringLiteral("File")));
    const QAction* undo = window->findChild<QAction*>(QStringLiteral("actionUndo"));
    ASSERT_TRUE(undo);
    EXPECT_TRUE(undo->text().remove(u'&').startsWith(QStringLiteral("Rückgängig")))
        << undo->text().toStdString();
}

TEST_F(GermanUiTest, ANewProjectHasTheFrameworksInGerman)
{
    openNewProject();
    const Project& project = window->document()->project();
    ASSERT_GE(project.frameworks.size(), 2u);
    QStringList criteria;
    for (const Framework& framework : project.frameworks) {
        for (const Criterion& criterion : framework.criteria)
            criteria << criterion.name;
    }
    for (const char* name : {"Vertrauen", "Relevanz", "Klarheit", "Konsistenz", "Mitgefühl"})
        EXPECT_TRUE(criteria.contains(QString::fromUtf8(name))) << name;
    EXPECT_FALSE(criteria.contains(QStringLiteral("Trust")));
    EXPECT_TRUE(project.frameworks[0].criteria[0].questions.value(0).endsWith(u'?'));
    EXPECT_NE(project.frameworks[0].criteria[0].questions.value(0),
              QStringLiteral("Does the customer get exactly what this touchpoint promised them?"));
}

TEST_F(GermanUiTest, TheWindowStillFitsAProjectorsWidth)
{
    // German labels are longer: no tab may push the window past 1280 pixels.
    openNewProject();
    for (int i = 0; i < window->tabs()->count(); ++i) {
        window->tabs()->setCurrentIndex(i);
        QApplication::processEvents();
        EXPECT_LE(window->minimumSizeHint().width(), 1280) << "tab " << i;
    }
}

TEST_F(GermanUiTest, NumbersUseTheDecimalComma)
{
    EXPECT_EQ(QLocale().toString(3.5, 'f', 1), QStringLiteral("3,5"));
}

TEST_F(GermanUiTest, ThePreferencesStoreTheLanguageForTheNextStart)
{
    language::uninstall(*qApp); // the dialog in English, as most users first see it
    PreferencesDialog dialog;
    auto* list = dialog.findChild<QComboBox*>(QStringLiteral("language"));
    auto* note = dialog.findChild<QLabel*>(QStringLiteral("languageNote"));
    ASSERT_TRUE(list && note);
    EXPECT_EQ(list->currentIndex(), 0); // the system's language
    const int german = list->findData(QStringLiteral("de"));
    ASSERT_GE(german, 1);
    EXPECT_EQ(list->itemText(german), QStringLiteral("Deutsch"));
    EXPECT_NE(list->findData(QStringLiteral("en")), -1);
    list->setCurrentIndex(german);
    EXPECT_TRUE(note->text().contains(QStringLiteral("start"))) << note->text().toStdString();
    dialog.accept();
    EXPECT_EQ(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("de"));
    EXPECT_EQ(language::chosen(), QStringLiteral("de"));

    PreferencesDialog again;
    auto* list2 = again.findChild<QComboBox*>(QStringLiteral("language"));
    EXPECT_EQ(list2->currentData().toString(), QStringLiteral("de"));
    list2->setCurrentIndex(0);
    again.accept();
    EXPECT_TRUE(language::chosen().isEmpty());
}

} // namespace
} // namespace js
