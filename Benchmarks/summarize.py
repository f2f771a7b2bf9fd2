#!/usr/bin/env python3
"""Turns the raw logs bench.sh leaves in a results folder into the Markdown report.

    python3 Benchmarks/summarize.py RESULTS_DIR SCALE RUNS
"""
import os
import re
import statistics
import sys

results, scale, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])


def read(name, default=""):
    path = os.path.join(results, name)
    return open(path, encoding="utf-8").read() if os.path.exists(path) else default


def gnu_time(name):
    """Wall seconds, peak RSS (bytes), user and system seconds from a `/usr/bin/time -v` log; None if absent."""
    text = read(name)
    if not text:
        return None
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1)
    parts = [float(p) for p in wall.split(":")]
    seconds = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) * 1024
    user = float(re.search(r"User time \(seconds\): (\S+)", text).group(1))
    system = float(re.search(r"System time \(seconds\): (\S+)", text).group(1))
    status = int(re.search(r"Exit status: (\d+)", text).group(1))
    return {"wall": seconds, "rss": rss, "user": user, "sys": system, "status": status}


def stages(name):
    """The 阶段/秒 table that `assess run --timings` prints on stderr, as an ordered list of pairs."""
    rows, inside = [], False
    for line in read(name).splitlines():
        if line.startswith("阶段"):
            inside = True
            continue
        if inside:
            m = re.match(r"^(\s*\S.*?)\s{2,}([0-9.]+)\s*$", line)
            if m:
                rows.append((m.group(1), float(m.group(2))))
            elif not line.startswith("--"):
                inside = False
    return rows


def median(values):
    return statistics.median(values) if values else float("nan")


def mib(n):
    return n / 1_048_576


bytes_in = int(read("bytes.txt", "0").strip() or 0)
rows_by_table = [line.split() for line in read("rows.txt").splitlines() if line.strip()]
rows_in = sum(int(n) for _, n in rows_by_table)
cells = int(read("cells.txt", "0").strip() or 0)

def floor_seconds(name):
    """The seconds a floor program printed (libxlsxwriter's time alone, loading excluded); None if absent."""
    m = re.search(r"seconds ([0-9.]+)", read(name))
    return float(m.group(1)) if m else None


assess = [t for t in (gnu_time(f"assess-{i}.time") for i in range(1, runs + 1)) if t]
ledgers = [t for t in (gnu_time(f"assess-ledger-{i}.time") for i in range(1, runs + 1)) if t]
ledger_wall = median([t["wall"] for t in ledgers])
pandas = gnu_time("pandas.time")
floor = [t for t in (gnu_time(f"floor-{i}.time") for i in range(1, runs + 1)) if t]
same = [t for t in (gnu_time(f"same-{i}.time") for i in range(1, runs + 1)) if t]
same_seconds = [s for s in (floor_seconds(f"same-{i}.out") for i in range(1, runs + 1)) if s is not None]
same_floor = median(same_seconds)
extract = gnu_time("extract.time")
same_line = read("same-1.out").strip()
reading = [t for t in (gnu_time(f"read-{i}.time") for i in range(1, runs + 1)) if t]
failed = [i + 1 for i, t in enumerate(assess) if t["status"] != 0] + [
    f"ledger {i + 1}" for i, t in enumerate(ledgers) if t["status"] != 0]

wall = median([t["wall"] for t in assess])
rss = max(t["rss"] for t in assess) if assess else 0
floor_wall = median([t["wall"] for t in floor])
read_wall = median([t["wall"] for t in reading])
floor_total = floor_wall + read_wall

print(f"## {scale}: `assess run` end to end ({runs} runs, median)\n")
print(read("machine.txt").strip().replace("\n", "; ") + "\n")
print(f"Input: {rows_in:,} rows, {mib(bytes_in):,.1f} MiB ("
      + ", ".join(f"{t} {int(n):,}" for t, n in rows_by_table) + f"). Workbook cells: {cells:,}.\n")
if failed:
    print(f"**Runs {failed} exited with a non-zero status: see assess-N.err.**\n")

print("| what | wall s | rows/s | MiB/s | peak RSS MiB | user s | sys s |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")


def line(label, t, wall_s=None):
    w = wall_s if wall_s is not None else t["wall"]
    print(f"| {label} | {w:.2f} | {rows_in / w:,.0f} | {mib(bytes_in) / w:,.1f} | {mib(t['rss']):,.0f} "
          f"| {t['user']:.2f} | {t['sys']:.2f} |")


if assess:
    med = min(assess, key=lambda t: abs(t["wall"] - wall))
    line("assess run --no-ledger (median run)", med, wall)
    walls = ", ".join("%.2f" % t["wall"] for t in assess)
    print(f"| assess runs, all walls | {walls} | | | "
          f"max {mib(rss):,.0f} | | |")
if ledgers:
    med = min(ledgers, key=lambda t: abs(t["wall"] - ledger_wall))
    line("assess run with a fresh ledger (median run)", med, ledger_wall)
    walls = ", ".join("%.2f" % t["wall"] for t in ledgers)
    print(f"| ledger runs, all walls | {walls} | | | max {mib(max(t['rss'] for t in ledgers)):,.0f} | | |")
if pandas:
    line("pandas + XlsxWriter alternative", pandas)
