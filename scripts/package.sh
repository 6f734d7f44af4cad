#!/usr/bin/env bash
# Builds the Debian package from build/default (built already, as by
# scripts/test.sh), checks it with lintian, desktop-file-validate and
# appstreamcli, installs it with apt-get and runs the installed program with no
# display (--version, demo, check and a PDF export) and its window on a
# virtual display. Every shared object they load must come from a package
# journeyscope depends on. The package is removed again unless it was
# installed before or KEEP_INSTALLED=1.
# Prints "package: ok" at the end; any failure says why and exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/default

say() { echo "package: $*"; }
fail() {
  echo "package: FAILED: $*" >&2
  exit 1
}

[ -x "$build/app/journeyscope" ] ||
  fail "build first: cmake --preset default && cmake --build --preset default"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
deb="$PWD/$build/journeyscope_${version}_$(dpkg --print-architecture).deb"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || fail "installing the package needs root or sudo"
  sudo="sudo"
fi

# The package.
rm -f "$deb"
(cd "$build" && cpack -G DEB) >"$tmp/cpack.log" 2>&1 || {
  cat "$tmp/cpack.log" >&2
  fail "cpack -G DEB"
}
[ -f "$deb" ] || fail "cpack made no $deb"
say "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

# The checks. Warnings and infos that are kept are explained in installer/README.md.
lintian --fail-on error --display-info "$deb" 2>&1 | sed 's/^/  lintian: /' ||
  fail "lintian found errors"
say "lintian: no errors"
dpkg-deb -x "$deb" "$tmp/root"
share="$tmp/root/usr/share"
desktop-file-validate "$share"/applications/*.desktop || fail "desktop-file-validate"
say "desktop-file-validate: clean"
appstreamcli validate --no-net "$share"/metainfo/*.metainfo.xml | sed 's/^/  appstream: /' ||
  fail "appstreamcli validate --no-net"
grep -q "<release version=\"$version\"" "$share"/metainfo/*.metainfo.xml ||
  fail "the metainfo has no <release> for $version"
# The website serves docs/screenshots/ as /screenshots/.
for image in $(sed -n 's|.*<image>https://journeyscope.example/screenshots/\(.*\)</image>.*|\1|p' \
  "$share"/metainfo/*.metainfo.xml); do
  [ -f "docs/screenshots/$image" ] || fail "the metainfo shows $image, which docs/screenshots/ lacks"
done
zcat "$share/doc/journeyscope/changelog.gz" | head -1 | grep -q "^journeyscope ($version)" ||
  fail "the changelog's newest entry is not $version"
zcat "$share/man/man1/journeyscope.1.gz" | grep -q "^\.TH .*\"Journeyscope $version\"" ||
  fail "the manual page's .TH line is not of $version"

# Installed, with no display.
was_installed=$(dpkg-query -W -f='${Status}' journeyscope 2>/dev/null | grep -c 'install ok installed' || true)
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get install -y -q --no-install-recommends --allow-downgrades "$deb" >"$tmp/apt.log" 2>&1 || {
  cat "$tmp/apt.log" >&2
  fail "apt-get install $deb"
}
say "installed with apt-get"
run() {
  env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM -u QT_PLUGIN_PATH -u LD_LIBRARY_PATH \
    -u LANGUAGE LC_ALL=C.UTF-8 "$@"
}
bin=/usr/bin/journeyscope
[ "$(run $bin --version)" = "Journeyscope $version" ] || fail "$bin --version does not say $version"
run $bin demo "$tmp/d.journey" >/dev/null || fail "journeyscope demo"
run $bin check "$tmp/d.journey" >/dev/null || fail "journeyscope check"
run env LD_DEBUG=files LD_DEBUG_OUTPUT="$tmp/ld" \
  $bin export "$tmp/d.journey" --out "$tmp/map.pdf" >/dev/null || fail "journeyscope export"
pages=$(pdfinfo "$tmp/map.pdf" | sed -n 's/^Pages: *//p')
[ "${pages:-0}" -ge 1 ] || fail "the exported PDF has no pages"
say "the installed journeyscope ran --version, demo, check and export ($pages page PDF)"

