#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace js {

// The program's language: the bundled translations (resources/translations,
// compiled into the program), the user's choice in the preferences, and the
// locale that numbers and dates follow. English is the language the program
// is written in and needs no translation.
namespace language {

// The languages the program speaks, as ISO 639 codes: "en" first, then one for
// each bundled translation ("de", ...), found at run time, so that adding a
// language is adding its .ts file.
QStringList available();

// The language name to show in a list, in that language ("Deutsch").
QString displayName(const QString& code);

// The user's choice from the settings: a code from available(), or empty to
// follow the system. JOURNEYSCOPE_LANGUAGE overrides it (for tests and
// screenshots).
QString chosen();
void setChosen(const QString& code);

// The locale the program runs in: the chosen language (with the system's
// country when it speaks that language), else the system locale. A system
// language without a translation keeps its number and date formats and shows
// English texts.
QLocale effectiveLocale(const QString& choice);

// A name written for a list ("Current state", "Planned") as it reads inside a
// sentence: lower case in English, as it is in languages that capitalise their
// nouns (the translation decides, so a new language needs no code).
QString inSentence(const QString& name);

// Installs Qt's own translation and Journeyscope's for the locale and makes it
// the default for number and date formatting. Returns the language the texts
// are in ("en" when nothing was loaded).
QString install(QCoreApplication& app, const QLocale& locale);
// Takes back what install() did: English texts, the system's formats.
void uninstall(QCoreApplication& app);

} // namespace language
} // namespace js
