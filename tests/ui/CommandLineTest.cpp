// The command line: versions, help and options.
#include "app/CommandLine.h"

#include <gtest/gtest.h>

namespace js {
namespace {

TEST(CommandLineTest, VersionAndHelp)
{
    EXPECT_EQ(parseCommandLine({QStringLiteral("--version")}).mode, CommandLine::Mode::Version);
    EXPECT_EQ(parseCommandLine({QStringLiteral("-h")}).mode, CommandLine::Mode::Help);
    EXPECT_TRUE(versionText().startsWith(QStringLiteral("Journeyscope ")));
    EXPECT_TRUE(helpText().contains(QStringLiteral("--demo")));
}

TEST(CommandLineTest, GuiOptionsAndUnknownOptions)
{
    const CommandLine demo = parseCommandLine({QStringLiteral("--demo")});
    EXPECT_EQ(demo.mode, CommandLine::Mode::Gui);
    EXPECT_TRUE(demo.openDemo);
    const CommandLine bad = parseCommandLine({QStringLiteral("--frobnicate")});
    EXPECT_EQ(bad.mode, CommandLine::Mode::Error);
    EXPECT_TRUE(bad.error.contains(QStringLiteral("--frobnicate")));
}

} // namespace
} // namespace js
