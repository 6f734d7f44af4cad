#pragma once

#include "core/model/Project.h"

#include <optional>

class QWidget;

namespace js::dialogs {

// Asks for a new journey: its name, the template it starts from (with what
// each template gives), the persona it is for and whether it maps today or
// the future. Empty when the user cancels.
//
// In tests (see Dialogs.h) the queued answer is the template's name, or ""
// to cancel; the rest keeps its defaults.
std::optional<Journey> askNewJourney(QWidget* parent, const Project& project, Id suggestedPersona);

} // namespace js::dialogs
