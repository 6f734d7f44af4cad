#pragma once

namespace js {

class ProjectDocument;

// Fills an empty document with what a new project starts with: one
// current-state journey from the default template and the built-in
// frameworks. Leaves the undo history empty.
void fillNewProject(ProjectDocument& document);

} // namespace js