if same_seconds:
    walls = ", ".join("%.2f" % x for x in same_seconds)
    print(f"| **same-cells floor**: libxlsxwriter writing assess's own cells (median; {walls}) | {same_floor:.2f} | | | "
          f"{mib(max(t['rss'] for t in same)):,.0f} | | |")
if floor:
    print(f"| synthetic floor: libxlsxwriter, {cells:,} cells of short fixed text (median) | {floor_wall:.2f} | | | "
          f"{mib(max(t['rss'] for t in floor)):,.0f} | | |")
if reading:
    rate = f"{mib(bytes_in) / read_wall:,.0f}" if read_wall > 0 else "—"  # /usr/bin/time rounds to 0.01 s
    print(f"| floor: cat of the inputs, warm cache (median) | {read_wall:.2f} | | {rate} | | | |")
print()

print("Per stage (`--timings`, median over the runs without a ledger; the ledger stage from the ledger run):\n")
print("| stage | seconds | share |")
print("| --- | ---: | ---: |")
per_run = [stages(f"assess-{i}.err") for i in range(1, runs + 1)]
names = [n for n, _ in per_run[0]] if per_run and per_run[0] else []
for name in names:
    values = [dict(r).get(name) for r in per_run if dict(r).get(name) is not None]
    m = median(values)
    label = name.replace("  ", "&nbsp;&nbsp;", 1) if name.startswith("  ") else name
    print(f"| {label} | {m:.3f} | {100 * m / wall:.0f}% |")
for stage in ("登记台账", "  其中 台账（写入与提交）"):
    values = [dict(stages(f"assess-ledger-{i}.err")).get(stage) for i in range(1, runs + 1)]
    values = [v for v in values if v is not None]
    if values:
        label = stage.replace("  ", "&nbsp;&nbsp;", 1) if stage.startswith("  ") else stage
        print(f"| {label} (fresh ledger runs, median) | {median(values):.3f} | |")
print("\nWithout a ledger, 登记台账 is only moving the staged outputs into place (and removing the previous "
      "run's outputs, which the first run has none of). With one, the ledger's rows are written beside the "
      "workbook's compression (其中 台账: its own seconds) and 登记台账 is the swap and the commit.\n")

if same_line:
    print(f"Same-cells floor: `{same_line}` (the dump of assess's cells: extracted once in "
          + (f"{extract['wall']:.1f} s" if extract else "?") + ", not timed in the floor; the floor's own output "
          + f"dumped and compared with it: {read('same-check.txt').strip() or '?'}).\n")
    print("Against the target of issue 20:\n")
    print("| measure | value | target |")
    print("| --- | ---: | --- |")
    if ledgers:
        print(f"| assess with a fresh ledger / same-cells floor ({ledger_wall:.2f} s / {same_floor:.2f} s) "
              f"| **{ledger_wall / same_floor:.2f}×** | ≤ 1.2× |")
    if assess:
        print(f"| assess without a ledger / same-cells floor ({wall:.2f} s / {same_floor:.2f} s) "
              f"| {wall / same_floor:.2f}× | |")
    if floor:
        print(f"| same-cells floor / synthetic floor | {same_floor / floor_wall:.2f}× | |")
    print()
    # Each round ran assess and the floors within minutes of each other: its own ratios, drift left out.
    rounds = []
    for i in range(1, runs + 1):
        floor_i = floor_seconds(f"same-{i}.out")
        ledger_i = gnu_time(f"assess-ledger-{i}.time")
        assess_i = gnu_time(f"assess-{i}.time")
        if floor_i and ledger_i and assess_i:
            rounds.append((i, ledger_i["wall"], assess_i["wall"], floor_i))
    if rounds:
        print("Round by round (each round: assess without a ledger, with a fresh ledger, then the floors):\n")
        print("| round | with a ledger | without | same-cells floor | ledger included / floor | without / floor |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: |")
        for i, l, a, f in rounds:
            print(f"| {i} | {l:.2f} | {a:.2f} | {f:.2f} | {l / f:.2f}× | {a / f:.2f}× |")
        print(f"| median | | | | **{median([l / f for _, l, _, f in rounds]):.2f}×** "
              f"| {median([a / f for _, _, a, f in rounds]):.2f}× |")
        print()

print("Against the targets of issue 8:\n")
print("| measure | value | target |")
print("| --- | ---: | --- |")
if pandas and assess:
    print(f"| speed-up over pandas + XlsxWriter | {pandas['wall'] / wall:.1f}× | ≥ 10× |")
    print(f"| pandas peak RSS | {mib(pandas['rss']):,.0f} MiB | |")
    print(f"| pandas scores.csv vs assess | {read('pandas-scores.txt').strip() or '?'} | |")
if floor and reading and assess:
    print(f"| ratio to the floor (xlsx {floor_wall:.2f} s + read {read_wall:.2f} s) | {wall / floor_total:.2f}× | ≤ 1.5× |")
if assess:
    print(f"| peak RSS | {mib(rss):,.0f} MiB | ≤ 1024 MiB |")
pandas_stages = [l.split("\t") for l in read("pandas.err").splitlines() if "\t" in l]
if pandas_stages:
    print("\npandas stages: " + ", ".join(f"{n} {float(s):.1f} s" for n, s in pandas_stages))
