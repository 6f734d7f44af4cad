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
"$app" export "$out/demo.journey" --out "$out/report.pdf" --report --consultant "Jordan Ellery"
pages=$(pdfinfo "$out/report.pdf" | awk '/^Pages:/ {print $2}')
# The first page of a section: where its heading stands at the top.
page_of() {
    for ((p = 3; p <= pages; p++)); do
        if pdftotext -f "$p" -l "$p" "$out/report.pdf" - | sed -n 1,8p | grep -q "^$1"; then
            echo "$p"
            return
        fi
    done
    echo 3
}
render() { pdftoppm -png -r 60 -f "$1" -l "$1" -singlefile "$out/report.pdf" "$shots/$2"; }
render 1 report-cover
render 3 report-summary
render "$(page_of 'The map in detail')" report-map-detail
render "$(page_of 'Stage by stage')" report-stage
echo "export samples written to $shots"
