#pragma once

#include <array>
#include <cstddef>

namespace js::analysis {

// The scores that the raters of a round gave one touchpoint on one criterion,
// counted as they are met: a histogram of 1..5, the N/As, and how many raters
// could have rated.
class ScoreTally {
public:
    // Adds one rating's score: 1..5 counts, Rating::NotApplicable counts as
    // N/A, anything else (Rating::NotRated, a note only) as not given.
    void add(int score);

    int scored() const { return m_scored; }
    int notApplicable() const { return m_notApplicable; }
    // How many ratings gave score k (1..5).
    int count(int score) const { return m_counts[static_cast<std::size_t>(score - 1)]; }

private:
    std::array<int, 5> m_counts{};
    int m_scored = 0;
    int m_notApplicable = 0;
};

// The statistics of one cell (round × touchpoint × criterion). N/A is left
// out of every figure; a rating that holds only a note counts as missing.
struct CellStats {
    // Disagreement worth a discussion: at least this many scores, with at
    // least this sample standard deviation.
    static constexpr int DiscussMinScores = 3;
    static constexpr double DiscussMinSpread = 1.0;

    int n = 0;             // scores 1..5
    int notApplicable = 0; // N/A given
    int missing = 0;       // raters of the round who gave neither a score nor N/A
    double mean = 0.0;     // the figures below are 0 when n == 0
    double median = 0.0;   // the middle score, or the mean of the two middle ones
    int min = 0;
    int max = 0;
    double sd = 0.0;             // sample standard deviation (n - 1); 0 when n < 2
    bool discuss = false;        // n >= 3 && sd >= 1.0: the raters disagree
    std::array<int, 5> counts{}; // how many raters gave 1, 2, 3, 4, 5

    bool hasMean() const { return n > 0; }
    // Raters who gave a score or N/A.
    int given() const { return n + notApplicable; }

    bool operator==(const CellStats&) const = default;
};

// The statistics of a tally among `raters` raters of the round; missing is
// the raters who gave neither a score nor N/A (never below 0).
CellStats cellStats(const ScoreTally& tally, int raters);

} // namespace js::analysis
