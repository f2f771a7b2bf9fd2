#!/usr/bin/env bash
# Sets up a fresh Debian machine (as root), installs assess (scripts/install.sh: on the PATH, with its
# templates) and runs the main job on SampleData/: 2026Q2 then 2026Q3 through one ledger, outputs in out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
export PATH="${PREFIX:-/usr/local}/bin:$HOME/.local/bin:$PATH"
mkdir -p out
rm -f out/ledger.sqlite out/ledger.sqlite.lock
# 2026Q2 is the first quarter ever assessed (no previous quarter: --no-previous); 2026Q3 takes Q2 from the ledger.
assess run --quarter 2026Q2 --data SampleData/2026Q2 --out out/2026Q2 --ledger out/ledger.sqlite --no-previous
assess run --quarter 2026Q3 --data SampleData/2026Q3 --out out/2026Q3 --ledger out/ledger.sqlite
echo
echo "Outputs: out/2026Q2 and out/2026Q3 (scores.csv, assessment.xlsx, letters/, notice.md, summary.md, …)"
