#!/usr/bin/env python3
"""Independent reference implementation of the rulebook (spec/rules.md, defaults only).

Reads one data directory as spec/inputs.md describes (CSV / JSON / JSON Lines, UTF-8 or GB18030,
canonical or Chinese column names, the four reject rules) and writes scores.csv byte for byte as
spec/outputs.md describes. Standard library only; written from the spec text, not from the Swift code.

    python3 tools/reference_scores.py DATA_DIR --quarter 2026Q3 [--previous PREV/scores.csv]
        [--first-letter N] [--as-of "YYYY-MM-DD HH:MM:SS"] [--issue-date YYYY-MM-DD]
        [--output scores.csv] [--rejects rejects.csv]

Exit status 2 on a fatal input error (message on stderr), 0 otherwise.
"""
import argparse
import csv
import io
import json
import os
import re
import sys
from datetime import date, datetime, timedelta

# ================================================================================================
# Calendar (spec/calendar.md)
# ================================================================================================
HOLIDAY_RANGES = [
    ("2023-12-30", "2024-01-01"), ("2024-02-10", "2024-02-17"), ("2024-04-04", "2024-04-06"),
    ("2024-05-01", "2024-05-05"), ("2024-06-08", "2024-06-10"), ("2024-09-15", "2024-09-17"),
    ("2024-10-01", "2024-10-07"),
    ("2025-01-01", "2025-01-01"), ("2025-01-28", "2025-02-04"), ("2025-04-04", "2025-04-06"),
    ("2025-05-01", "2025-05-05"), ("2025-05-31", "2025-06-02"), ("2025-10-01", "2025-10-08"),
    ("2026-01-01", "2026-01-03"), ("2026-02-15", "2026-02-23"), ("2026-04-04", "2026-04-06"),
    ("2026-05-01", "2026-05-05"), ("2026-06-19", "2026-06-21"), ("2026-09-25", "2026-09-27"),
    ("2026-10-01", "2026-10-07"),
]
MAKEUP_DAYS = [
    "2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12",
    "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
    "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
]
HOLIDAYS = set()
for _a, _b in HOLIDAY_RANGES:
    _d = date.fromisoformat(_a)
    while _d <= date.fromisoformat(_b):
        HOLIDAYS.add(_d)
        _d += timedelta(days=1)
MAKEUPS = {date.fromisoformat(s) for s in MAKEUP_DAYS}


def is_working_day(d):
    if d in MAKEUPS:
        return True
    return d.weekday() < 5 and d not in HOLIDAYS


# ================================================================================================
# Defaults (spec/rules.md)
# ================================================================================================
CITY = "昆明市"
LETTER_PREFIX = "昆网信函"
WORK_INTERVALS = [((9, 0), (12, 0)), ((13, 0), (18, 0))]
LIMITS = {("work", "一般"): 60, ("work", "严重"): 30, ("off", "一般"): 240, ("off", "严重"): 120}
INACTIVITY_DAYS = 14
REQUIRED_SYSTEMS = [("三审", "three_review"), ("应急响应", "emergency_response"), ("安全管理", "security"),
                    ("保密审查", "confidentiality"), ("应急预案", "contingency_plan")]
MAJOR_CATEGORIES = {"表述错误", "泄密", "隐私泄露", "数据造假"}
TRIGGER_CODES = ["error_rate", "inactivity", "late_fixes", "missing_systems", "ineffective", "dissatisfaction"]
IDEOLOGY_BASE = {"none": 0, "letter": 1, "notice": 3}

