#!/usr/bin/env bash
# Shows that two builds of `assess` write the same bytes: runs each on the same data and compares the whole
# output folders with `diff -r` (every file: scores.csv/json, the workbook, the letters, the notice, the summary,
# manifest.json, …). Exit status 0 when identical, 1 when any file differs.
#
#   scripts/same-outputs.sh BEFORE_BINARY AFTER_BINARY DATA_FOLDER QUARTER [extra run options…]
#
# Example (the city quarter the lead generates, or one of your own):
#   .build/release/assess sample --scale city --quarter 2026Q3 --out /tmp/me/city --seed 1
#   scripts/same-outputs.sh /work/data/before/assess .build/release/assess /tmp/me/city 2026Q3
#
# Each binary also runs once more into a second folder, so a difference that is not deterministic (and so not
# caused by the change) shows up as such. Runs use --no-ledger --no-previous unless other options are given.
set -euo pipefail
if [[ $# -lt 4 ]]; then
    sed -n 2,13p "$0" >&2
    exit 2
fi
before=$1 after=$2 data=$3 quarter=$4
shift 4
options=("$@")
if [[ ${#options[@]} -eq 0 ]]; then options=(--no-ledger --no-previous); fi
work=$(mktemp -d "${TMPDIR:-/tmp}/same-outputs.XXXXXX")
run() {  # binary, folder
    "$1" run --quarter "$quarter" --data "$data" --out "$work/$2" "${options[@]}" >"$work/$2.log" 2>&1 \
        || { echo "$1 failed, see $work/$2.log" >&2; exit 2; }
}
run "$before" before
run "$after" after
run "$after" after-again
if ! diff -r -q "$work/after" "$work/after-again" >/dev/null; then
    echo "the new binary is not deterministic on this data:" >&2
    diff -r -q "$work/after" "$work/after-again" >&2 || true
    exit 2
fi
if diff -r "$work/before" "$work/after" >"$work/diff.txt"; then
    echo "identical: $(find "$work/after" -type f | wc -l) files ($work)"
    exit 0
fi
echo "outputs differ ($work/diff.txt):" >&2
diff -r -q "$work/before" "$work/after" >&2 || true
exit 1
