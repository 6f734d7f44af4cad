#pragma once

#include <QColor>

namespace js {

// The one colour scale of scores, shared by the grid, the map and the charts:
// diverging around the target, orange below it and blue above it (safe for
// red-green colour blindness), pale near it. Light and dark palettes each
// have their own ramp, so that text stays readable on both.
class HeatScale {
public:
    explicit HeatScale(bool dark = false)
        : m_dark(dark)
    {}

    // The fill for a mean score on 1..5 held to a target.
    QColor fill(double score, double target) const;
    // Text that reads on that fill.
    QColor text(const QColor& fill) const;
    // The fill of a cell with no score (not rated) and of N/A.
    QColor empty() const;
    QColor notApplicable() const;

    // Where a score sits on the scale: -1 (far below the target) .. +1.
    static double position(double score, double target);

private:
    bool m_dark;
};

} // namespace js
