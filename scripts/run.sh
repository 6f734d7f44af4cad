#!/usr/bin/env bash
# Installs what is missing, builds the app and opens it on the bundled demo project.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset default
cmake --build --preset default --target journeyscope
exec build/default/app/journeyscope --demo "$@"
