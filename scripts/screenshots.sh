#!/usr/bin/env bash
# Rebuilds and takes the map screenshots in docs/screenshots/ (no display needed).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build --preset default --target map_screenshots
build/default/tests/tools/map_screenshots docs/screenshots
