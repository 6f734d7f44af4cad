#pragma once

#include "core/model/Project.h"

#include <QTextStream>

#include <optional>

namespace js {

// What the verbs that read a project share.

// Whether writing `target` would overwrite `source`, the file being read.
bool sameFile(const QString& source, const QString& target);

// The project of a file opened for viewing (never locked, written or
// migrated), or nullopt after saying why not.
std::optional<Project> loadForViewing(const QString& path, QTextStream& err);

struct Choice {
    const Journey* journey = nullptr;
    const Round* round = nullptr; // null when none was needed and none exists
};

// The journey and round named on the command line (empty: the first
// journey, its latest round), or nullopt after saying what exists. A round
// named without a journey is looked for in every journey. Without
// `needRound` a journey with no rounds is a choice too.
std::optional<Choice> choose(const Project& project, const QString& journeyName,
                             const QString& roundName, bool needRound, QTextStream& err);

} // namespace js
