#pragma once

#include "core/model/Journey.h"

#include <vector>

namespace js {

enum class JourneyTemplate {
    Lifecycle,        // awareness, consideration, purchase, retention, advocacy
    PurchasePhases,   // pre-purchase, purchase, post-purchase
    ServiceBlueprint, // evidence, customer actions, frontstage, backstage, support
};

std::vector<JourneyTemplate> journeyTemplates();
QString journeyTemplateName(JourneyTemplate kind);
QString journeyTemplateDescription(JourneyTemplate kind);

// An empty journey with the template's stages and lanes. Lanes carry
// provisional ids 1..n so that cards can refer to them before the document
// assigns real ids; stages and the journey have none.
Journey journeyFromTemplate(JourneyTemplate kind);

} // namespace js
