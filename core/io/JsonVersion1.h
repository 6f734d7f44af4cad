#pragma once

#include "core/model/Project.h"

namespace js {

// Brings the rounds of a project read from JSON of format 1 to what format 2
// requires, by the rule the file migration to schema 2000 applies
// (core/storage/Migrations.cpp), so that a file and its JSON twin of that time
// still become the same project:
// - a round without a journey takes the journey most of its ratings are on
//   (the earlier journey on a tie), else the first journey; without any
//   journey the round goes, with its ratings;
// - ratings of touchpoints on another journey than the round's go;
// - each round rates the criteria switched on and those it has ratings on,
//   framework by framework, with their weight and target of now.
void completeVersion1Rounds(Project& project);

} // namespace js
