#include "core/i18n/Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace js::language {

namespace {

constexpr auto SettingsKey = "language";
const QString ResourceFolder = QStringLiteral(":/i18n");
const QString Prefix = QStringLiteral("journeyscope_");

QString codeOf(const QLocale& locale)
{
    return QLocale::languageToCode(locale.language());
}

} // namespace

QStringList available()
{
    QStringList codes{QStringLiteral("en")};
    const QStringList files =
        QDir(ResourceFolder).entryList({Prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString code = file.mid(Prefix.size()).chopped(3);
        if (!codes.contains(code))
            codes << code;
    }
    return codes;
}

QString displayName(const QString& code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    name[0] = name[0].toUpper();
    return name;
}

QString chosen()
{
    const QString forced = qEnvironmentVariable("JOURNEYSCOPE_LANGUAGE");
    if (!forced.isEmpty())
        return forced;
    const QString stored = QSettings().value(QString::fromLatin1(SettingsKey)).toString();
    return available().contains(stored) ? stored : QString();
}

void setChosen(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QString::fromLatin1(SettingsKey));
    else
        settings.setValue(QString::fromLatin1(SettingsKey), code);
}

QLocale effectiveLocale(const QString& choice)
{
    const QLocale system = QLocale::system();
    if (choice.isEmpty() || choice == codeOf(system))
        return system;
    return QLocale(choice);
}

QString install(QCoreApplication& app, const QLocale& locale)
{
    QLocale::setDefault(locale);
    const QString code = codeOf(locale);
    if (code == u"en" || !available().contains(code))
        return QStringLiteral("en");
    auto* own = new QTranslator(&app);
    if (!own->load(Prefix + code, ResourceFolder)) {
        delete own;
        return QStringLiteral("en");
    }
    // Qt's own texts (standard buttons, file dialogs) where Debian has them.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QCoreApplication::installTranslator(own);
    return code;
}

QString inSentence(const QString& name)
{
    //: "lower" if names of states and statuses ("Current state", "Planned")
    //: are written in lower case inside a sentence in your language, "keep" if
    //: they keep their capital letter (as German nouns do).
    const QString rule = QCoreApplication::translate("js::Language", "lower");
    return rule == u"keep" ? name : name.toLower();
}

void uninstall(QCoreApplication& app)
{
    const auto translators = app.findChildren<QTranslator*>(Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(QLocale::system());
}

} // namespace js::language
