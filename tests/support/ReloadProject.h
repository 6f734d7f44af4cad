#pragma once

#include "core/model/Project.h"

namespace js::test {

// What a project file holds now, read as `journeyscope check` reads it
// (read-only, no lock); a failure to read is a test failure and gives an
// empty project.
Project reloadProject(const QString& path);

} // namespace js::test
