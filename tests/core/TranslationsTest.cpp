// The translations: every text of the program and of the bundled frameworks
// is marked for translation, every bundled language translates all of it, and
// the .ts files match the sources as lupdate reads them today.
#include "core/content/BuiltInFrameworks.h"
#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>
#include <set>

namespace js {
namespace {

std::set<QString> textsOf(const std::vector<Framework>& frameworks)
{
    std::set<QString> texts;
    for (const Framework& framework : frameworks) {
        texts.insert(framework.name);
        texts.insert(framework.description);
        for (const Criterion& criterion : framework.criteria) {
            texts.insert(criterion.name);
            texts.insert(criterion.description);
            texts.insert(criterion.questions.begin(), criterion.questions.end());
        }
    }
    return texts;
}

QStringList translations()
{
    QStringList codes = language::available();
    codes.removeAll(QStringLiteral("en"));
    return codes;
}

TEST(TranslationsTest, EveryFrameworkTextIsMarkedForTranslation)
{
    // A changed JSON without scripts/update-translations.sh fails here.
    const std::set<QString> written = textsOf(builtInFrameworks(FrameworkLanguage::English));
    const QStringList marked = builtInFrameworkTexts();
    const std::set<QString> listed(marked.begin(), marked.end());
    for (const QString& text : written)
        EXPECT_TRUE(listed.count(text)) << "not marked: " << text.toStdString();
    for (const QString& text : listed)
        EXPECT_TRUE(written.count(text)) << "no longer in the JSON: " << text.toStdString();
}

TEST(TranslationsTest, GermanIsBundled)
{
    EXPECT_EQ(language::available().value(0), QStringLiteral("en"));
    EXPECT_TRUE(language::available().contains(QStringLiteral("de")));
    EXPECT_EQ(language::displayName(QStringLiteral("de")), QStringLiteral("Deutsch"));
}

TEST(TranslationsTest, EveryBundledLanguageTranslatesEveryFrameworkText)
{
    for (const QString& code : translations()) {
        QTranslator translator;
        ASSERT_TRUE(
            translator.load(QStringLiteral("journeyscope_") + code, QStringLiteral(":/i18n")))
            << code.toStdString();
        for (const QString& text : builtInFrameworkTexts()) {
            EXPECT_FALSE(
                translator.translate("js::BuiltInFrameworks", text.toUtf8().constData()).isEmpty())
                << code.toStdString() << ": " << text.toStdString();
        }
    }
}

TEST(TranslationsTest, NewProjectsGetTheFrameworksInTheProgramsLanguage)
{
    QTranslator german;
    ASSERT_TRUE(german.load(QStringLiteral("journeyscope_de"), QStringLiteral(":/i18n")));
    ASSERT_TRUE(QCoreApplication::installTranslator(&german));
    const std::vector<Framework> translated = builtInFrameworks();
    const std::vector<Framework> english = builtInFrameworks(FrameworkLanguage::English);
    QCoreApplication::removeTranslator(&german);

    ASSERT_EQ(translated.size(), english.size());
    EXPECT_EQ(translated[0].criteria[0].name, QStringLiteral("Vertrauen"));
    EXPECT_EQ(english[0].criteria[0].name, QStringLiteral("Trust"));
    EXPECT_EQ(translated[1].criteria[0].name, QStringLiteral("Klarheit"));
    EXPECT_NE(translated[0].criteria[0].questions, english[0].criteria[0].questions);
    // Keys, weights and targets are the same in every language: resetting a
    // framework and matching criteria rely on the keys.
    for (size_t f = 0; f < english.size(); ++f) {
        EXPECT_EQ(translated[f].key, english[f].key);
        for (size_t c = 0; c < english[f].criteria.size(); ++c) {
            EXPECT_EQ(translated[f].criteria[c].key, english[f].criteria[c].key);
            EXPECT_EQ(translated[f].criteria[c].target, english[f].criteria[c].target);
        }
    }
}

TEST(TranslationsTest, AChosenLanguageKeepsTheSystemsCountryOnlyWhenItSpeaksIt)
{
    EXPECT_EQ(language::effectiveLocale(QString()), QLocale::system());
    EXPECT_EQ(language::effectiveLocale(QStringLiteral("de")).language(), QLocale::German);
    EXPECT_EQ(language::effectiveLocale(QStringLiteral("de")).decimalPoint(), QStringLiteral(","));
}

TEST(TranslationsTest, TheTranslationFilesMatchTheSourcesAndAreFinished)
{
    // lupdate as scripts/update-translations.sh runs it, on a copy, keeping
    // what vanished from the sources so that it shows.
    const QDir source(QStringLiteral(JS_SOURCE_DIR));
    QTemporaryDir temp;
    ASSERT_TRUE(temp.isValid());
    const QStringList ts = QDir(source.filePath(QStringLiteral("resources/translations")))
                               .entryList({QStringLiteral("journeyscope_*.ts")}, QDir::Files);
    ASSERT_FALSE(ts.isEmpty());
    for (const QString& name : ts) {
        const QString copy = temp.filePath(name);
        ASSERT_TRUE(
            QFile::copy(source.filePath(QStringLiteral("resources/translations/") + name), copy));
        QProcess lupdate;
        lupdate.setWorkingDirectory(source.absolutePath());
        lupdate.start(QStringLiteral(JS_LUPDATE),
                      {QStringLiteral("-I"), QStringLiteral("."), QStringLiteral("-extensions"),
                       QStringLiteral("cpp,h"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("-source-language"),
                       QStringLiteral("en"), QStringLiteral("core"), QStringLiteral("ui"),
                       QStringLiteral("app"), QStringLiteral("live"), QStringLiteral("-ts"), copy});
        ASSERT_TRUE(lupdate.waitForFinished(120000));
        ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
        QFile file(copy);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        static const QRegularExpression open(
            QStringLiteral("<source>([^<]*)</source>(?:(?!</message>).)*type=\"(unfinished|"
                           "vanished|obsolete)\""),
            QRegularExpression::DotMatchesEverythingOption);
        QStringList problems;
        for (auto it = open.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            problems << match.captured(2) + QStringLiteral(": ") + match.captured(1);
        }
        EXPECT_TRUE(problems.isEmpty())
            << name.toStdString() << " (run scripts/update-translations.sh and translate):\n"
            << problems.mid(0, 30).join(u'\n').toStdString();
    }
}

} // namespace
} // namespace js
