#pragma once

#include "core/model/Project.h"

#include <QByteArray>

#include <optional>

namespace js {

// The documented JSON form of a whole project (docs/file-format.md): for
// diffs, version control and scripts. Ids are kept, so JSON -> .journey ->
// JSON gives back the same bytes. Format 2 (schema 2000) gave rounds their
// criteria and a lock, and added target overrides; format 1 still imports.
inline constexpr int JsonFormatVersion = 2;

QByteArray projectToJson(const Project& project);

// Parses and validates; on failure returns nullopt and a message that names
// the line and column (syntax) or the place in the document (content).
std::optional<Project> projectFromJson(const QByteArray& json, QString* error);

} // namespace js
