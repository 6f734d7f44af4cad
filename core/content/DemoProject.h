#pragma once

#include "core/model/Project.h"

namespace js {

// The bundled demo: Fernbrook Home & Garden, an online retailer, assessed by a
// consultant over two workshops. Built from resources/demo/demo-project.json;
// each rater's scores come from the round's consensus, the rater's bias and a
// small fixed variation, with the recorded disagreements on top.
Project demoProject();

} // namespace js
