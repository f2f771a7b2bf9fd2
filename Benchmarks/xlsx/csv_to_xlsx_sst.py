#!/usr/bin/env python3
"""The benchmark's second writer: XlsxWriter (pip package), which stores text in a shared string table and
characters as UTF-8, as Excel itself does (openpyxl writes inline strings with every non-ASCII character as a
numeric reference, about 4x the bytes). Same typing rules as tools/csv_to_xlsx.py.

    python3 Benchmarks/xlsx/csv_to_xlsx_sst.py TABLE IN.csv OUT.xlsx
"""
import datetime
import pathlib
import sys

import xlsxwriter

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools"))
from csv_to_xlsx import TYPES, decode, records, typed  # noqa: E402


def main(table, source, target):
    types = TYPES[table]
    wb = xlsxwriter.Workbook(target, {"strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False})
    ws = wb.add_worksheet("Sheet1")
    formats = {}
    header = None
    for line, fields in records(decode(source)):
        if header is None:
            header = [f.strip(" ") for f in fields]
        for k, value in enumerate(fields):
            if value == "":
                continue
            kind = types.get(header[k]) if k < len(header) and line > 1 else None
            v, fmt = typed(value, kind)
            if fmt:
                style = formats.setdefault(fmt, wb.add_format({"num_format": fmt}))
                ws.write_datetime(line - 1, k, v if isinstance(v, datetime.datetime) else
                                  datetime.datetime(v.year, v.month, v.day), style)
            elif isinstance(v, int):
                ws.write_number(line - 1, k, v)
            else:
                ws.write_string(line - 1, k, v)
    wb.close()


if __name__ == "__main__":
    main(*sys.argv[1:4])