# ================================================================================================
# Input schema (spec/inputs.md)
# ================================================================================================
ENUMS = {
    "unit_category": [("党委", "party"), ("人大", "congress"), ("政府", "government"), ("政协", "cppcc"),
                      ("法院", "court"), ("检察院", "procuratorate"), ("民主党派", "democratic_party"),
                      ("社会组织", "social_org"), ("事业单位", "institution"), ("国有企业", "soe"),
                      ("学校", "school"), ("医院", "hospital"), ("媒体", "media")],
    "media_kind": [("网站", "website"), ("微博", "weibo"), ("微信", "wechat"), ("抖音", "douyin"),
                   ("头条", "toutiao"), ("快手", "kuaishou"), ("视频号", "channels"), ("客户端", "app"),
                   ("其他", "other")],
    "media_status": [("运行", "active"), ("关停", "suspended"), ("注销", "closed")],
    "role": [("主要负责人", "head"), ("分管负责人", "deputy"), ("主要编辑", "chief_editor"), ("编辑", "editor")],
    "system": [(c, e) for c, e in REQUIRED_SYSTEMS],
    "finding_category": [("错别字", "typo"), ("表述错误", "wrong_expression"), ("错链", "broken_link"),
                         ("泄密", "secret_leak"), ("隐私泄露", "privacy_leak"), ("违规广告", "advertising"),
                         ("数据造假", "fake_data"), ("不更新", "not_updated"), ("无法访问", "inaccessible"),
                         ("其他", "other")],
    "severity": [("一般", "general"), ("严重", "serious")],
    "verdict": [("有效", "valid"), ("误报", "false_positive")],
    "review_outcome": [("撤销", "void"), ("维持", "upheld")],
}

# (canonical, alias, type, required)
SCHEMA = {
    "units": [("unit_id", "单位编码", "id", True), ("name", "单位名称", "text", True),
              ("category", "单位类别", "enum:unit_category", True), ("admin_function", "具有行政职能", "bool", False),
              ("region", "所属地区", "text", True)],
    "media": [("media_id", "媒体编码", "id", True), ("unit_id", "单位编码", "id", True),
              ("kind", "类型", "enum:media_kind", True), ("name", "名称", "text", True),
              ("address", "地址", "text", False), ("status", "状态", "enum:media_status", True),
              ("opened_on", "开设日期", "date", False), ("closed_on", "关停日期", "date", False)],
    "editors": [("unit_id", "单位编码", "id", True), ("media_id", "媒体编码", "id", False),
                ("name", "姓名", "text", True), ("role", "角色", "enum:role", True),
                ("on_staff", "在编在岗", "bool", True), ("phone", "联系电话", "text", False)],
    "systems": [("unit_id", "单位编码", "id", True), ("system", "制度", "enum:system", True),
                ("established_on", "建立日期", "date", True), ("document", "文件", "text", False)],
    "complaints": [("complaint_id", "投诉编号", "id", True), ("unit_id", "单位编码", "id", False),
                   ("media_id", "媒体编码", "id", False), ("received_at", "受理时间", "datetime", True),
                   ("substantiated", "是否属实", "bool", True), ("channel", "渠道", "text", False)],
    "findings": [("finding_id", "问题编号", "id", True), ("media_id", "媒体编码", "id", True),
                 ("detected_at", "发现时间", "datetime", True),
                 ("category", "问题类型", "enum:finding_category", True),
                 ("severity", "严重程度", "enum:severity", True), ("notified_at", "通知时间", "datetime", True),
                 ("fixed_at", "整改时间", "datetime", False), ("verdict", "核定结果", "enum:verdict", False),
                 ("source", "发现方式", "text", False), ("url", "链接", "text", False),
                 ("description", "问题描述", "text", False)],
    "inspections": [("media_id", "媒体编码", "id", True), ("date", "日期", "date", True),
                    ("items_checked", "检查条数", "int", True)],
    "posts": [("media_id", "媒体编码", "id", True), ("published_at", "发布时间", "datetime", True),
              ("title", "标题", "text", False)],
    # spec/reviews.md: the optional reviews table, read after the findings it refers to.
    "reviews": [("review_id", "复核编号", "id", True), ("finding_id", "问题编号", "id", True),
                ("outcome", "复核结论", "enum:review_outcome", True), ("decided_on", "复核日期", "date", True),
                ("reviewer", "复核人", "text", False), ("reason", "复核理由", "text", True)],
}
REQUIRED_TABLES = {"units", "media", "findings", "inspections", "posts"}
TABLE_ORDER = ["units", "media", "editors", "systems", "complaints", "findings", "inspections", "posts", "reviews"]


class Fatal(Exception):
    pass


# ================================================================================================
# Value parsing
# ================================================================================================
DATE_DASH = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")
DATE_SLASH = re.compile(r"^([0-9]{4})/([0-9]{1,2})/([0-9]{1,2})$")
TIME_RE = re.compile(r"^([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$")


