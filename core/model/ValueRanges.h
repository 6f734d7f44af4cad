#pragma once

#include "core/model/Framework.h"
#include "core/model/Touchpoint.h"

namespace js {

// The one place that says which numbers a field holds. The document refuses
// an edit outside them, file loading and JSON import refuse them, and the
// inspector's spin boxes offer exactly them.
template <typename T> struct ValueRange {
    T min;
    T max;

    constexpr bool contains(T value) const { return value >= min && value <= max; }
};

namespace ranges {

inline constexpr ValueRange<int> importance{Touchpoint::MinImportance, Touchpoint::MaxImportance};
inline constexpr ValueRange<int> emotion{Touchpoint::MinEmotion, Touchpoint::MaxEmotion};
// How much a criterion counts against the others of its framework.
inline constexpr ValueRange<double> weight{0.1, 100.0};
inline constexpr ValueRange<double> target{MinScore, MaxScore};
// An action's expected impact and its effort, 1 (low) to 5 (high).
inline constexpr ValueRange<int> impact{1, 5};
inline constexpr ValueRange<int> effort{1, 5};

} // namespace ranges
} // namespace js
