#pragma once

#include <functional>

namespace js {

// Told how far a long job is; returns false to cancel it.
using ProgressFn = std::function<bool(int done, int total)>;

} // namespace js
