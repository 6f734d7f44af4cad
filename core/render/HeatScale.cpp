#include "core/render/HeatScale.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace js {

namespace {

// Stops from far below the target through the target to far above it.
struct Ramp {
    std::array<QColor, 5> stops;
};

const Ramp& lightRamp()
{
    static const Ramp ramp{{QColor(0xd9, 0x5f, 0x0e), QColor(0xfd, 0xae, 0x6b),
                            QColor(0xf4, 0xf1, 0xe8), QColor(0x9e, 0xca, 0xe1),
                            QColor(0x31, 0x82, 0xbd)}};
    return ramp;
}

const Ramp& darkRamp()
{
    static const Ramp ramp{{QColor(0xb3, 0x4a, 0x05), QColor(0x8a, 0x55, 0x2c),
                            QColor(0x3c, 0x3f, 0x45), QColor(0x2f, 0x5f, 0x80),
                            QColor(0x1f, 0x6f, 0xb0)}};
    return ramp;
}

QColor mix(const QColor& a, const QColor& b, double t)
{
    auto channel = [t](int x, int y) { return int(std::lround(x + (y - x) * t)); };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()),
                  channel(a.blue(), b.blue()));
}

} // namespace

double HeatScale::position(double score, double target)
{
    // Below the target the scale runs down to 1, above it up to 5, so that
    // every score of a row of 1s and 2s tells apart.
    const double below = std::max(target - 1.0, 0.5);
    const double above = std::max(5.0 - target, 0.5);
    const double gap = score - target;
    return std::clamp(gap < 0 ? gap / below : gap / above, -1.0, 1.0);
}

QColor HeatScale::fill(double score, double target) const
{
    const Ramp& ramp = m_dark ? darkRamp() : lightRamp();
    const double at = (position(score, target) + 1.0) * 2.0; // 0..4
    const int low = std::clamp(int(std::floor(at)), 0, 3);
    return mix(ramp.stops[size_t(low)], ramp.stops[size_t(low + 1)], at - low);
}

QColor HeatScale::text(const QColor& fill) const
{
    // Relative luminance decides between near-black and white.
    const double luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return luminance > 0.5 ? QColor(0x20, 0x20, 0x20) : QColor(0xff, 0xff, 0xff);
}

QColor HeatScale::empty() const
{
    return m_dark ? QColor(0x2a, 0x2c, 0x30) : QColor(0xff, 0xff, 0xff);
}

QColor HeatScale::notApplicable() const
{
    return m_dark ? QColor(0x33, 0x33, 0x33) : QColor(0xe6, 0xe6, 0xe6);
}

} // namespace js