def parse_date(s):
    m = DATE_DASH.match(s) or DATE_SLASH.match(s)
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if y < 1:
        return None
    try:
        return date(y, mo, d)
    except ValueError:
        return None


def parse_datetime(s):
    """Returns a naive datetime in China time (UTC+8), or None."""
    k = -1
    for i, ch in enumerate(s):
        if ch in " T":
            k = i
            break
    if k < 0:
        return None
    d = parse_date(s[:k])
    if d is None:
        return None
    m = TIME_RE.match(s[k + 1:])
    if not m:
        return None
    hh, mm = int(m.group(1)), int(m.group(2))
    ss = int(m.group(3)) if m.group(3) is not None else 0
    if hh > 23 or mm > 59 or ss > 59:
        return None
    # fractional seconds are only allowed after seconds: the regex nests them inside the seconds group
    t = datetime(d.year, d.month, d.day, hh, mm, ss)
    off = m.group(4)
    if off and off != "Z":
        sign = 1 if off[0] == "+" else -1
        digits = off[1:].replace(":", "")
        if len(digits) != 4:
            return None
        oh, om = int(digits[:2]), int(digits[2:])
        if oh > 23 or om > 59:
            return None
        t = t - sign * timedelta(hours=oh, minutes=om) + timedelta(hours=8)
    elif off == "Z":
        t = t + timedelta(hours=8)
    return t


INT_RE = re.compile(r"^[+-]?[0-9]+$")
BOOLS = {"是": True, "否": False, "true": True, "false": False, "yes": True, "no": False,
         "y": True, "n": False, "1": True, "0": False}


def parse_value(typ, s):
    """(ok, value)."""
    if typ in ("id", "text"):
        return True, s
    if typ == "date":
        v = parse_date(s)
        return v is not None, v
    if typ == "datetime":
        v = parse_datetime(s)
        return v is not None, v
    if typ == "int":
        return (True, int(s)) if INT_RE.match(s) else (False, None)
    if typ == "bool":
        v = BOOLS.get(s.lower() if s.isascii() else s)
        return v is not None, v
    if typ.startswith("enum:"):
        for zh, en in ENUMS[typ[5:]]:
            if s == zh or (s.isascii() and s.lower() == en):
                return True, zh
        return False, None
    raise AssertionError(typ)



# ================================================================================================
# Reading files
# ================================================================================================


def decode(path):
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
        enc = "UTF-8"
    except UnicodeDecodeError:
        try:
            text = raw.decode("gb18030")
            enc = "GB18030"
        except UnicodeDecodeError:
            raise Fatal("%s: 无法识别的编码（既不是 UTF-8 也不是 GB18030），请另存为 UTF-8 后重试" % path)
    if text.startswith("\ufeff"):
        text = text[1:]
    return text, enc


def csv_records(text):
    """RFC 4180 records (line, fields, raw text) with the physical line on which each starts.
    Blank lines are skipped."""
    i, n, line = 0, len(text), 1
    while i < n:
        start_line = line
        rec_start = i
        fields, field, quoted_any = [], [], False
        if text[i] == "\n" or text.startswith("\r\n", i):
            i += 2 if text[i] == "\r" else 1
            line += 1
            continue
        while True:
            if i < n and text[i] == '"' and not field:
                # quoted field
                i += 1
                while True:
                    if i >= n:
                        break
                    ch = text[i]
                    if ch == '"':
                        if i + 1 < n and text[i + 1] == '"':
                            field.append('"')
                            i += 2
                            continue
                        i += 1
                        break
                    if ch == "\n":
                        line += 1
                    field.append(ch)
                    i += 1
                # text after the closing quote up to the separator is kept as is (lenient)
                while i < n and text[i] not in ",\r\n":
                    field.append(text[i])
                    i += 1
            else:
                while i < n and text[i] not in ",\r\n":
                    field.append(text[i])
                    i += 1
            fields.append("".join(field))
            field = []
            if i < n and text[i] == ",":
                i += 1
                continue
            # end of record
            rec_end = i
            if i < n and text[i] == "\r":
                i += 1
            if i < n and text[i] == "\n":
                i += 1
            line += 1
            break
        yield start_line, fields, text[rec_start:rec_end]


