#pragma once

#include <QStringList>

#include <optional>

namespace js {

// The command line: GUI options and headless verbs.
struct CommandLine {
    enum class Mode { Gui, Version, Help, Verb, Error };

    Mode mode = Mode::Gui;
    QString verb;          // for Mode::Verb
    QStringList arguments; // verb arguments or the file to open
    bool openDemo = false; // --demo
    bool openNew = false;  // --new
    QString error;         // for Mode::Error
};

// Parses argv (without the program name). Needs no QCoreApplication.
CommandLine parseCommandLine(const QStringList& arguments);

QString helpText();
QString versionText();

// Whether a verb paints (and so needs a QApplication, on the offscreen
// platform).
bool verbPaints(const QString& verb);

// Gives the offscreen platform the private runtime directory it wants
// (XDG_RUNTIME_DIR), which a cron job or a CI runner may lack, so that it
// does not warn about it on every export.
void provideRuntimeDirectory();

// Runs a headless verb; returns the process exit code.
int runVerb(const CommandLine& commandLine);

} // namespace js
