#include "core/analysis/CellStats.h"

#include "core/model/Rating.h"

#include <algorithm>
#include <cmath>

namespace js::analysis {

void ScoreTally::add(int score)
{
    if (score >= 1 && score <= 5) {
        ++m_counts[static_cast<size_t>(score - 1)];
        ++m_scored;
    } else if (score == Rating::NotApplicable) {
        ++m_notApplicable;
    }
}

namespace {

// The score at a 0-based position among the scores sorted ascending.
int scoreAt(const std::array<int, 5>& counts, int position)
{
    for (int k = 0; k < 5; ++k) {
        position -= counts[static_cast<size_t>(k)];
        if (position < 0)
            return k + 1;
    }
    return 5;
}

} // namespace

CellStats cellStats(const ScoreTally& tally, int raters)
{
    CellStats stats;
    stats.n = tally.scored();
    stats.notApplicable = tally.notApplicable();
    stats.missing = std::max(0, raters - stats.n - stats.notApplicable);
    for (int k = 1; k <= 5; ++k)
        stats.counts[static_cast<size_t>(k - 1)] = tally.count(k);
    if (stats.n == 0)
        return stats;

    long sum = 0;
    for (int k = 1; k <= 5; ++k)
        sum += long(k) * tally.count(k);
    stats.mean = double(sum) / stats.n;
    stats.min = scoreAt(stats.counts, 0);
    stats.max = scoreAt(stats.counts, stats.n - 1);
    stats.median =
        stats.n % 2 == 1
            ? scoreAt(stats.counts, stats.n / 2)
            : (scoreAt(stats.counts, stats.n / 2 - 1) + scoreAt(stats.counts, stats.n / 2)) / 2.0;
    if (stats.n >= 2) {
        double squares = 0.0;
        for (int k = 1; k <= 5; ++k) {
            const double deviation = k - stats.mean;
            squares += tally.count(k) * deviation * deviation;
        }
        stats.sd = std::sqrt(squares / (stats.n - 1));
    }
    // A spread of exactly 1.0 may come out a rounding error below it.
    constexpr double Tolerance = 1e-9;
    stats.discuss = stats.n >= CellStats::DiscussMinScores &&
                    stats.sd >= CellStats::DiscussMinSpread - Tolerance;
    return stats;
}

} // namespace js::analysis
