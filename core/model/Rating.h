#pragma once

#include "core/model/Id.h"

#include <QString>

#include <compare>

namespace js {

// Which score a rating is for: one rater, in one round, at one touchpoint, on
// one criterion.
struct RatingKey {
    Id round = NoId;
    Id rater = NoId;
    Id touchpoint = NoId;
    Id criterion = NoId;

    auto operator<=>(const RatingKey&) const = default;
};

// A score 1..5, or "not applicable", with an optional note (evidence). A key
// without a rating is "not rated"; a rating may hold only a note.
struct Rating {
    static constexpr int NotRated = 0;
    static constexpr int NotApplicable = -1;

    int score = NotRated;
    QString note;

    bool isScored() const { return score >= 1; }
    bool isEmpty() const { return score == NotRated && note.isEmpty(); }
    bool operator==(const Rating&) const = default;
};

bool isValidScore(int score);

} // namespace js
