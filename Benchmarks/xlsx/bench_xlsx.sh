#!/usr/bin/env bash
# xlsx input against CSV input (issue 19): one generated city quarter, posts and inspections as Excel workbooks
# written by an independent writer (openpyxl's write-only mode through tools/csv_to_xlsx.py --fast), read by
# `assess validate` beside the same quarter as CSV; then the same with a quarter of the rows, to see whether
# memory grows with the sheet's rows. Results: docs/PERFORMANCE.md "Excel input".
#
#   bash Benchmarks/xlsx/bench_xlsx.sh [runs]        (default 3; the conversion takes ~10 minutes once)
#
# Needs a release build (`swift build -c release --product assess`, skipped with SKIP_BUILD=1), python3 with
# openpyxl, GNU time. Data and logs stay in /tmp/assess-xlsx-bench (delete it to regenerate).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
B=/tmp/assess-xlsx-bench
ASSESS=.build/release/assess
[[ ${SKIP_BUILD:-0} == 1 ]] || swift build -c release --product assess
mkdir -p "$B"
if [[ ! -f $B/.complete ]]; then
  rm -rf "$B"/{csv,xlsx,quarter-csv,quarter-xlsx,none}
  "$ASSESS" sample --scale city --quarter 2026Q3 --out "$B/csv" > /dev/null
  mkdir -p "$B/quarter-csv"
  cp "$B"/csv/*.csv "$B/quarter-csv/"
  # A quarter of the posts and inspections rows (the rest of the tables unchanged).
  for t in posts inspections; do
    n=$(( $(wc -l < "$B/csv/$t.csv") / 4 ))
    head -n "$n" "$B/csv/$t.csv" > "$B/quarter-csv/$t.csv"
  done
  for d in csv quarter-csv; do
    x=${d/csv/xlsx}
    mkdir -p "$B/$x"
    cp "$B"/$d/*.csv "$B/$x/"
    for t in posts inspections; do
      /usr/bin/time -f "convert $x/$t: %e s, %M KB" python3 tools/csv_to_xlsx.py "$t" "$B/$d/$t.csv" "$B/$x/$t.xlsx" --fast
      rm "$B/$x/$t.csv"
    done
  done
  touch "$B/.complete"
fi
# The same quarter without posts and inspections rows (headers only): the baseline of per_row.py.
if [[ ! -d $B/none ]]; then
  mkdir -p "$B/none"
  cp "$B"/csv/*.csv "$B/none/"
  for t in posts inspections; do head -n 1 "$B/csv/$t.csv" > "$B/none/$t.csv"; done
fi
ls -l "$B"/csv/{posts,inspections}.csv "$B"/xlsx/{posts,inspections}.xlsx
for d in csv xlsx quarter-csv quarter-xlsx; do
  for i in $(seq "$runs"); do
    /usr/bin/time -v "$ASSESS" validate --data "$B/$d" > "$B/validate-$d-$i.out" 2> "$B/validate-$d-$i.time" || true
    wall=$(grep "Elapsed (wall" "$B/validate-$d-$i.time" | awk '{print $NF}')
    user=$(grep "User time" "$B/validate-$d-$i.time" | awk '{print $NF}')
    sys=$(grep "System time" "$B/validate-$d-$i.time" | awk '{print $NF}')
    rss=$(grep "Maximum resident" "$B/validate-$d-$i.time" | awk '{print $NF}')
    rows=$(awk '/posts|inspections/ && $4 ~ /^[0-9]+$/ {s += $4} END {print s}' "$B/validate-$d-$i.out")
    echo "$d run $i: wall $wall, user $user s, sys $sys s, peak RSS $rss KB, posts+inspections rows $rows"
  done
done
# CPU per posts/inspections row, CSV against xlsx, interleaved rounds on one core (PER_ROW_ROUNDS, default 15).
python3 Benchmarks/xlsx/per_row.py "${PER_ROW_ROUNDS:-15}" "$ASSESS"
