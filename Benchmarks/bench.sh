#!/usr/bin/env bash
# End-to-end benchmark of `assess run` against the honest alternative and the floors (issues 8 and 20).
#
#   bash Benchmarks/bench.sh [city|province|nation] [runs]        (defaults: city 3)
#
# Builds assess in release, generates the quarter once into /tmp/assess-bench/<scale> (kept between
# invocations), then runs `runs` rounds, each under /usr/bin/time -v: assess without a ledger, assess with a fresh
# ledger, the same-cells floor (libxlsxwriter alone writing exactly the cells of assess's workbook, extracted
# once from the first run) and the synthetic floor (the same cell count of short fixed strings); then the pandas
# + XlsxWriter alternative once and the read floor (cat of the inputs, page cache warm).
# Prints a Markdown report and keeps every raw log in /tmp/assess-bench/results-<scale>/ (report.md there too).
#
# Environment: BENCH_ROOT (default /tmp/assess-bench), DATA (a generated quarter to use instead of
# BENCH_ROOT/<scale>), QUARTER (default 2026Q3), SKIP_PANDAS=1 to skip the alternative (it takes minutes on
# province scale), SKIP_BUILD=1 to use the existing release build.
set -euo pipefail

scale="${1:-city}"
runs="${2:-3}"
case "$scale" in city|province|nation) ;; *) echo "usage: $0 [city|province|nation] [runs]" >&2; exit 2 ;; esac
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "runs must be a positive integer" >&2; exit 2; }

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
package="$(cd "$here/.." && pwd)"
root="${BENCH_ROOT:-/tmp/assess-bench}"
quarter="${QUARTER:-2026Q3}"
data="${DATA:-$root/$scale}"
out="$root/out-$scale"
results="$root/results-$scale"
mkdir -p "$root" "$results"
rm -f "$results"/*

# ---------------------------------------------------------------------------------------------------------
# Tools
# ---------------------------------------------------------------------------------------------------------
if [[ ! -x /usr/bin/time ]]; then
    echo "installing GNU time (Debian package 'time')" >&2
    apt-get install -y -q time >/dev/null
fi
if [[ -z "${SKIP_PANDAS:-}" ]] && ! python3 -c 'import pandas, xlsxwriter' 2>/dev/null; then
    python3 -m pip install -q pandas xlsxwriter
fi
if ! pkg-config --exists xlsxwriter; then
    echo "libxlsxwriter-dev is missing (bash scripts/ensure-deps.sh installs it)" >&2
    exit 2
fi

cd "$package"
if [[ -z "${SKIP_BUILD:-}" ]]; then
    echo "== building assess (release)" >&2
    if ! swift build -c release --product assess >"$results/build.log" 2>&1; then
        tail -30 "$results/build.log" >&2
        exit 1
    fi
fi
assess="$package/.build/release/assess"
[[ -x "$assess" ]] || { echo "no release build at $assess" >&2; exit 2; }

floor_bin="$root/xlsx_floor"
gcc -O2 -o "$floor_bin" "$here/floor/xlsx_floor.c" $(pkg-config --cflags --libs xlsxwriter)
same_bin="$root/same_cells_floor"
gcc -O2 -o "$same_bin" "$here/floor/same_cells_floor.c" $(pkg-config --cflags --libs xlsxwriter)
scan_bin="$root/cells_scan"
gcc -O2 -o "$scan_bin" "$here/floor/cells_scan.c"

# ---------------------------------------------------------------------------------------------------------
# Data (generated once)
# ---------------------------------------------------------------------------------------------------------
if [[ -n "${DATA:-}" ]]; then
    [[ -f "$data/units.csv" ]] || { echo "DATA=$data holds no generated quarter" >&2; exit 2; }
elif [[ ! -f "$data/.complete" ]]; then
    echo "== generating $scale data into $data" >&2
    rm -rf "$data"
    /usr/bin/time -v "$assess" sample --scale "$scale" --quarter "$quarter" --out "$data" \
        >"$results/generate.log" 2>"$results/generate.time"
    touch "$data/.complete"
fi
input_bytes=$(cat "$data"/*.csv | wc -c)
input_rows=0
for f in "$data"/*.csv; do
    n=$(($(wc -l <"$f") - 1))
    echo "$(basename "$f" .csv) $n" >>"$results/rows.txt"
    input_rows=$((input_rows + n))
done
echo "$input_bytes" >"$results/bytes.txt"

# ---------------------------------------------------------------------------------------------------------
# assess and the floors, in rounds
# ---------------------------------------------------------------------------------------------------------
# The machine's speed drifts by 15 % and more over minutes (docs/PERFORMANCE.md), so each round runs assess
# without a ledger, assess with a fresh ledger (what a real run does), the same-cells floor and the synthetic
# floor one after another: each round's ratios compare runs made within two minutes of each other.
# Every run writes into a fresh folder, as a quarter's run does (out/2026Q3): replacing a folder of 20,000
# letters costs the removal of the old one, which ext4 makes slow right after many files were created or
# deleted (docs/PERFORMANCE.md). Earlier outputs are removed first, then the disk is left to settle; this
# harness's own outputs are removed only at the end.
rm -rf "$out" "$out"-run* "$out-ledger"*
sync
sleep 5
ledger="$root/ledger-$scale.sqlite"
dump="$root/cells-$scale.dump"

assess_run() {  # round
    echo "== assess run $1/$runs (no ledger)" >&2
    /usr/bin/time -v -o "$results/assess-$1.time" \
        "$assess" run --quarter "$quarter" --data "$data" --out "$out-run$1" --no-ledger --no-previous --timings \
        >"$results/assess-$1.out" 2>"$results/assess-$1.err"
}

ledger_run() {  # round
    echo "== assess run $1/$runs with a fresh ledger" >&2
    rm -rf "$ledger" "$ledger"-*
    /usr/bin/time -v -o "$results/assess-ledger-$1.time" \
        "$assess" run --quarter "$quarter" --data "$data" --out "$out-ledger$1" --ledger "$ledger" --no-previous \
        --timings >"$results/assess-ledger-$1.out" 2>"$results/assess-ledger-$1.err"
}

floors() {  # round
    echo "== same-cells floor $1/$runs" >&2
    rm -f "$root/same-cells-$scale.xlsx"
    /usr/bin/time -v -o "$results/same-$1.time" "$same_bin" "$dump" "$root/same-cells-$scale.xlsx" \
        >"$results/same-$1.out" 2>&1
    echo "== synthetic floor $1/$runs: $cells cells" >&2
    /usr/bin/time -v -o "$results/floor-$1.time" "$floor_bin" "$root/floor-$scale.xlsx" "$rows" "$cols" \
        >"$results/floor-$1.out" 2>&1
}

assess_run 1
# The same-cells floor writes the cells of assess's own workbook, extracted once from run 1 (timed apart, not
# counted); the synthetic floor the same cell count of short fixed strings.
echo "== extracting the cells of assess's workbook" >&2
/usr/bin/time -v -o "$results/extract.time" python3 "$here/floor/extract_cells.py" "$out-run1/assessment.xlsx" "$dump" "$scan_bin" \
    >"$results/extract.out" 2>"$results/extract.err"
# Cells of assess's workbook: every <c> element of every worksheet (blank formatted cells included), as the
# extraction counted them (grep over the sheet XML, one line of hundreds of MB, took minutes).
cells=$(awk -F'\t' 'NF == 2 { n = split($2, f, " "); for (i = 2; i <= n; i += 2) total += f[i] } END { print total + 0 }' \
    "$results/extract.out")
echo "$cells" >"$results/cells.txt"
cols=18
rows=$(((cells + cols - 1) / cols))
for i in $(seq 1 "$runs"); do
    if ((i > 1)); then assess_run "$i"; fi
    ledger_run "$i"
    floors "$i"
done
mv "$out-run1" "$out"
rm -rf "$out"-run* "$out-ledger"* "$ledger" "$ledger"-*

# ---------------------------------------------------------------------------------------------------------
# The alternative
# ---------------------------------------------------------------------------------------------------------
if [[ -z "${SKIP_PANDAS:-}" ]]; then
    echo "== pandas + XlsxWriter alternative" >&2
    /usr/bin/time -v -o "$results/pandas.time" \
        python3 "$here/alternative/pandas_assess.py" "$data" "$root/out-pandas-$scale" --quarter "$quarter" \
        >"$results/pandas.out" 2>"$results/pandas.err"
    if cmp -s "$out/scores.csv" "$root/out-pandas-$scale/scores.csv"; then
        echo "same" >"$results/pandas-scores.txt"
    else
        echo "different" >"$results/pandas-scores.txt"
    fi
fi

# The floor wrote the very cells: its own output, dumped, holds the same cells as assess's workbook.
python3 "$here/floor/extract_cells.py" "$root/same-cells-$scale.xlsx" "$dump.check" "$scan_bin" >/dev/null
python3 "$here/floor/compare_dumps.py" "$dump" "$dump.check" >"$results/same-check.txt" || true
rm -f "$dump" "$dump.check"

echo "== read floor (page cache warm, as for assess: the runs above read the same files)" >&2
for i in $(seq 1 "$runs"); do
    /usr/bin/time -v -o "$results/read-$i.time" sh -c "cat '$data'/*.csv > /dev/null"
done

{
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
    echo "memory: $(free -h | awk '/^Mem:/ {print $2}')"
    echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$results/machine.txt"

python3 "$here/summarize.py" "$results" "$scale" "$runs" | tee "$results/report.md"
