#pragma once

#include "core/model/Project.h"

namespace js {

// Checks the rules every project holds: ids positive and unique, references
// that point at something of the right kind (or nowhere), cards in text lanes
// of their own journey, ratings by a rater of their round, values in range.
// Returns "" when the project is sound, else what is wrong, in a sentence.
QString validateProject(const Project& project);

} // namespace js
