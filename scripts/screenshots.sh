#!/usr/bin/env bash
# Rebuilds and takes the map screenshots in docs/screenshots/ (no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build --preset default --target map_screenshots
# Among them the live session's join screen and focus view (live-join-*,
# live-focus-*): the server listens on 127.0.0.1 only, and the join screen
# shows a display address (192.168.1.23) as on a workshop's Wi-Fi.
build/default/tests/tools/map_screenshots docs/screenshots
# The dashboard as a viewer with deuteranopia sees it (a simulation), to check
# that the charts' colours stay apart.
if command -v convert >/dev/null; then
    convert docs/screenshots/insights-weakspots-1920x1080.png \
        -color-matrix '0.625 0.375 0 0.7 0.3 0 0 0.3 0.7' \
        docs/screenshots/insights-deuteranopia-1920x1080.png
fi
# The survey import's preview and result pages, from the UI test that drives
# the dialog on the Qualtrics fixture.
cmake --build --preset default --target ui_tests
JOURNEYSCOPE_SCREENSHOTS="$PWD/docs/screenshots" QT_QPA_PLATFORM=offscreen \
    build/default/tests/ui/ui_tests --gtest_filter='SurveyImportScreenshotTest.PreviewAndResult'
