// Every text the window asks to be translated, while a user goes through its
// tabs and menus in German, has a German translation: this catches a text
// whose context at run time differs from the one lupdate wrote into the .ts
// file, which no amount of translating would fix.
#include "TempDir.h"
#include "core/content/DemoProject.h"
#include "core/i18n/Language.h"
#include "core/storage/ProjectSession.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>
#include <set>
#include <tuple>

namespace js {
namespace {

using Lookup = std::tuple<QByteArray, QByteArray, QByteArray, bool>;

// Asked first, answers nothing, remembers every question.
class RecordingTranslator : public QTranslator {
public:
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override
    {
        if (source && *source)
            lookups.emplace(context, source, disambiguation, n >= 0);
        return {};
    }
    bool isEmpty() const override { return false; }
    mutable std::set<Lookup> lookups;
};

// The contexts of the program's own texts, as the .ts file names them.
std::set<QByteArray> ownContexts()
{
    QFile file(QStringLiteral(JS_SOURCE_DIR "/resources/translations/journeyscope_de.ts"));
    std::set<QByteArray> contexts;
    if (!file.open(QIODevice::ReadOnly))
        return contexts;
    static const QRegularExpression name(QStringLiteral("<name>([^<]+)</name>"));
    const QString text = QString::fromUtf8(file.readAll());
    for (auto it = name.globalMatch(text); it.hasNext();)
        contexts.insert(
            it.next().captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&")).toUtf8());
    return contexts;
}

void settle()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

TEST(TranslationCoverageTest, EveryTextTheWindowShowsInGermanIsTranslated)
{
    dialogs::testing::reset();
    test::TempDir dir;
    ASSERT_EQ(language::install(*qApp, language::effectiveLocale(QStringLiteral("de"))),
              QStringLiteral("de"));
    RecordingTranslator recorder;
    QCoreApplication::installTranslator(&recorder);
    {
        QString error;
        auto session =
            ProjectSession::create(dir.path(QStringLiteral("demo.journey")), demoProject(), &error);
        ASSERT_TRUE(session) << error.toStdString();
        MainWindow window(std::move(session));
        window.resize(1600, 1000);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        for (int i = 0; i < window.tabs()->count(); ++i) {
            window.tabs()->setCurrentIndex(i);
            settle();
            window.grab(); // paints the map, the grid and the charts
        }
        for (QMenu* menu : window.menuBar()->findChildren<QMenu*>()) {
            emit menu->aboutToShow();
            settle();
        }
        PreferencesDialog preferences(&window);
        preferences.show();
        settle();
    }
    QCoreApplication::removeTranslator(&recorder);
    language::uninstall(*qApp);

    QTranslator german;
    ASSERT_TRUE(german.load(QStringLiteral("journeyscope_de"), QStringLiteral(":/i18n")));
    const std::set<QByteArray> own = ownContexts();
    ASSERT_FALSE(own.empty());
    QStringList missing;
    int checked = 0;
    for (const auto& [context, source, disambiguation, plural] : recorder.lookups) {
        if (!context.startsWith("js::") && !own.count(context))
            continue; // Qt's own texts, translated by Qt
        ++checked;
        const char* comment = disambiguation.isNull() ? nullptr : disambiguation.constData();
        if (german.translate(context.constData(), source.constData(), comment, plural ? 2 : -1)
                .isEmpty())
            missing << QString::fromUtf8(context + " | " + source);
    }
    EXPECT_GT(checked, 300); // the walk really went through the window
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " untranslated:\n"
                                   << missing.join(u'\n').toStdString();
}

} // namespace
} // namespace js
