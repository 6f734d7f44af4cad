// Scores and changes as people read them.
#include "core/analysis/ScoreText.h"

#include <gtest/gtest.h>

namespace js::analysis {
namespace {

TEST(ScoreTextTest, AChangeAddsUpAsItsTwoScoresRead)
{
    // 2.845 reads 2.8 and 2.993 reads 3.0: the change reads +0.2, not +0.1.
    EXPECT_EQ(scoreText(2.845), QStringLiteral("2.8"));
    EXPECT_EQ(scoreText(2.993), QStringLiteral("3.0"));
    EXPECT_DOUBLE_EQ(shownChange(2.845, 2.993), 0.2);
    EXPECT_EQ(changeText(shownChange(2.845, 2.993)), QStringLiteral("+0.2"));
    // A mean of 3.55 is just under it in binary and reads 3.5, as 3.46 does:
    // no change, whatever the unrounded figures say.
    EXPECT_EQ(scoreText(3.55), QStringLiteral("3.5"));
    EXPECT_EQ(changeText(shownChange(3.55, 3.46)), QStringLiteral("±0.0"));
    EXPECT_EQ(changeText(shownChange(2.1, 2.0)), QStringLiteral("−0.1"));
}

} // namespace
} // namespace js::analysis