# The window, on a virtual display for a few seconds, loads what the verbs
# do not: the xcb platform plugin, the SVG icon engine, the image plugins.
mkdir -p "$tmp/home"
HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share" \
  XDG_CACHE_HOME="$tmp/home/.cache" run xvfb-run -a -s "-screen 0 1280x800x24" \
  timeout 8 env LD_DEBUG=files LD_DEBUG_OUTPUT="$tmp/ld" $bin --demo >/dev/null 2>&1 ||
  [ $? -eq 124 ] || fail "the installed journeyscope did not open its window under xvfb-run"
grep -qh 'calling init: .*/platforms/libqxcb.so' "$tmp"/ld.* ||
  fail "the window did not load the xcb platform plugin"
say "the installed journeyscope opened its window on a virtual display"

# The manual page describes every verb --help lists.
verbs=$(run $bin --help | sed -n '/^Verbs/,/^$/s/^  \([a-z]\+\) .*/\1/p' | sort -u)
[ -n "$verbs" ] || fail "journeyscope --help lists no verbs"
for verb in $verbs; do
  zcat /usr/share/man/man1/journeyscope.1.gz | grep -q "^\.BI \"$verb " ||
    fail "the manual page does not describe the verb $verb"
done

# Every shared object the export and the window loaded, linked or by dlopen
# (Qt's plugins), belongs to journeyscope or a package it depends on, directly
# or not.
owner() {
  local path=$1 alt
  case "$path" in
  /usr/lib/*) alt=${path#/usr} ;;
  /lib/* | /lib64/*) alt=/usr$path ;;
  *) alt=$path ;;
  esac
  for p in "$path" "$alt" "$(readlink -f "$path")"; do
    dpkg-query -S "$p" 2>/dev/null | head -1 | cut -d: -f1 && return
  done
  echo "?"
}
apt-cache depends --recurse --installed --no-recommends --no-suggests --no-conflicts \
  --no-breaks --no-replaces --no-enhances journeyscope | grep -v '^ ' | tr -d '<>' |
  sed 's/:.*//' | sort -u >"$tmp/closure"
# ld.so says "calling init: PATH" for each object it loaded (Qt also tries
# plugin names that do not exist, such as libqsqlite.so.avx2, so "dynamically
# loaded by" is not enough); each object it mapped must be among them.
sed -n 's/.*calling init: \(\/.*\)$/\1/p' "$tmp"/ld.* | sort -u >"$tmp/loaded"
[ -s "$tmp/loaded" ] || fail "LD_DEBUG=files showed no shared objects"
for name in $(sed -n 's/.*file=\([^ ]*\) \[0\];  generating link map$/\1/p' "$tmp"/ld.*); do
  grep -q "/${name##*/}$" "$tmp/loaded" || fail "LD_DEBUG=files mapped $name without calling its init"
done
strays=0
while read -r object; do
  package=$(owner "$object")
  if ! grep -qx "$package" "$tmp/closure"; then
    echo "package: $object (from ${package/\?/no package}) is loaded, but journeyscope does not depend on it" >&2
    strays=$((strays + 1))
  fi
done <"$tmp/loaded"
[ "$strays" -eq 0 ] ||
  fail "add the packages above to Depends in installer/linux/DebPackage.cmake"
say "all $(wc -l <"$tmp/loaded") shared objects the export and the window loaded come from its dependencies ($(wc -l <"$tmp/closure") packages)"

if [ "$was_installed" -eq 0 ] && [ "${KEEP_INSTALLED:-0}" != 1 ]; then
  $sudo apt-get remove -y -q journeyscope >"$tmp/apt.log" 2>&1 || {
    cat "$tmp/apt.log" >&2
    fail "apt-get remove journeyscope"
  }
  [ ! -e /usr/bin/journeyscope ] || fail "apt-get remove left /usr/bin/journeyscope"
  say "removed again (KEEP_INSTALLED=1 keeps it)"
fi
say "ok"
