#pragma once

#include "core/model/Project.h"

#include <QSqlDatabase>

#include <optional>

namespace js {

// Reads a whole project from an open database of the current schema. Returns
// nullopt and an explanation when a table cannot be read or a row breaks the
// model's rules (a dangling parent, an unknown channel): a damaged file.
std::optional<Project> readProject(QSqlDatabase database, QString* error);

// The load step of opening: reads the project, then checks it against every
// rule of the model (validateProject); nullopt and the first reason when
// either fails.
std::optional<Project> loadProject(QSqlDatabase database, QString* error);

} // namespace js