def trim(s):
    return s.strip(" ")


def find_table_file(data_dir, table):
    found = [(f, table + "." + f) for f in ("csv", "json", "jsonl", "xlsx") if os.path.isfile(os.path.join(data_dir, table + "." + f))]
    if len(found) > 1:
        raise Fatal("%s: 同一张表有多个文件（%s），请只保留一个" % (table, "、".join(n for _, n in found)))
    if not found:
        if table in REQUIRED_TABLES:
            raise Fatal("%s: 缺少必需的输入表（%s.csv / .json / .jsonl）" % (table, table))
        return None, None
    return found[0][0], os.path.join(data_dir, found[0][1])


def json_value(v):
    """(ok, text or None)."""
    if v is None:
        return True, None
    if isinstance(v, bool):
        return True, "true" if v else "false"
    if isinstance(v, str):
        return True, v
    if isinstance(v, (int, float)):
        return True, str(v)
    if isinstance(v, _RawNumber):
        return True, v.text
    return False, None


class _RawNumber:
    def __init__(self, text):
        self.text = text


def xlsx_records(path):
    """(worksheet row, fields as Excel shows them, raw) of the first sheet; empty rows skipped (openpyxl)."""
    import openpyxl
    wb = openpyxl.load_workbook(path, data_only=True)
    ws = wb.worksheets[0]
    for number, row in enumerate(ws.iter_rows(min_row=1, max_row=ws.max_row), start=1):
        fields = [xlsx_text(c) for c in row]
        while fields and fields[-1] == "":
            fields.pop()
        if not fields:
            continue
        yield number, fields, ",".join(fields)


def xlsx_text(cell):
    v = cell.value
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, datetime):
        timed = any(ch in (cell.number_format or "").lower() for ch in "hs")
        return v.strftime("%Y-%m-%d %H:%M:%S" if timed else "%Y-%m-%d")
    if isinstance(v, date):
        return v.strftime("%Y-%m-%d")
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() and abs(v) < 1e16 else repr(v)
    return str(v)


def read_rows(table, fmt, path):
    """Yields (line, raw, values or error) where values maps canonical -> raw text or None."""
    cols = SCHEMA[table]
    if fmt in ("csv", "xlsx"):
        records = csv_records(decode(path)[0]) if fmt == "csv" else xlsx_records(path)
        header = None
        for line, fields, _raw in records:
            header = [trim(h) for h in fields]
            break
        if header is None:
            header = []
        index = {}
        for canon, alias, _t, _r in cols:
            for k, h in enumerate(header):
                if h == canon or h == alias:
                    index[canon] = k
                    break
        for canon, alias, _t, req in cols:
            if req and canon not in index and not (table == "complaints" and canon in ("unit_id", "media_id")):
                raise Fatal("%s: 缺少必需的列 %s（%s）" % (path, canon, alias))
        if table == "complaints" and "unit_id" not in index and "media_id" not in index:
            raise Fatal("%s: 缺少必需的列 unit_id（单位编码）或 media_id（媒体编码）" % path)
        for line, fields, raw in records:
            if fmt == "xlsx" and len(fields) < len(header):
                fields = fields + [""] * (len(header) - len(fields))  # a sheet has no "missing fields"
            if len(fields) != len(header):
                yield line, raw, ("", "字段数与表头不符（表头 %d 列，本行 %d 列）" % (len(header), len(fields)))
                continue
            values = {}
            for canon, _a, _t, _r in cols:
                v = trim(fields[index[canon]]) if canon in index else ""
                values[canon] = v if v != "" else None
            yield line, raw, values
    else:
        text, _enc = decode(path)
        if fmt == "json":
            try:
                arr = json.loads(text, parse_float=_RawNumber, parse_int=_RawNumber)
            except ValueError:
                raise Fatal("%s: 不是合法的 JSON，应为一个对象数组" % path)
            if not isinstance(arr, list) or not all(isinstance(o, dict) for o in arr):
                raise Fatal("%s: 内容应为一个 JSON 对象数组" % path)
            items = [(k + 1, json.dumps(o, ensure_ascii=False, default=lambda r: r.text), o) for k, o in enumerate(arr)]
        else:
            items = []
            k = 0
            for ln in text.split("\n"):
                if ln.endswith("\r"):
                    ln = ln[:-1]
                if ln.strip(" \t") == "":
                    continue
                k += 1
                try:
                    o = json.loads(ln, parse_float=_RawNumber, parse_int=_RawNumber)
                except ValueError:
                    o = None
                items.append((k, ln, o))
        for line, raw, o in items:
            if not isinstance(o, dict):
                yield line, raw, ("", "该行不是 JSON 对象")
                continue
            values = {}
            bad = None
            for canon, alias, _t, _r in cols:
                v = None
                ok = True
                # the first key wins when both the canonical name and the alias appear
                for k in o:
                    if trim(k) in (canon, alias):
                        ok, v = json_value(o[k])
                        break
                if not ok and bad is None:
                    bad = canon
                if v is not None:
                    v = trim(v)
                    if v == "":
                        v = None
                values[canon] = v
            if bad is not None:
                yield line, raw, (bad, "值不能是嵌套的 JSON 数组或对象")
                continue
            yield line, raw, values


