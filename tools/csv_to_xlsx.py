#!/usr/bin/env python3
"""Converts one input table from CSV to an Excel workbook the way the registry and inspection systems export it.

    python3 tools/csv_to_xlsx.py TABLE IN.csv OUT.xlsx [--fast] [--date1904]

TABLE (units, media, …, or "text") picks the column types. Every CSV record goes to the worksheet row of the
physical line it starts on, so rejects name the same line in both forms. A value becomes:
  - a date cell (number format yyyy-mm-dd) in a date column when it is YYYY-MM-DD or YYYY/M/D;
  - a date-time cell (yyyy-mm-dd hh:mm:ss) in a date-time column when it is YYYY-MM-DD HH:MM[:SS]
    (no fraction, no offset: those stay text, as the exact instant must survive);
  - a number cell in an int column when it is a plain integer of at most 15 digits;
  - otherwise a text cell (ids, names, and every value the reader must reject, kept as it is);
empty values are no cell. With --date1904 the workbook uses the 1904 date system.

Independent of assess: openpyxl (pip package) writes the workbook; with --fast, openpyxl's write-only mode
(sequential rows, constant memory) for benchmark-sized tables. The output is deterministic (fixed zip and
document timestamps): running again gives the same bytes.
"""
import csv
import datetime
import io
import re
import sys
import zipfile

import openpyxl
from openpyxl.cell import WriteOnlyCell

# Column types by table (canonical name and Chinese alias both), as in spec/inputs.md.
DATE, DATETIME, INT = "date", "datetime", "int"
TYPES = {
    "units": {},
    "media": {"opened_on": DATE, "开设日期": DATE, "closed_on": DATE, "关停日期": DATE},
    "editors": {},
    "systems": {"established_on": DATE, "建立日期": DATE},
    "findings": {"detected_at": DATETIME, "发现时间": DATETIME, "notified_at": DATETIME, "通知时间": DATETIME,
                 "fixed_at": DATETIME, "整改时间": DATETIME},
    "inspections": {"date": DATE, "日期": DATE, "items_checked": INT, "检查条数": INT},
    "posts": {"published_at": DATETIME, "发布时间": DATETIME},
    "complaints": {"received_at": DATETIME, "受理时间": DATETIME},
    "reviews": {"decided_on": DATE, "复核日期": DATE},
    "text": {},
}

DATE_RE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$|^([0-9]{4})/([0-9]{1,2})/([0-9]{1,2})$")
DATETIME_RE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2}) ([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?$")
INT_RE = re.compile(r"^-?(0|[1-9][0-9]{0,14})$")  # ASCII digits only: full-width ones stay text
FIXED_TIME = datetime.datetime(2026, 1, 1, 0, 0, 0)


def decode(path):
    data = open(path, "rb").read()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def records(text):
    """(line where the record starts, fields); blank lines (empty or only spaces) skipped."""
    reader = csv.reader(io.StringIO(text, newline=""))
    line = 1
    for fields in reader:
        start = line
        line = reader.line_num + 1
        if not fields or (len(fields) == 1 and fields[0].strip(" ") == ""):
            continue
        yield start, fields


def typed(value, kind):
    """(value for openpyxl, number format or None)."""
    if kind == DATE:
        m = DATE_RE.match(value)
        if m:
            y, mo, d = (int(g) for g in (m.groups()[:3] if m.group(1) else m.groups()[3:]))
            try:
                if y > 1900:
                    return datetime.date(y, mo, d), "yyyy-mm-dd"
            except ValueError:
                pass
    elif kind == DATETIME:
        m = DATETIME_RE.match(value)
        if m:
            y, mo, d, h, mi = (int(g) for g in m.groups()[:5])
            s = int(m.group(6) or 0)
            try:
                if y > 1900:
                    return datetime.datetime(y, mo, d, h, mi, s), "yyyy-mm-dd hh:mm:ss"
            except ValueError:
                pass
    elif kind == INT and INT_RE.match(value):
        return int(value), None
    return value, None


def convert(table, source, target, fast=False, date1904=False):
    types = TYPES[table]
    wb = openpyxl.Workbook(write_only=fast)
    if date1904:
        wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    ws = wb.create_sheet("Sheet1") if fast else wb.active
    if not fast:
        ws.title = "Sheet1"
    header = None
    next_row = 1
    for line, fields in records(decode(source)):
        if header is None:
            header = [f.strip(" ") for f in fields]
            kinds = [None] * len(fields)
        else:
            kinds = [types.get(header[k]) if k < len(header) else None for k in range(len(fields))]
        if fast:
            while next_row < line:  # blank CSV lines stay blank rows
                ws.append([])
                next_row += 1
            row = []
            for value, kind in zip(fields, kinds):
                if value == "":
                    row.append(None)
                    continue
                v, fmt = typed(value, kind)
                cell = WriteOnlyCell(ws, value=v)
                if fmt:
                    cell.number_format = fmt
                row.append(cell)
            ws.append(row)
            next_row += 1
        else:
            for k, (value, kind) in enumerate(zip(fields, kinds)):
                if value == "":
                    continue
                v, fmt = typed(value, kind)
                cell = ws.cell(row=line, column=k + 1, value=v)
                if fmt:
                    cell.number_format = fmt
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buffer = io.BytesIO()
    wb.save(buffer)
    fix_timestamps(buffer.getvalue(), target)


def fix_timestamps(data, target):
    """Rewrites the zip with fixed entry times (openpyxl stamps the current time)."""
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" with the time of saving
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2026-01-01T00:00:00Z", content)
            out.writestr(fixed, content)


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 3 or args[0] not in TYPES:
        sys.exit(__doc__)
    convert(args[0], args[1], args[2], fast="--fast" in argv, date1904="--date1904" in argv)


if __name__ == "__main__":
    main(sys.argv[1:])
