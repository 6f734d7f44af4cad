// Journeyscope: starts the window, or runs a headless verb without one.
#include "app/CommandLine.h"
#include "app/WindowLaunch.h"
#include "core/i18n/Language.h"

#include <QApplication>
#include <QIcon>
#include <QTextStream>

#include <memory>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Journeyscope"));
    QCoreApplication::setApplicationName(QStringLiteral("Journeyscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JOURNEYSCOPE_VERSION));
}

QStringList argumentsOf(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

} // namespace

int main(int argc, char** argv)
{
    const js::CommandLine commandLine = js::parseCommandLine(argumentsOf(argc, argv));
    if (commandLine.mode != js::CommandLine::Mode::Gui) {
        // Verbs that paint need fonts and the widgets' charts, not a screen.
        std::unique_ptr<QCoreApplication> app;
        if (commandLine.mode == js::CommandLine::Mode::Verb && js::verbPaints(commandLine.verb)) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            js::provideRuntimeDirectory();
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        setIdentity();
        js::language::install(*app, js::language::effectiveLocale(js::language::chosen()));
        QTextStream out(stdout);
        QTextStream err(stderr);
        switch (commandLine.mode) {
        case js::CommandLine::Mode::Version:
            out << js::versionText() << '\n';
            return 0;
        case js::CommandLine::Mode::Help:
            out << js::helpText();
            return 0;
        case js::CommandLine::Mode::Error:
            err << "journeyscope: " << commandLine.error << '\n' << js::helpText();
            return 2;
        case js::CommandLine::Mode::Verb:
            return js::runVerb(commandLine);
        case js::CommandLine::Mode::Gui:
            break;
        }
    }

    QApplication app(argc, argv);
    setIdentity();
    js::language::install(app, js::language::effectiveLocale(js::language::chosen()));
    QApplication::setApplicationDisplayName(QStringLiteral("Journeyscope"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/journeyscope.svg")));
    // Matches the installed desktop entry, so that Wayland shows the window
    // under its menu entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("example.journeyscope.Journeyscope"));

    // Only the window mode talks to a running Journeyscope; the verbs never do.
    return js::WindowLaunch::run(commandLine);
}
