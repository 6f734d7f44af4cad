#pragma once

#include "core/model/Project.h"

#include <QString>

namespace js {

// Where a new file is written before it takes the place of `path`.
QString partPath(const QString& path);

// Replaces `target` by `source` in one step (rename), so that a reader never
// sees a half-written file. A journal left by an earlier file of that name
// would be rolled back into the new one: it goes first. `source` is removed
// when the rename fails.
bool replaceFile(const QString& source, const QString& target, QString* error);

// Writes the project into a new file beside `path` (of the current schema,
// marked with our application id) and puts it in place.
bool writeNewFile(const QString& path, const Project& project, QString* error);

} // namespace js
