#!/usr/bin/env python3
"""Dumps every cell of every worksheet of an xlsx (assess's assessment.xlsx) into the binary file that
`same_cells_floor` writes back with libxlsxwriter (issue 20).

    python3 Benchmarks/floor/extract_cells.py WORKBOOK.xlsx DUMP [CELLS_SCAN]

The sheets' names and order come from xl/workbook.xml and its relationships, the shared strings (present when
the workbook was not written in constant-memory mode) from xl/sharedStrings.xml, both through the standard
library; each worksheet's XML is streamed out of the zip into the C scanner `cells_scan` (default: next to this
script, built by bench.sh), which appends its cells to DUMP. The layout of DUMP is described in
same_cells_floor.c. Prints the counts on stdout.
"""
import os
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def sheets(archive):
    """(name, part path) of every worksheet, in the workbook's order."""
    targets = {}
    for rel in ET.fromstring(archive.read("xl/_rels/workbook.xml.rels")).iter(PKG_REL + "Relationship"):
        target = rel.get("Target")
        targets[rel.get("Id")] = target.lstrip("/") if target.startswith("/") else "xl/" + target
    workbook = ET.fromstring(archive.read("xl/workbook.xml"))
    return [(s.get("name"), targets[s.get(REL + "id")]) for s in workbook.iter(MAIN + "sheet")]


def shared_strings(archive):
    """The shared string table, each item's text runs joined (phonetic runs left out); None when absent."""
    if "xl/sharedStrings.xml" not in archive.namelist():
        return None
    strings = []
    with archive.open("xl/sharedStrings.xml") as stream:
        for _, element in ET.iterparse(stream):
            if element.tag == MAIN + "si":
                runs = [element] + [r for r in element if r.tag == MAIN + "r"]
                strings.append("".join(t.text or "" for run in runs for t in run if t.tag == MAIN + "t"))
                element.clear()
    return strings


def blob(text):
    data = text.encode("utf-8")
    return struct.pack("<I", len(data)) + data + b"\0"


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    source, dump = sys.argv[1], sys.argv[2]
    scanner = sys.argv[3] if len(sys.argv) == 4 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "cells_scan")
    with zipfile.ZipFile(source) as archive:
        parts = sheets(archive)
        strings = shared_strings(archive)
        with open(dump, "wb") as out:
            # Header: magic, whether assess wrote in constant-memory mode (no shared strings), the shared strings,
            # the number of sheets.
            out.write(b"SAMECELLS1\n")
            out.write(struct.pack("<BI", 1 if strings is None else 0, len(strings or [])))
            for s in strings or []:
                out.write(blob(s))
            out.write(struct.pack("<I", len(parts)))
            out.flush()
            for name, part in parts:
                out.write(b"S" + blob(name))
                out.flush()
                scan = subprocess.Popen([scanner], stdin=subprocess.PIPE, stdout=out, stderr=subprocess.PIPE)
                with archive.open(part) as stream:
                    while True:
                        chunk = stream.read(1 << 20)
                        if not chunk:
                            break
                        scan.stdin.write(chunk)
                scan.stdin.close()
                counts = scan.stderr.read().decode().strip()
                if scan.wait() != 0:
                    sys.exit(f"cells_scan failed on {part}: {counts}")
                print(f"{name}\t{counts}")
    print(f"shared strings {len(strings or [])}, constant memory {'yes' if strings is None else 'no'}")


if __name__ == "__main__":
    main()
