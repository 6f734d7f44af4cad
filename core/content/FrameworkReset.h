#pragma once

#include "core/model/Framework.h"

namespace js {

class ProjectDocument;

// A built-in framework (TRIXIE, the 5 Cs) as it is bundled with the
// application, found by its key; nullptr for a user's own framework (no key)
// or a key the application does not ship.
const Framework* bundledFramework(const QString& key);

// What resetting makes of a framework: the bundled name and description, the
// bundled criteria in the bundled order, each with the id of the criterion it
// matches by key (NoId for one the user deleted, which comes back), and after
// them the user's own criteria in their order. Equal to the framework when
// there is nothing to reset.
Framework resetFramework(const Framework& framework, const Framework& bundled);

// Whether a built-in framework differs from the bundled one in anything a
// reset restores. False for a user's own framework.
bool differsFromBuiltIn(const Framework& framework);

// Restores a built-in framework to the bundled one, in one undo step:
// names, descriptions, guiding questions, weights, targets, on/off flags and
// order of its built-in criteria, and the built-in criteria that were deleted.
// Criteria that match by key keep their ids (and so their ratings); the
// user's own criteria stay, after the built-in ones. False when the framework
// is not built in or nothing differs.
bool resetToBuiltIn(ProjectDocument& document, Id frameworkId);

} // namespace js
