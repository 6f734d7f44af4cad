#!/usr/bin/env bash
# Refreshes every resources/translations/*.ts from the sources: new texts are
# added as unfinished, texts no longer in the program are dropped. Then open
# the file in Qt Linguist (`linguist resources/translations/journeyscope_de.ts`)
# and translate what is unfinished. The build compiles the .ts files itself.
#
#   scripts/update-translations.sh            refresh all languages
#   scripts/update-translations.sh fr         start a new language (French)
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)

/usr/bin/python3 scripts/framework_texts.py
if command -v clang-format >/dev/null; then
  clang-format -i core/content/BuiltInFrameworkTexts.cpp
fi

files=(resources/translations/journeyscope_*.ts)
if [ $# -gt 0 ]; then
  files=("resources/translations/journeyscope_$1.ts")
  extra=(-target-language "$1")
else
  extra=()
fi
"$lupdate" -I . -extensions cpp,h -locations none -no-obsolete -source-language en \
  "${extra[@]}" core ui app live -ts "${files[@]}"
