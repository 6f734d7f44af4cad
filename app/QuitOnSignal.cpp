#include "app/QuitOnSignal.h"

#include <QApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace js {

namespace {

int signalSockets[2] = {-1, -1};

// Only async-signal-safe work here: wake the event loop through a socket,
// with the signal's number as the byte.
void onSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const ssize_t written = ::write(signalSockets[0], &byte, 1);
}

// Calls quit(signal) in the event loop on the first quit signal.
void watchQuitSignals(std::function<void(int)> quit)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalSockets) != 0)
        return;
    auto* notifier =
        new QSocketNotifier(signalSockets[1], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(),
                     [notifier, quit = std::move(quit)] {
                         notifier->setEnabled(false);
                         char byte = 0;
                         [[maybe_unused]] const ssize_t got = ::read(signalSockets[1], &byte, 1);
                         quit(int(byte));
                     });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signal : {SIGTERM, SIGINT, SIGHUP})
        ::sigaction(signal, &action, nullptr);
}

} // namespace

void closeWindowsOnQuitSignals()
{
    watchQuitSignals([](int) {
        QApplication::closeAllWindows();
        QApplication::quit();
    });
}

void quitOnSignals(std::function<void(int)> onQuit)
{
    watchQuitSignals([onQuit = std::move(onQuit)](int signal) {
        if (onQuit)
            onQuit(signal);
        QCoreApplication::quit();
    });
}

} // namespace js