# ================================================================================================
# Validation
# ================================================================================================


def load(data_dir):
    accepted = {t: [] for t in TABLE_ORDER}
    rejects = []  # (file, line, column, reason, raw)
    files = {}
    for t in TABLE_ORDER:
        files[t] = find_table_file(data_dir, t)
    for t in TABLE_ORDER:
        fmt, path = files[t]
        if path is None:
            continue
        fname = os.path.basename(path)
        ids = set()
        unit_ids = {u["unit_id"] for u in accepted["units"]}
        media_unit = {m["media_id"]: m["unit_id"] for m in accepted["media"]}
        for line, raw, values in read_rows(t, fmt, path):
            if isinstance(values, tuple):
                rejects.append((fname, line, values[0], values[1], raw))
                continue
            reason = check_row(t, values, ids, unit_ids, media_unit)
            if not reason and t == "reviews":
                reason = check_review(values, accepted["findings"], accepted["reviews"], os.path.basename(files["findings"][1]))
            if reason:
                rejects.append((fname, line, reason[0], reason[1], raw))
                continue
            accepted[t].append(values)
    return accepted, rejects


def check_review(v, findings, reviews, findings_file):
    """Rules 3 and the one-review-per-finding duplicate rule of spec/reviews.md (rules 1-2 ran already)."""
    if v["finding_id"] not in {f["finding_id"] for f in findings}:
        return ("finding_id", "问题编号在 %s 中没有被接受的记录" % findings_file)
    for r in reviews:
        if r["finding_id"] == v["finding_id"]:
            return ("finding_id", "该问题已有复核 %s（每个问题只接受第一条复核）" % r["review_id"])
    return None


def apply_reviews(data):
    """A finding with a void (撤销) review counts exactly as one with verdict 误报; 维持 changes nothing."""
    voided = {r["finding_id"] for r in data["reviews"] if r["outcome"] == "撤销"}
    for f in data["findings"]:
        if f["finding_id"] in voided:
            f["verdict"] = "误报"


def check_row(t, v, ids, unit_ids, media_unit):
    cols = SCHEMA[t]
    # 1. absent required value / unparsable value (in column order)
    for canon, _alias, typ, req in cols:
        s = v[canon]
        if t == "complaints" and canon == "unit_id" and s is None and v["media_id"] is None:
            return ("unit_id", "单位编码和媒体编码不能都为空（至少填写一个）")
        if s is None:
            if req:
                return (canon, "缺少必填值")
            continue
        ok, val = parse_value(typ, s)
        if not ok:
            return (canon, "无法识别的值「%s」" % s)
        v[canon] = val
    # 2. duplicate id
    key = {"units": "unit_id", "media": "media_id", "findings": "finding_id", "complaints": "complaint_id",
           "reviews": "review_id"}.get(t)
    if key:
        if v[key] in ids:
            return (key, "编码重复（以第一次出现的为准）")
    # 3. references
    if t in ("media", "editors", "systems") or (t == "complaints" and v["unit_id"] is not None):
        if v["unit_id"] not in unit_ids:
            return ("unit_id", "单位编码不存在或该单位行已被拒绝")
    if t in ("editors", "complaints", "findings", "inspections", "posts") and v.get("media_id") is not None:
        if v["media_id"] not in media_unit:
            return ("media_id", "媒体编码不存在或该媒体行已被拒绝")
    # 4. table rules
    if t == "media":
        if v["status"] != "运行" and v["closed_on"] is None:
            return ("closed_on", "状态为关停或注销时必须填写关停日期")
        if v["closed_on"] is not None and v["opened_on"] is not None and v["closed_on"] < v["opened_on"]:
            return ("closed_on", "关停日期早于开设日期")
    if t in ("editors", "complaints") and v["media_id"] is not None and v["unit_id"] is not None:
        if media_unit[v["media_id"]] != v["unit_id"]:
            return ("media_id", "该媒体不属于所填单位")
    if t == "findings":
        if v["notified_at"] < v["detected_at"]:
            return ("notified_at", "通知时间早于发现时间")
        if v["fixed_at"] is not None and v["fixed_at"] < v["detected_at"]:
            return ("fixed_at", "整改时间早于发现时间")
    if t == "inspections" and v["items_checked"] < 0:
        return ("items_checked", "检查条数不能为负数")
    if key:
        ids.add(v[key])
    return None


