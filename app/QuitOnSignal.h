#pragma once

namespace js {

// SIGTERM, SIGINT and SIGHUP (logout, shutdown, Ctrl+C) close every window
// the normal way, so that their projects write their last changes.
void closeWindowsOnQuitSignals();

} // namespace js
