#pragma once

#include "core/model/Project.h"

namespace js::bench {

// The synthetic large project of the storage targets: one journey of 12
// stages with 300 touchpoints, TRIXIE and the 5 Cs (12 criteria, all
// switched on), 5 rounds of 20 raters who rated everything: 360,000 ratings.
// Each round rates all 12 criteria with the weights and targets they ship with.
Project largeProject();

} // namespace js::bench
