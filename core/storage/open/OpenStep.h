#pragma once

#include "core/storage/OpenResult.h"

#include <QString>

namespace js {

// What one step of opening a file found: nothing wrong, or the problem that
// stops the file from opening, with the detail its message shows.
struct StepResult {
    OpenProblem problem = OpenProblem::None;
    QString detail;

    bool ok() const { return problem == OpenProblem::None; }
};

} // namespace js
