#!/usr/bin/env bash
# Sets up a fresh Debian machine (as root) and runs the main job on SampleData/:
# 2026Q2 then 2026Q3 through one ledger, outputs in out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
swift build -c release --product assess
bin=.build/release/assess
mkdir -p out
rm -f out/ledger.sqlite
"$bin" validate --data SampleData/2026Q3
