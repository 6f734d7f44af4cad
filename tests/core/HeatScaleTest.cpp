// The one colour scale of scores: darker the further below the target, so
// that a row of 1s stands out from a row of 2s, and readable text on it.
#include "core/render/HeatScale.h"

#include <gtest/gtest.h>

namespace js {
namespace {

TEST(HeatScaleTest, EveryScoreBelowTheTargetHasItsOwnShade)
{
    // Target 4: 1 is the far end (-1), 2 two thirds of the way (-(4-2)/(4-1)).
    EXPECT_DOUBLE_EQ(HeatScale::position(1.0, 4.0), -1.0);
    EXPECT_DOUBLE_EQ(HeatScale::position(2.0, 4.0), -2.0 / 3.0);
    EXPECT_DOUBLE_EQ(HeatScale::position(4.0, 4.0), 0.0);
    EXPECT_DOUBLE_EQ(HeatScale::position(5.0, 4.0), 1.0);
    for (bool dark : {false, true}) {
        const HeatScale scale(dark);
        EXPECT_NE(scale.fill(1.0, 4.0), scale.fill(2.0, 4.0));
        EXPECT_NE(scale.fill(2.0, 4.0), scale.fill(3.0, 4.0));
        EXPECT_NE(scale.fill(3.9, 4.0), scale.fill(4.5, 4.0)) << "below and above differ";
    }
}

TEST(HeatScaleTest, TextReadsOnEveryFill)
{
    for (bool dark : {false, true}) {
        const HeatScale scale(dark);
        for (double score = 1.0; score <= 5.0; score += 0.25) {
            const QColor fill = scale.fill(score, 4.0);
            const QColor text = scale.text(fill);
            const double contrast = std::abs(fill.lightnessF() - text.lightnessF());
            EXPECT_GT(contrast, 0.35) << "score " << score << (dark ? " dark" : " light");
        }
    }
}

} // namespace
} // namespace js
