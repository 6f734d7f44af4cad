#!/usr/bin/env bash
# Fuzzes every reader of outside input (tests/fuzz, docs/fuzzing.md) for a
# fixed time each, and prints how many inputs each target ran. Exits 1 when
# a target finds a crash, a hang, a leak or an allocation beyond the limit;
# the input that did it is under build/asan/fuzz/TARGET/artifacts.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     (default: 60 s, every target)
#   scripts/fuzz.sh 14400 survey_csv          (four hours on one reader)
#
# Needs the asan preset built: cmake --preset asan && cmake --build --preset asan
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
if ! [[ $seconds =~ ^[0-9]+$ ]]; then
  echo "usage: scripts/fuzz.sh [SECONDS] [TARGET...] (SECONDS first: '$seconds' is no number)" >&2
  exit 2
fi
[ $# -gt 0 ] && shift
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(open_project json_import survey_csv mermaid_import live_requests)
fi
bin=build/asan/tests/fuzz
out=build/asan/fuzz

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0}
export QT_QPA_PLATFORM=offscreen

failed=0
summary=()
for target in "${targets[@]}"; do
  fuzzer=$bin/fuzz_$target
  if [ ! -x "$fuzzer" ]; then
    echo "fuzz: $fuzzer is not built (cmake --build --preset asan)" >&2
    exit 2
  fi
  # New inputs the fuzzer finds go to the first folder (not committed); the
  # seeds and regressions are read only.
  mkdir -p "$out/$target/corpus" "$out/$target/artifacts"
  options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
           -artifact_prefix="$out/$target/artifacts/")
  [ -f "tests/fuzz/$target.dict" ] && options+=(-dict="tests/fuzz/$target.dict")
  echo "fuzz: $target for ${seconds} s"
  rc=0
  before=$(ls "$out/$target/corpus" | wc -l)
  inputs=("$out/$target/corpus" "tests/fuzz/corpus/$target")
  [ -d "tests/fuzz/regressions/$target" ] && inputs+=("tests/fuzz/regressions/$target")
  "$fuzzer" "${options[@]}" "${inputs[@]}" >"$out/$target/log" 2>&1 || rc=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/$target/log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$out/$target/log" | tail -1)
  found=$(( $(ls "$out/$target/corpus" | wc -l) - before ))
  if [ $rc -ne 0 ]; then
    failed=1
    tail -n 60 "$out/$target/log" >&2
    echo "fuzz: $target FAILED (exit $rc); the input is in $out/$target/artifacts" >&2
    summary+=("$target: FAILED after ${runs:-?} inputs")
  else
    summary+=("$target: ${runs:-?} inputs in ${seconds} s (${rate:-?}/s), $found new in the corpus")
  fi
done
printf 'fuzz: %s\n' "${summary[@]}"
exit $failed