# ================================================================================================
# Rules
# ================================================================================================


def quarter_bounds(q):
    m = re.match(r"^([0-9]{4})Q([1-4])$", q)
    if not m:
        raise SystemExit("bad quarter %r" % q)
    y, n = int(m.group(1)), int(m.group(2))
    start = date(y, 3 * (n - 1) + 1, 1)
    end = date(y + 1, 1, 1) if n == 4 else date(y, 3 * n + 1, 1)
    return start, end


def previous_quarter(q):
    y, n = int(q[:4]), int(q[5])
    return "%dQ4" % (y - 1) if n == 1 else "%dQ%d" % (y, n - 1)


def in_working_time(t):
    if not is_working_day(t.date()):
        return False
    hm = (t.hour, t.minute, t.second)
    return any((a[0], a[1], 0) <= hm < (b[0], b[1], 0) for a, b in WORK_INTERVALS)


def outcome(f, as_of):
    when = "work" if in_working_time(f["notified_at"]) else "off"
    deadline = f["notified_at"] + timedelta(minutes=LIMITS[(when, f["severity"])])
    if f["fixed_at"] is not None:
        return ("on_time" if f["fixed_at"] <= deadline else "late"), deadline
    return ("overdue" if as_of > deadline else "pending"), deadline


def fmt2(x):
    s = "%.2f" % x
    return "0.00" if s == "-0.00" else s


def hundredths(printed):
    return int(printed.replace(".", ""))


def supervisor(u):
    r = CITY if u["region"] == "市级" else u["region"]
    if u["category"] == "政府" or (u["category"] == "事业单位" and u["admin_function"] is True):
        return "%s人民政府办公室" % r
    return "中共%s委办公室" % r


