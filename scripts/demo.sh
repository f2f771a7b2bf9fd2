#!/usr/bin/env bash
# Sets up a fresh Debian machine (as root) and runs the main job on SampleData/:
# 2026Q2 then 2026Q3 through one ledger, outputs in out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
swift build -c release --product assess
bin=.build/release/assess
mkdir -p out
rm -f out/ledger.sqlite out/ledger.sqlite.lock
for q in 2026Q2 2026Q3; do
  "$bin" run --quarter "$q" --data "SampleData/$q" --out "out/$q" --ledger out/ledger.sqlite
done
echo
echo "Outputs: out/2026Q2 and out/2026Q3 (scores.csv, assessment.xlsx, letters/, notice.md, summary.md, …)"
