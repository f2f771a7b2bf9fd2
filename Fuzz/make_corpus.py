#!/usr/bin/env python3
"""Writes the seed corpora Fuzz/corpus/<target>/ from SampleData (deterministic; run from the package root).

A table seed is: byte 0 = table index (inputs.md reading order: units media editors systems complaints
findings inspections posts), byte 1 = chunk size for the split check, then the first lines of the file.
"""
import json, os, pathlib

TABLES = ["units", "media", "editors", "systems", "complaints", "findings", "inspections", "posts"]
ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "SampleData"
OUT = ROOT / "Fuzz" / "corpus"
MAX_LINES = 25


def seed(target, name, table, body, chunk=7):
    folder = OUT / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(bytes([TABLES.index(table), chunk]) + body)


def head(path, lines=MAX_LINES):
    return b"".join(path.read_bytes().splitlines(keepends=True)[:lines])


for quarter in ["2026Q2", "2026Q3", "broken/rejects", "broken/fatal-undecodable", "broken/fatal-missing-column"]:
    for path in sorted((SAMPLE / quarter).iterdir()):
        table, ext = path.stem, path.suffix[1:]
        if table not in TABLES:
            continue
        tag = quarter.replace("/", "-")
        if ext == "csv":
            seed("csv", f"{tag}-{table}", table, head(path))
            # The same rows as JSON Lines and as a JSON array, decoded as the reader would (UTF-8 or GB18030).
            raw = head(path)
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = raw.decode("gb18030", errors="replace")
            import csv, io
            rows = list(csv.DictReader(io.StringIO(text)))
            lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()
            seed("jsonl", f"{tag}-{table}", table, lines)
            seed("json", f"{tag}-{table}", table, json.dumps(rows, ensure_ascii=False, indent=1).encode())
        elif ext == "jsonl":
            seed("jsonl", f"{tag}-{table}-native", table, head(path))
        elif ext == "json":
            seed("json", f"{tag}-{table}-native", table, path.read_bytes()[:6000])

values = ["2026-07-01", "2026/7/1", "2026/07/01", "2026-07-01 09:00", "2026-07-01T09:00:00",
          "2026-07-01 09:00:00.999", "2026-06-14T16:00:00Z", "2026-07-01 09:00:00+08:00",
          "2026-07-01 09:00:00+0800", "2026/7/1 9:00", "0001-01-01 00:00:00+08:00", "9999-12-31T23:59:59-12:00",
          "2024-02-29", "是", "否", "Y", "n", "true", "-9223372036854775808", "+42"]
folder = OUT / "values"
folder.mkdir(parents=True, exist_ok=True)
for i, v in enumerate(values):
    (folder / f"seed-{i:02d}").write_bytes(v.encode())
