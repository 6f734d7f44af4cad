// Test main for widget suites: a QApplication on the offscreen platform unless
// the caller chose one, so that test discovery works without a display.
#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // settings and data away from the user's
    QApplication::setApplicationName(QStringLiteral("JourneyscopeTests"));
    QApplication::setOrganizationName(QStringLiteral("JourneyscopeTests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
