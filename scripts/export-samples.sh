#!/usr/bin/env bash
# Exports the demo project as a client would receive it and renders the
# pages into docs/screenshots/ (no display needed): the map poster on one A2
# page, the map tiled across A4 pages, and the assessment report. Needs
# poppler-utils (pdftoppm), which scripts/setup.sh installs.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build --preset default --target journeyscope
app=build/default/app/journeyscope
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
shots=docs/screenshots
"$app" demo "$out/demo.journey" >/dev/null
"$app" export "$out/demo.journey" --out "$out/poster.pdf" --page A2 --portrait
"$app" export "$out/demo.journey" --out "$out/tiled.pdf" --page A4 --fit tile
pdftoppm -png -r 40 -singlefile "$out/poster.pdf" "$shots/export-map-a2"
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$out/tiled.pdf" "$shots/export-map-a4-tile-1"
if "$app" export "$out/demo.journey" --out "$out/report.pdf" --report 2>/dev/null; then
    pages=$(pdfinfo "$out/report.pdf" | awk '/^Pages:/ {print $2}')
    for page in 1 2 3 4 5 "$pages"; do
        pdftoppm -png -r 50 -f "$page" -l "$page" -singlefile "$out/report.pdf" \
            "$shots/export-report-page-$page"
    done
fi
echo "export samples written to $shots"
