#include "app/CommandLine.h"

#include <QCoreApplication>
#include <QTextStream>

namespace js {

namespace {

const QStringList verbs = {};

} // namespace

CommandLine parseCommandLine(const QStringList& arguments)
{
    CommandLine result;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument == u"-h" || argument == u"--help") {
            result.mode = CommandLine::Mode::Help;
            return result;
        }
        if (argument == u"-v" || argument == u"--version") {
            result.mode = CommandLine::Mode::Version;
            return result;
        }
        if (argument == u"--demo") {
            result.openDemo = true;
        } else if (argument == u"--new") {
            result.openNew = true;
        } else if (i == 0 && verbs.contains(argument)) {
            result.mode = CommandLine::Mode::Verb;
            result.verb = argument;
            result.arguments = arguments.mid(1);
            return result;
        } else if (argument.startsWith(u'-') && !argument.startsWith(u"-platform") &&
                   !argument.startsWith(u"-style")) {
            result.mode = CommandLine::Mode::Error;
            result.error =
                QCoreApplication::translate("js::CommandLine", "unknown option %1").arg(argument);
            return result;
        } else if (argument.startsWith(u"-platform") || argument.startsWith(u"-style")) {
            ++i; // Qt's own options take a value
        } else {
            result.arguments << argument;
        }
    }
    return result;
}

QString versionText()
{
    return QStringLiteral("Journeyscope %1").arg(QStringLiteral(JOURNEYSCOPE_VERSION));
}

QString helpText()
{
    return QCoreApplication::translate(
        "js::CommandLine",
        "Usage: journeyscope [options]\n"
        "\n"
        "Customer journey maps and CX assessment. Without options, opens the main\n"
        "window (on the demo project the first time).\n"
        "\n"
        "Options:\n"
        "  --demo           open the bundled demo project\n"
        "  --new            start with a new, empty project\n"
        "  -h, --help       show this help\n"
        "  -v, --version    show the version\n");
}

int runVerb(const CommandLine& commandLine)
{
    QTextStream err(stderr);
    err << QCoreApplication::translate("js::CommandLine", "journeyscope: unknown verb %1\n")
               .arg(commandLine.verb);
    return 2;
}

} // namespace js
