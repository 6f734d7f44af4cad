#pragma once

#include <functional>

namespace js {

// SIGTERM, SIGINT and SIGHUP (logout, shutdown, Ctrl+C) close every window
// the normal way, so that their projects write their last changes.
void closeWindowsOnQuitSignals();

// For a verb without windows: the first of those signals calls onQuit (in
// the event loop, with the signal's number) and then ends the event loop
// (QCoreApplication::quit), so that the verb can write its last changes.
void quitOnSignals(std::function<void(int)> onQuit = {});

} // namespace js