def assess(data, quarter, as_of, previous, first_letter, issue_year):
    start, end = quarter_bounds(quarter)
    start_t, end_t = datetime(start.year, start.month, start.day), datetime(end.year, end.month, end.day)
    media_by_unit = {}
    for m in data["media"]:
        media_by_unit.setdefault(m["unit_id"], []).append(m)
    unit_of_media = {m["media_id"]: m["unit_id"] for m in data["media"]}

    def window(m):
        a = max(start, m["opened_on"]) if m["opened_on"] else start
        b = min(end, m["closed_on"]) if m["closed_on"] else end
        return a, b

    items_by_media, monitored = {}, set()
    for r in data["inspections"]:
        if start <= r["date"] < end:
            items_by_media[r["media_id"]] = items_by_media.get(r["media_id"], 0) + r["items_checked"]
            if r["items_checked"] > 0:
                monitored.add(r["media_id"])
    post_days = {}
    for p in data["posts"]:
        post_days.setdefault(p["media_id"], set()).add(p["published_at"].date())
    findings_by_unit = {}
    for f in data["findings"]:
        if f["verdict"] == "误报":
            continue
        if not (start_t <= f["detected_at"] < end_t):
            continue
        findings_by_unit.setdefault(unit_of_media[f["media_id"]], []).append(f)
    systems_by_unit = {}
    for s in data["systems"]:
        if s["established_on"] < end:
            systems_by_unit.setdefault(s["unit_id"], set()).add(s["system"])
    complaints_by_unit = {}
    for c in data["complaints"]:
        if not c["substantiated"] or not (start_t <= c["received_at"] < end_t):
            continue
        uid = c["unit_id"] if c["unit_id"] is not None else unit_of_media[c["media_id"]]
        complaints_by_unit[uid] = complaints_by_unit.get(uid, 0) + 1

    rows = []
    for u in data["units"]:
        uid = u["unit_id"]
        all_media = media_by_unit.get(uid, [])
        assessed = [m for m in all_media if window(m)[0] < window(m)[1]]
        if not assessed:
            continue
        r = {"quarter": quarter, "unit_id": uid, "unit_name": u["name"], "category": u["category"],
             "region": u["region"], "supervisor": supervisor(u), "media_count": len(assessed)}
        r["unmonitored_media"] = sum(1 for m in assessed if m["media_id"] not in monitored)
        items = sum(items_by_media.get(m["media_id"], 0) for m in all_media)
        fs = findings_by_unit.get(uid, [])
        errors = len(fs)
        serious = sum(1 for f in fs if f["severity"] == "严重")
        rate = errors * 1000 / items if items > 0 else None
        r.update(items_checked=items, errors=errors, serious_errors=serious)
        r["error_rate_permille"] = "" if rate is None else fmt2(rate)
        # inactivity
        silent = []
        for m in assessed:
            a, b = window(m)
            pd = post_days.get(m["media_id"], set())
            best = cur = 0
            d = a
            while d < b:
                if d in pd:
                    cur = 0
                else:
                    cur += 1
                    best = max(best, cur)
                d += timedelta(days=1)
            silent.append(best)
        r["max_silent_days"] = max(silent)
        inactive = sum(1 for s in silent if s >= INACTIVITY_DAYS)
        r["inactive_media"] = inactive
        # deadlines
        on_time = late = overdue = late_serious = 0
        for f in fs:
            o, _dl = outcome(f, as_of)
            if o == "on_time":
                on_time += 1
            elif o == "late":
                late += 1
            elif o == "overdue":
                overdue += 1
            if o in ("late", "overdue") and f["severity"] == "严重":
                late_serious += 1
        late_fixes = late + overdue
        r.update(findings_due=on_time + late + overdue, late_fixes=late_fixes, late_serious=late_serious,
                 unfixed_overdue=overdue)
        # systems and staffing
        have = systems_by_unit.get(uid, set())
        missing = [code for zh, code in REQUIRED_SYSTEMS if zh not in have]
        r["missing_systems"] = ";".join(missing)
        gaps = 0
        for m in assessed:
            staffed = any(e["unit_id"] == uid and e["role"] == "主要编辑" and e["on_staff"] is True and
                          (e["media_id"] == m["media_id"] or e["media_id"] is None) for e in data["editors"])
            gaps += 0 if staffed else 1
        r["staffing_gaps"] = gaps
        compl = complaints_by_unit.get(uid, 0)
        r["complaints"] = compl
        major = sum(1 for f in fs if f["severity"] == "严重" and f["category"] in MAJOR_CATEGORIES)
        r["major_incidents"] = major
        # score
        rate0 = rate if rate is not None else 0.0
        d_error = min(25.0, 5.0 * rate0 + 5.0 * float(serious))
        d_inact = min(25.0, 10.0 * float(inactive))
        d_late = min(25.0, 2.0 * float(late_fixes - late_serious) + 5.0 * float(late_serious))
        d_system = min(15.0, 3.0 * float(len(missing)) + 3.0 * float(gaps))
        d_compl = min(10.0, 2.0 * float(compl))
        score = 100.0 - ((((d_error + d_inact) + d_late) + d_system) + d_compl)
        r.update(deduction_error=fmt2(d_error), deduction_inactivity=fmt2(d_inact), deduction_late=fmt2(d_late),
                 deduction_systems=fmt2(d_system), deduction_complaints=fmt2(d_compl), score=fmt2(score))
        # triggers
        trig = []
        if (items > 0 and rate >= 2.0) or serious >= 1:
            trig.append("error_rate")
        if inactive >= 1:
            trig.append("inactivity")
        if late_serious >= 1 or late_fixes >= 3:
            trig.append("late_fixes")
        if missing or gaps >= 1:
            trig.append("missing_systems")
        if overdue >= 1 or r["unmonitored_media"] >= 1:
            trig.append("ineffective")
        if compl >= 3:
            trig.append("dissatisfaction")
        r["triggers"] = ";".join(trig)
        # decision
        prev = previous.get(uid)
        r["previous_decision"] = prev["decision"] if prev else ""
        if not trig:
            decision = "none"
        else:
            improved = True
            if prev:
                improved = (hundredths(r["score"]) - hundredths(prev["score"]) >= 1000 or
                            not any(c in prev["triggers"] for c in trig))
            decision = "notice" if prev and prev["decision"] in ("letter", "notice") and not improved else "letter"
        r["decision"] = decision
        r["ideology_deduction"] = fmt2(min(10.0, float(IDEOLOGY_BASE[decision]) + 2.0 * float(major)))
        rows.append(r)

    rows.sort(key=lambda r: r["unit_id"].encode("utf-8"))
    n = first_letter
    for r in rows:
        if r["decision"] in ("letter", "notice"):
            r["letter_no"] = "%s〔%d〕%d号" % (LETTER_PREFIX, issue_year, n)
            n += 1
        else:
            r["letter_no"] = ""
    return rows


