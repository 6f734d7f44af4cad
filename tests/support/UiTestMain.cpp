// Test main for widget suites: a QApplication on the offscreen platform unless
// the caller chose one, so that test discovery works without a display.
#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings, recent files and the data folder of this process alone, so
    // that tests running side by side (ctest -j) never share them.
    QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.path() + QStringLiteral("/config")));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.path() + QStringLiteral("/data")));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // settings and data away from the user's
    QApplication::setApplicationName(QStringLiteral("JourneyscopeTests"));
    QApplication::setOrganizationName(QStringLiteral("JourneyscopeTests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
