#!/usr/bin/env bash
# Installs the Debian 12 / Ubuntu 24.04 packages Journeyscope needs to build,
# test and run, skipping the ones already present. Uses sudo when not root.
set -euo pipefail

packages=(
  cmake ninja-build g++ file dpkg-dev
  # the asan preset and the fuzz targets (tests/fuzz) build with clang and its libFuzzer
  clang libclang-rt-dev
  qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  libgtest-dev libgmock-dev libbenchmark-dev libsqlite3-dev
  libxlsxwriter-dev zlib1g-dev pkg-config python3-openpyxl
  qt6-httpserver-dev qt6-websockets-dev libqrencode-dev chromium chromium-driver
  xvfb xauth poppler-utils fonts-dejavu-core sqlite3
  # scripts/package.sh checks the package; the MIME type test compiles its XML
  lintian desktop-file-utils appstream shared-mime-info
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all build packages are present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then
    sudo="sudo"
  else
    echo "setup: these packages are missing and there is no sudo: ${missing[*]}" >&2
    exit 1
  fi
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
