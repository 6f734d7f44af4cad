#pragma once

#include "core/model/Project.h"

#include <string>

namespace js::test {

// A short description of the first place two projects differ ("" if equal),
// so that a failing comparison says where, not only that.
std::string firstDifference(const Project& a, const Project& b);

} // namespace js::test
