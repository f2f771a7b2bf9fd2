#!/usr/bin/env python3
"""Whether two cell dumps (extract_cells.py) hold the same cells: the same sheets in order, each cell at the same
row and column with the same number or text (shared-string indexes resolved: libxlsxwriter numbers its shared
strings in the order it meets them, which differs when sheets are filled in another order).

    python3 Benchmarks/floor/compare_dumps.py A.dump B.dump     # prints "same N" (exit 0) or "different"

Used to check the floor: the dump of same_cells_floor's output equals the dump of assess's workbook.
"""
import struct
import sys


def load(path):
    data = open(path, "rb").read()
    if not data.startswith(b"SAMECELLS1\n"):
        sys.exit(f"{path}: not a cells dump")
    at = 11
    _, count = struct.unpack_from("<BI", data, at)
    at += 5

    def blob():
        nonlocal at
        (length,) = struct.unpack_from("<I", data, at)
        text = data[at + 4:at + 4 + length]
        at += 4 + length + 1
        return text

    shared = [blob() for _ in range(count)]
    (sheets,) = struct.unpack_from("<I", data, at)
    at += 4
    result = []
    for _ in range(sheets):
        at += 1  # 'S'
        name = blob()
        cells = []
        while True:
            kind = data[at:at + 1]
            at += 1
            if kind == b"E":
                break
            row, column = struct.unpack_from("<IH", data, at)
            at += 6
            if kind == b"n":
                value = struct.unpack_from("<d", data, at)[0]
                at += 8
            elif kind == b"s":
                value = blob()
            elif kind == b"i":
                (index,) = struct.unpack_from("<I", data, at)
                at += 4
                kind, value = b"s", shared[index]
            else:
                value = data[at]
                at += 1
            cells.append((row, column, kind, value))
        result.append((name, cells))
    return result


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    a, b = load(sys.argv[1]), load(sys.argv[2])
    if a != b:
        print("different")
        sys.exit(1)
    print(f"same {sum(len(cells) for _, cells in a)}")


if __name__ == "__main__":
    main()
