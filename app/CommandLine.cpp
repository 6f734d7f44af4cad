#include "app/CommandLine.h"

#include "app/Verbs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <unistd.h>

namespace js {

namespace {

const QStringList verbs = {QStringLiteral("demo"),      QStringLiteral("check"),
                           QStringLiteral("export"),    QStringLiteral("import"),
                           QStringLiteral("weakspots"), QStringLiteral("survey"),
                           QStringLiteral("serve")};

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
        "Usage: journeyscope [options] [FILE.journey...]\n"
        "       journeyscope VERB [arguments]\n"
        "\n"
        "Customer journey maps and CX assessment. Without a verb, opens a main\n"
        "window on each FILE, on the last project, or on the demo project the first\n"
        "time. One Journeyscope holds all the windows: while it runs, a second launch\n"
        "opens its files (or --demo, --new) in new windows there and exits.\n"
        "\n"
        "Verbs (no window; exit 0 done, 1 bad file or input, 2 wrong usage):\n"
        "  demo OUT.journey                          write the demo project\n"
        "  check FILE                                validate a project file\n"
        "  export FILE --out PATH [--format F] [--report] [--journey NAME] [--round NAME]\n"
        "         [--chart NAME] [--table T] [--page A3] [--landscape|--portrait]\n"
        "         [--fit auto|page|tile] [--margin MM] [--dpi N] [--bom]\n"
        "         [--consultant NAME]\n"
        "                                            export as pdf (the map poster, or the\n"
        "                                            report with --report), png or svg (the\n"
        "                                            map, or --chart heatmap, weakspots,\n"
        "                                            radar, quadrants, roomvscustomers,\n"
        "                                            profile, trend), csv\n"
        "                                            (--table ratings, weakspots, actions,\n"
        "                                            metrics), xlsx, mermaid or json; the\n"
        "                                            format defaults to PATH's extension\n"
        "  import IN.json --out NEW.journey          make a project file from JSON\n"
        "  import IN.mmd --out NEW.journey           make a project file from a Mermaid\n"
        "                                            journey diagram (.mmd, .mermaid)\n"
        "  weakspots FILE [--journey NAME] [--round NAME] [--top N] [--json]\n"
        "                                            the ranked weak spots of a round\n"
        "                                            (default: the first journey's latest\n"
        "                                            round, the top 10, as a table)\n"
        "  survey SURVEY.csv [--touchpoint COLUMN | --whole-file TOUCHPOINT]\n"
        "         [--nps COLUMN] [--csat COLUMN] [--ces COLUMN] [--ces-scale 5|7]\n"
        "         [--delimiter C] [--encoding NAME] [--header-rows N] [--json]\n"
        "         [--into PROJECT.journey [--journey NAME]]\n"
        "                                            NPS, CSAT and CES per touchpoint from\n"
        "                                            a survey export (Qualtrics,\n"
        "                                            SurveyMonkey, Google Forms, any CSV);\n"
        "                                            COLUMN is a header text or a number,\n"
        "                                            detected when not given; --whole-file\n"
        "                                            when every response is about one\n"
        "                                            touchpoint; --into stores the figures\n"
        "                                            as metrics of the journey's touchpoints\n"
        "                                            of the same names (default: the first\n"
        "                                            journey), replacing an earlier import\n"
        "                                            of the same file\n"
        "  serve FILE --round NAME [--journey NAME] [--port N] [--bind ADDRESS]\n"
        "                                            live rating without a window: serves\n"
        "                                            the round to the participants' phones\n"
        "                                            on the local network (default: its\n"
        "                                            best address; port 8137, else any free\n"
        "                                            one; --port 0 for any) in free mode,\n"
        "                                            where each participant rates every\n"
        "                                            touchpoint against every criterion at\n"
        "                                            their own pace; prints the join address\n"
        "                                            first, then who joins and the progress;\n"
        "                                            the ratings go into FILE as they come;\n"
        "                                            Ctrl+C (or SIGTERM) stops\n"
        "  (demo and import never replace an existing file unless given --force)\n"
        "\n"
        "Options:\n"
        "  --demo           open the bundled demo project\n"
        "  --new            start with a new, empty project\n"
        "  -h, --help       show this help\n"
        "  -v, --version    show the version\n");
}

void provideRuntimeDirectory()
{
    if (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
        return;
    const QString path =
        QDir::tempPath() + QStringLiteral("/journeyscope-runtime-%1").arg(getuid());
    if (!QDir().mkpath(path))
        return;
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(path));
}

bool verbPaints(const QString& verb)
{
    return verb == u"export";
}

int runVerb(const CommandLine& commandLine)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (commandLine.verb == u"demo")
        return runDemoVerb(commandLine.arguments, out, err);
    if (commandLine.verb == u"check")
        return runCheckVerb(commandLine.arguments, out, err);
    if (commandLine.verb == u"export")
        return runExportVerb(commandLine.arguments, out, err);
    if (commandLine.verb == u"import")
        return runImportVerb(commandLine.arguments, out, err);
    if (commandLine.verb == u"weakspots")
        return runWeakSpotsVerb(commandLine.arguments, out, err);
    if (commandLine.verb == u"survey")
        return runSurveyVerb(commandLine.arguments, out, err);
    if (commandLine.verb == u"serve")
        return runServeVerb(commandLine.arguments, out, err);
    err << QCoreApplication::translate("js::CommandLine", "journeyscope: unknown verb %1\n")
               .arg(commandLine.verb);
    return 2;
}

} // namespace js