COLUMNS = ["quarter", "unit_id", "unit_name", "category", "region", "supervisor", "media_count",
           "unmonitored_media", "items_checked", "errors", "serious_errors", "error_rate_permille",
           "max_silent_days", "inactive_media", "findings_due", "late_fixes", "late_serious", "unfixed_overdue",
           "missing_systems", "staffing_gaps", "complaints", "major_incidents", "deduction_error",
           "deduction_inactivity", "deduction_late", "deduction_systems", "deduction_complaints", "score",
           "triggers", "previous_decision", "decision", "ideology_deduction", "letter_no"]


def csv_field(v):
    s = str(v)
    if any(c in s for c in ',"\r\n'):
        return '"' + s.replace('"', '""') + '"'
    return s


def render(rows):
    out = [",".join(COLUMNS)]
    for r in rows:
        out.append(",".join(csv_field(r[c]) for c in COLUMNS))
    return "\n".join(out) + "\n"


def read_previous(path, quarter):
    prev = {}
    pq = previous_quarter(quarter)
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["quarter"] != pq:
                continue
            prev[row["unit_id"]] = {"score": row["score"], "decision": row["decision"],
                                    "triggers": [t for t in row["triggers"].split(";") if t]}
    return prev


def default_issue_date(as_of):
    d = as_of.date()
    while not is_working_day(d):
        d += timedelta(days=1)
    return d


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir")
    ap.add_argument("--quarter", required=True)
    ap.add_argument("--previous")
    ap.add_argument("--first-letter", type=int, default=1)
    ap.add_argument("--as-of", help="China local time, default = the quarter's end")
    ap.add_argument("--issue-date")
    ap.add_argument("--output", default="-")
    ap.add_argument("--rejects")
    a = ap.parse_args(argv)
    start, end = quarter_bounds(a.quarter)
    as_of = parse_datetime(a.as_of) if a.as_of else datetime(end.year, end.month, end.day)
    issue = date.fromisoformat(a.issue_date) if a.issue_date else default_issue_date(as_of)
    try:
        data, rejects = load(a.data_dir)
        apply_reviews(data)
    except Fatal as e:
        print("fatal: %s" % e, file=sys.stderr)
        return 2
    previous = read_previous(a.previous, a.quarter) if a.previous else {}
    rows = assess(data, a.quarter, as_of, previous, a.first_letter, issue.year)
    text = render(rows)
    if a.output == "-":
        sys.stdout.write(text)
    else:
        with open(a.output, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    if a.rejects:
        with open(a.rejects, "w", encoding="utf-8", newline="\n") as f:
            f.write("file,line,column,reason,raw\n")
            for rj in rejects:
                f.write(",".join(csv_field(x) for x in rj) + "\n")
    if rejects:
        print("%d rejected row(s)" % len(rejects), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
