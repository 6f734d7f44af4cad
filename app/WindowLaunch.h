#pragma once

#include "app/CommandLine.h"
#include "app/InstanceMessage.h"

#include <QCoreApplication>

namespace js {

class InstanceChannel;

// The window mode of a launch: one process holds all the windows. The first
// launch opens its files (each in its own window) and listens for later
// ones; a later launch hands its files, --demo, --new or plain start to it
// and exits.
class WindowLaunch {
    Q_DECLARE_TR_FUNCTIONS(js::WindowLaunch)

public:
    // What a launch with this command line asks of the running instance;
    // relative paths are made absolute against workingDirectory.
    static InstanceRequest requestFor(const CommandLine& commandLine,
                                      const QString& workingDirectory);

    // Runs the window mode (the QApplication exists): the process exit code.
    // 0 when the request was handed on, 1 when nothing could be opened.
    static int run(const CommandLine& commandLine);

    // Opens what a later launch asked for in new windows, or brings the
    // window that has a file already to the front.
    static void open(const InstanceRequest& request);
    // Lets the channel's requests open windows and its Windows queries see
    // them.
    static void serve(InstanceChannel& channel);
};

} // namespace js
