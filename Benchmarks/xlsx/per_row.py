#!/usr/bin/env python3
"""CPU time per posts/inspections row, CSV against xlsx (issue 19), for one or more builds of assess.

    python3 Benchmarks/xlsx/per_row.py ROUNDS BINARY [BINARY ...]

Reads the sets bench_xlsx.sh makes in /tmp/assess-xlsx-bench: `csv` (the city quarter), `xlsx` (posts and
inspections as workbooks) and `none` (the same quarter with posts and inspections reduced to their header). Each
round runs `assess validate` on the three sets with every binary, pinned to one core (`taskset -c 1`, so the
tables read side by side do not share two cores differently from run to run), and takes user + sys CPU from
getrusage. Per row = (CPU(set) - CPU(none)) / rows. The machine's speed drifts by a third from minute to minute
(a shared host), so the rounds interleave everything and the report gives the minimum (the least disturbed run),
the median, and the median of each round's own ratio (its three runs are adjacent in time).
"""
import resource
import statistics
import subprocess
import sys

B = '/tmp/assess-xlsx-bench'
SETS = ['none', 'csv', 'xlsx']


def rows():
    total = 0
    for table in ('posts', 'inspections'):
        with open(f'{B}/csv/{table}.csv', 'rb') as f:
            total += sum(1 for _ in f) - 1
    return total


def cpu(binary, data):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(['taskset', '-c', '1', binary, 'validate', '--data', data], stdout=subprocess.DEVNULL, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def main():
    rounds, binaries = int(sys.argv[1]), sys.argv[2:]
    n = rows()
    times = {(b, s): [] for b in binaries for s in SETS}
    for _ in range(rounds):
        for b in binaries:
            for s in SETS:
                times[(b, s)].append(cpu(b, f'{B}/{s}'))
    print(f'{n} posts and inspections rows, {rounds} rounds')
    for b in binaries:
        for name, pick in (('min', min), ('median', statistics.median)):
            none, csv, xlsx = (pick(times[(b, s)]) for s in SETS)
            per_csv, per_xlsx = (csv - none) / n * 1e6, (xlsx - none) / n * 1e6
            print(f'{b} {name}: none {none:.3f} s, csv {csv:.3f} s, xlsx {xlsx:.3f} s; '
                  f'per row csv {per_csv:.3f} us, xlsx {per_xlsx:.3f} us, ratio {per_xlsx / per_csv:.2f}')
        # The three runs of a round are adjacent in time, so their ratio cancels most of the drift.
        paired = [(x - z) / (c - z) for z, c, x in zip(*(times[(b, s)] for s in SETS)) if c > z]
        print(f'{b} ratio within each round: median {statistics.median(paired):.2f}, '
              f'quartiles {statistics.quantiles(paired, n=4)[0]:.2f}–{statistics.quantiles(paired, n=4)[2]:.2f}')


if __name__ == '__main__':
    main()
