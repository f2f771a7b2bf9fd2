#!/usr/bin/env python3
"""The honest alternative to `assess run` for the benchmark (issue 8): pandas + XlsxWriter.

    python3 pandas_assess.py DATA_DIR OUT_DIR [--quarter 2026Q3]

What a careful analyst would write with the usual Python tools, doing the work that matters:

- reads the eight CSV tables of DATA_DIR (UTF-8, canonical column names) with pandas' C parser;
- validates them as spec/inputs.md asks (required values, types, enums, unique ids, references, the
  cross-column rules), in the spec's table order, and writes every rejected row to OUT_DIR/rejects.csv;
- computes the per-unit metrics, deductions, score, triggers, decision (no ledger: no previous quarter),
  ideology deduction and letter number of spec/rules.md with the default configuration, vectorised
  (numpy / pandas group-bys, no Python loop over posts, inspections or findings);
- writes OUT_DIR/scores.csv in the format of spec/outputs.md and OUT_DIR/assessment.xlsx with the two big
  sheets, 问题明细 (every counted finding) and 更新情况 (every assessed media), with XlsxWriter in
  constant_memory mode (frozen header, autofilter, column widths, dates as dates).

Not done (assess does them; they are small next to the above): GB18030, JSON/JSONL, Chinese column
aliases, quoted line breaks in line numbers, the five small sheets and charts, letters, manifest, ledger.
Stage timings are printed on stderr.
"""
import argparse
import csv
import os
import re
import sys
import time
import warnings

import numpy as np
import pandas as pd
import xlsxwriter

# ------------------------------------------------------------------------------------------------
# Spec constants (inputs.md, rules.md, calendar.md): defaults only
# ------------------------------------------------------------------------------------------------
CITY = "昆明市"
LETTER_PREFIX = "昆网信函"
UNIT_CATEGORIES = {"党委": "party", "人大": "congress", "政府": "government", "政协": "cppcc", "法院": "court",
                   "检察院": "procuratorate", "民主党派": "democratic_party", "社会组织": "social_org",
                   "事业单位": "institution", "国有企业": "soe", "学校": "school", "医院": "hospital", "媒体": "media"}
MEDIA_KINDS = {"网站": "website", "微博": "weibo", "微信": "wechat", "抖音": "douyin", "头条": "toutiao",
               "快手": "kuaishou", "视频号": "channels", "客户端": "app", "其他": "other"}
MEDIA_STATUS = {"运行": "active", "关停": "suspended", "注销": "closed"}
EDITOR_ROLES = {"主要负责人": "head", "分管负责人": "deputy", "主要编辑": "chief_editor", "编辑": "editor"}
SYSTEMS = {"三审": "three_review", "应急响应": "emergency_response", "安全管理": "security",
           "保密审查": "confidentiality", "应急预案": "contingency_plan"}
FINDING_CATEGORIES = {"错别字": "typo", "表述错误": "wrong_expression", "错链": "broken_link", "泄密": "secret_leak",
                      "隐私泄露": "privacy_leak", "违规广告": "advertising", "数据造假": "fake_data",
                      "不更新": "not_updated", "无法访问": "inaccessible", "其他": "other"}
SEVERITIES = {"一般": "general", "严重": "serious"}
VERDICTS = {"有效": "valid", "误报": "false_positive"}
BOOLS = {"是": True, "否": False, "true": True, "false": False, "yes": True, "no": False, "y": True, "n": False,
         "1": True, "0": False}
MAJOR_CATEGORIES = ["wrong_expression", "secret_leak", "privacy_leak", "fake_data"]
TRIGGERS = ["error_rate", "inactivity", "late_fixes", "missing_systems", "ineffective", "dissatisfaction"]

HOLIDAY_RANGES = [
    ("2023-12-30", "2024-01-01"), ("2024-02-10", "2024-02-17"), ("2024-04-04", "2024-04-06"),
    ("2024-05-01", "2024-05-05"), ("2024-06-08", "2024-06-10"), ("2024-09-15", "2024-09-17"),
    ("2024-10-01", "2024-10-07"), ("2025-01-01", "2025-01-01"), ("2025-01-28", "2025-02-04"),
    ("2025-04-04", "2025-04-06"), ("2025-05-01", "2025-05-05"), ("2025-05-31", "2025-06-02"),
    ("2025-10-01", "2025-10-08"), ("2026-01-01", "2026-01-03"), ("2026-02-15", "2026-02-23"),
    ("2026-04-04", "2026-04-06"), ("2026-05-01", "2026-05-05"), ("2026-06-19", "2026-06-21"),
    ("2026-09-25", "2026-09-27"), ("2026-10-01", "2026-10-07"),
]
MAKEUP_DAYS = ["2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29",
               "2024-10-12", "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
               "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]

DAY = 86_400
EPOCH = np.datetime64("1970-01-01", "s")
EXCEL_EPOCH_DAYS = 25_569  # Excel serial of 1970-01-01
XLSX_MAX_ROWS = 1_048_576


def day_number(iso):
    """Days since 1970-01-01 of an ISO date string."""
    return int(np.datetime64(iso, "D").astype(np.int64))


HOLIDAYS = np.concatenate([np.arange(day_number(a), day_number(b) + 1) for a, b in HOLIDAY_RANGES])
MAKEUPS = np.array([day_number(d) for d in MAKEUP_DAYS])


def is_working_day(days):
    """Vectorised calendar.md: Monday–Friday minus holidays plus make-up days (day numbers since 1970)."""
    weekday = (days + 3) % 7  # 1970-01-01 was a Thursday; Monday = 0
    return ((weekday < 5) & ~np.isin(days, HOLIDAYS)) | np.isin(days, MAKEUPS)


# ------------------------------------------------------------------------------------------------
# Reading and validation
# ------------------------------------------------------------------------------------------------
class Table:
    """One input table: its frame (all text, trimmed), a reject mask and the first reason per row."""

    def __init__(self, name, frame, short_rows):
        self.name = name
        self.df = frame
        self.rejected = np.zeros(len(frame), dtype=bool)
        self.reason = np.full(len(frame), None, dtype=object)
        self.column = np.full(len(frame), None, dtype=object)
        self.reject(short_rows, "", "字段个数与表头不一致")

    def reject(self, mask, column, reason):
        """Rejects the rows of `mask` not rejected yet, recording the first reason (inputs.md order)."""
        mask = np.asarray(mask, dtype=bool) & ~self.rejected
        if mask.any():
            self.rejected |= mask
            self.reason[mask] = reason
            self.column[mask] = column

    def require(self, column):
        self.reject(self.df[column].to_numpy() == "", column, f"{column} 缺失")

    def accepted(self):
        return self.df[~self.rejected]


ALIASES = {"unit_id": "单位编码", "name": "单位名称", "category": "单位类别", "admin_function": "具有行政职能",
           "region": "所属地区", "media_id": "媒体编码", "kind": "类型", "address": "地址", "status": "状态",
           "opened_on": "开设日期", "closed_on": "关停日期", "role": "角色", "on_staff": "在编在岗", "phone": "联系电话",
           "system": "制度", "established_on": "建立日期", "document": "文件", "finding_id": "问题编号",
           "detected_at": "发现时间", "severity": "严重程度", "notified_at": "通知时间", "fixed_at": "整改时间",
           "verdict": "核定结果", "source": "发现方式", "url": "链接", "description": "问题描述",
           "date": "日期", "items_checked": "检查条数", "published_at": "发布时间", "title": "标题",
           "complaint_id": "投诉编号", "received_at": "受理时间", "substantiated": "是否属实", "channel": "渠道"}
TABLE_ALIASES = {("media", "name"): "名称", ("editors", "name"): "姓名", ("findings", "category"): "问题类型"}


def read_table(data, name, columns, required_columns, required=True, categorical=(), skip=()):
    """Reads DATA/NAME.csv as text (trimmed of U+0020 only; '' = absent), columns by canonical name or alias.

    Every column is parsed (so that pandas' C parser checks every row's field count: rows with too many
    fields are reported as warnings, collected here and rejected); `skip` columns are dropped right after.
    pandas pads a row with too few fields with empty values, which this cannot tell from empty fields.
    Absent optional columns are empty.
    """
    path = os.path.join(data, name + ".csv")
    if not os.path.exists(path):
        if required:
            sys.exit(f"缺少必需的输入文件：{path}")
        return Table(name, pd.DataFrame({c: pd.Series([], dtype=object) for c in columns}), np.zeros(0, bool)), []
    header = [h.strip(" ") for h in pd.read_csv(path, nrows=0, encoding="utf-8-sig").columns]
    source = {}  # header position -> canonical name (the first of name or alias)
    for column in columns:
        alias = TABLE_ALIASES.get((name, column), ALIASES.get(column))
        positions = [i for i, h in enumerate(header) if h == column or h == alias]
        if positions:
            source[positions[0]] = column
        elif column in required_columns:
            sys.exit(f"{path}：缺少必需的列 {column}")
    dtype = {i: ("category" if source.get(i) in categorical else object) for i in range(len(header))}
    long_rows = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        frame = pd.read_csv(path, encoding="utf-8-sig", header=0, names=range(len(header)), dtype=dtype,
                            keep_default_na=False, na_values=[], on_bad_lines="warn", skip_blank_lines=True,
                            index_col=False, engine="c")
    for w in caught:
        long_rows += [int(n) for n in re.findall(r"line (\d+)", str(w.message))]
    frame = frame[[i for i in source if source[i] not in skip]].rename(columns=source)
    for column in columns:
        if column in skip:
            continue
        if column not in frame:
            frame[column] = ""
        elif column in categorical:
            # Trim the categories (few), not the rows (many).
            series = frame[column]
            frame[column] = series.cat.rename_categories(series.cat.categories.astype(str).str.strip(" "))
        else:
            frame[column] = frame[column].astype(object).str.strip(" ")
    table = Table(name, frame[[c for c in columns if c not in skip]], np.zeros(len(frame), dtype=bool))
    return table, long_rows


def parse_enum(table, column, values, required=True):
    """Chinese value or English alias (case-insensitive) → English code; rejects others."""
    s = table.df[column]
    lookup = dict(values)
    lookup.update({v: v for v in values.values()})
    codes = s.map(lookup)
    unknown = codes.isna() & (s != "")
    retry = s[unknown].str.lower().map({v: v for v in values.values()})
    codes[unknown] = retry
    bad = codes.isna() & (s != "")
    table.reject(bad.to_numpy(), column, f"{column} 不是可接受的取值")
    if required:
        table.require(column)
    return codes


def parse_bool(table, column, required=True):
    s = table.df[column]
    value = s.str.lower().map(BOOLS)
    table.reject((value.isna() & (s != "")).to_numpy(), column, f"{column} 不是是/否")
    if required:
        table.require(column)
    return value.fillna(False).to_numpy(dtype=bool)


DATE_SLASH = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")
DATETIME_ANY = (r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?"
                r"(Z|[+-]\d{2}:?\d{2})?$")


def parse_date(table, column, required=True):
    """Dates (inputs.md) → day numbers since 1970 (int64); -1 when absent or rejected."""
    s = table.df[column]
    parsed = pd.to_datetime(s, format="%Y-%m-%d", errors="coerce")
    ok = parsed.notna().to_numpy() & (s.str.len() == 10).to_numpy()
    days = np.where(ok, parsed.to_numpy().astype("datetime64[D]").astype(np.int64), -1)
    rest = ~ok & (s != "").to_numpy()
    if rest.any():
        parts = s[rest].str.extract(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")
        dash = s[rest].str.extract(r"^(\d{4})-(\d{2})-(\d{2})$")
        parts = parts.fillna(dash)
        when = pd.to_datetime(pd.DataFrame({"year": parts[0], "month": parts[1], "day": parts[2]}).astype(float),
                              errors="coerce")
        fixed = when.notna().to_numpy() & (parts[0].fillna("0000").to_numpy() != "0000")
        sub = days[rest]
        sub[fixed] = when[fixed].to_numpy().astype("datetime64[D]").astype(np.int64)
        days[rest] = sub
    table.reject(((days < 0) & (s != "").to_numpy()), column, f"{column} 不是日期")
    if required:
        table.require(column)
    return days


def parse_datetime(table, column, required=True):
    """Datetimes (inputs.md) → China local seconds since 1970 (int64); -1 when absent or rejected."""
    s = table.df[column]
    parsed = pd.to_datetime(s, format="%Y-%m-%d %H:%M:%S", errors="coerce")
    ok = parsed.notna().to_numpy() & (s.str.len() == 19).to_numpy()
    secs = np.where(ok, parsed.to_numpy().astype("datetime64[s]").astype(np.int64), -1)
    rest = ~ok & (s != "").to_numpy()
    if rest.any():
        p = s[rest].str.extract(DATETIME_ANY)
        base = pd.to_datetime(pd.DataFrame({"year": p[0], "month": p[1], "day": p[2], "hour": p[3],
                                            "minute": p[4], "second": p[5].fillna("0")}).astype(float),
                              errors="coerce")
        good = base.notna().to_numpy() & (p[3].astype(float).to_numpy() < 24) & \
            (p[5].fillna("0").astype(float).to_numpy() < 60)
        value = np.where(good, base.to_numpy().astype("datetime64[s]").astype(np.int64), -1)
        offset = p[6].fillna("")
        signed = offset.str.match(r"^[+-]").to_numpy()
        digits = offset.str.replace(":", "", regex=False)
        minutes = np.zeros(len(p), dtype=np.int64)
        if signed.any():
            hh = digits[signed].str[1:3].astype(int).to_numpy()
            mm = digits[signed].str[3:5].astype(int).to_numpy()
            sign = np.where(digits[signed].str[0].to_numpy() == "-", -1, 1)
            minutes[signed] = sign * (hh * 60 + mm)
        zulu = (offset == "Z").to_numpy()
        minutes[zulu] = 0
        has_offset = signed | zulu
        value = np.where(good & has_offset, value + (8 * 60 - minutes) * 60, value)
        sub = secs[rest]
        sub[good] = value[good]
        secs[rest] = sub
    table.reject(((secs < 0) & (s != "").to_numpy()), column, f"{column} 不是日期时间")
    if required:
        table.require(column)
    return secs


def parse_int(table, column):
    s = table.df[column]
    number = pd.to_numeric(s.where(s.str.fullmatch(r"[+-]?\d+"), None), errors="coerce")
    table.reject((number.isna() & (s != "")).to_numpy(), column, f"{column} 不是整数")
    table.require(column)
    return number.fillna(-1).to_numpy(dtype=np.int64)


def unique_ids(table, column):
    """Inputs.md rule 2: a repeated id is rejected; the first accepted one wins."""
    s = table.df[column]
    candidates = ~table.rejected
    duplicate = np.zeros(len(s), dtype=bool)
    duplicate[candidates] = s[candidates].duplicated(keep="first").to_numpy()
    table.reject(duplicate, column, f"{column} 重复")


def reference(table, column, accepted_ids):
    """Rule 3: position of the referenced accepted row, -1 (rejected) when none."""
    s = table.df[column]
    index = pd.Index(accepted_ids)
    if isinstance(s.dtype, pd.CategoricalDtype):
        categories = s.cat.categories.astype(str)
        category_pos = index.get_indexer(categories)
        codes = s.cat.codes.to_numpy()
        empty = (codes < 0) | np.asarray(categories == "")[np.maximum(codes, 0)]
        table.reject(empty, column, f"{column} 缺失")
        pos = np.where(codes >= 0, category_pos[codes], -1)
        table.reject(pos < 0, column, f"{column} 未在已接收的记录中找到")
        return pos
    else:
        pos = index.get_indexer(s)
    table.reject((pos < 0) & (s != "").to_numpy(), column, f"{column} 未在已接收的记录中找到")
    return pos


# ------------------------------------------------------------------------------------------------
# Main
# ------------------------------------------------------------------------------------------------
def quarter_window(text):
    m = re.fullmatch(r"(\d{4})Q([1-4])", text)
    if not m:
        sys.exit("季度写作 YYYYQn")
    year, q = int(m.group(1)), int(m.group(2))
    start = day_number(f"{year:04d}-{3 * q - 2:02d}-01")
    end = day_number(f"{year + (q == 4):04d}-{(3 * q) % 12 + 1:02d}-01")
    return start, end


def fmt2(values):
    """C's %.2f, never -0.00."""
    text = np.char.mod("%.2f", np.asarray(values, dtype=np.float64))
    return np.where(text == "-0.00", "0.00", text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data")
    parser.add_argument("out")
    parser.add_argument("--quarter", default="2026Q3")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    clock = time.perf_counter()
    stage_times = []

    def stage(name):
        nonlocal clock
        now = time.perf_counter()
        stage_times.append((name, now - clock))
        clock = now

    q_start, q_end = quarter_window(args.quarter)
    start_s, end_s = q_start * DAY, q_end * DAY
    as_of = end_s
    rejects = []  # (file, line, column, reason)

    def collect(table, long_rows):
        lines = np.flatnonzero(table.rejected) + 2
        for line, column, reason in zip(lines, table.column[table.rejected], table.reason[table.rejected]):
            rejects.append((table.name + ".csv", int(line), column, reason))
        for line in long_rows:
            rejects.append((table.name + ".csv", line, "", "字段个数与表头不一致"))

    # units
    units, long_rows = read_table(args.data, "units", ["unit_id", "name", "category", "admin_function", "region"],
                                   ["unit_id", "name", "category", "region"])
    for c in ("unit_id", "name", "region"):
        units.require(c)
    u_cat = parse_enum(units, "category", UNIT_CATEGORIES)
    u_admin = parse_bool(units, "admin_function", required=False)
    unique_ids(units, "unit_id")
    collect(units, long_rows)
    ok = ~units.rejected
    U = pd.DataFrame({"unit_id": units.df["unit_id"][ok].to_numpy(), "name": units.df["name"][ok].to_numpy(),
                      "category": u_cat[ok].to_numpy(), "admin": u_admin[ok],
                      "region": units.df["region"][ok].to_numpy()})

    # media
    media, long_rows = read_table(args.data, "media", ["media_id", "unit_id", "kind", "name", "address", "status",
                                                       "opened_on", "closed_on"],
                                  ["media_id", "unit_id", "kind", "name", "status"])
    for c in ("media_id", "unit_id", "name"):
        media.require(c)
    m_kind = parse_enum(media, "kind", MEDIA_KINDS)
    m_status = parse_enum(media, "status", MEDIA_STATUS)
    m_open = parse_date(media, "opened_on", required=False)
    m_close = parse_date(media, "closed_on", required=False)
    unique_ids(media, "media_id")
    m_unit = reference(media, "unit_id", U["unit_id"])
    media.reject(((m_status != "active").to_numpy() & (m_close < 0)), "closed_on", "状态为关停或注销时须填写关停日期")
    media.reject((m_open >= 0) & (m_close >= 0) & (m_close < m_open), "closed_on", "关停日期早于开设日期")
    collect(media, long_rows)
    ok = ~media.rejected
    M = pd.DataFrame({"media_id": media.df["media_id"][ok].to_numpy(), "unit": m_unit[ok],
                      "name": media.df["name"][ok].to_numpy(), "kind": m_kind[ok].to_numpy(),
                      "status": m_status[ok].to_numpy(), "opened": m_open[ok], "closed": m_close[ok]})

    # editors
    editors, long_rows = read_table(args.data, "editors", ["unit_id", "media_id", "name", "role", "on_staff", "phone"],
                                    ["unit_id", "name", "role", "on_staff"], required=False)
    for c in ("unit_id", "name"):
        editors.require(c)
    e_role = parse_enum(editors, "role", EDITOR_ROLES)
    e_staff = parse_bool(editors, "on_staff")
    e_unit = reference(editors, "unit_id", U["unit_id"])
    e_media = reference(editors, "media_id", M["media_id"])
    other_unit = (e_media >= 0) & (M["unit"].to_numpy()[np.maximum(e_media, 0)] != e_unit) if len(M) else e_media >= 0
    editors.reject(other_unit, "media_id", "媒体不属于该单位")
    collect(editors, long_rows)
    ok = ~editors.rejected
    E = pd.DataFrame({"unit": e_unit[ok], "media": e_media[ok], "role": e_role[ok].to_numpy(), "on_staff": e_staff[ok]})

    # systems
    systems, long_rows = read_table(args.data, "systems", ["unit_id", "system", "established_on", "document"],
                                    ["unit_id", "system", "established_on"], required=False)
    systems.require("unit_id")
    s_kind = parse_enum(systems, "system", SYSTEMS)
    s_date = parse_date(systems, "established_on")
    s_unit = reference(systems, "unit_id", U["unit_id"])
    collect(systems, long_rows)
    ok = ~systems.rejected
    S = pd.DataFrame({"unit": s_unit[ok], "system": s_kind[ok].to_numpy(), "established": s_date[ok]})

    # complaints
    complaints, long_rows = read_table(args.data, "complaints", ["complaint_id", "unit_id", "media_id", "received_at",
                                                                 "substantiated", "channel"],
                                    ["complaint_id", "received_at", "substantiated"], required=False)
    complaints.require("complaint_id")
    c_at = parse_datetime(complaints, "received_at")
    c_true = parse_bool(complaints, "substantiated")
    neither = (complaints.df["unit_id"] == "").to_numpy() & (complaints.df["media_id"] == "").to_numpy()
    complaints.reject(neither, "unit_id", "单位编码与媒体编码至少填写一项")
    unique_ids(complaints, "complaint_id")
    c_unit = reference(complaints, "unit_id", U["unit_id"])
    c_media = reference(complaints, "media_id", M["media_id"])
    c_media_unit = np.where(c_media >= 0, M["unit"].to_numpy()[np.maximum(c_media, 0)] if len(M) else -1, -1)
    complaints.reject((c_unit >= 0) & (c_media >= 0) & (c_media_unit != c_unit), "media_id", "媒体不属于该单位")
    collect(complaints, long_rows)
    ok = ~complaints.rejected
    C = pd.DataFrame({"unit": np.where(c_unit[ok] >= 0, c_unit[ok], c_media_unit[ok]), "at": c_at[ok],
                      "true": c_true[ok]})
    stage("读取登记数据")

    # findings
    findings, long_rows = read_table(args.data, "findings", ["finding_id", "media_id", "detected_at", "category",
                                                             "severity", "notified_at", "fixed_at", "verdict",
                                                             "source", "url", "description"],
                                     ["finding_id", "media_id", "detected_at", "category", "severity", "notified_at"],
                                     categorical=("media_id",))
    findings.require("finding_id")
    f_detected = parse_datetime(findings, "detected_at")
    f_cat = parse_enum(findings, "category", FINDING_CATEGORIES)
    f_sev = parse_enum(findings, "severity", SEVERITIES)
    f_notified = parse_datetime(findings, "notified_at")
    f_fixed = parse_datetime(findings, "fixed_at", required=False)
    f_verdict = parse_enum(findings, "verdict", VERDICTS, required=False).fillna("valid")
    unique_ids(findings, "finding_id")
    f_media = reference(findings, "media_id", M["media_id"])
    findings.reject(f_notified < f_detected, "notified_at", "通知时间早于发现时间")
    findings.reject((f_fixed >= 0) & (f_fixed < f_detected), "fixed_at", "整改时间早于发现时间")
    collect(findings, long_rows)
    stage("读取巡查问题")

    # inspections
    inspections, long_rows = read_table(args.data, "inspections", ["media_id", "date", "items_checked"],
                                        ["media_id", "date", "items_checked"], categorical=("media_id",))
    i_date = parse_date(inspections, "date")
    i_items = parse_int(inspections, "items_checked")
    inspections.reject(i_items < 0, "items_checked", "items_checked 不能为负数")
    i_media = reference(inspections, "media_id", M["media_id"])
    collect(inspections, long_rows)
    stage("读取巡查记录")

    # posts (the title, optional text nobody computes with, is dropped once parsed)
    posts, long_rows = read_table(args.data, "posts", ["media_id", "published_at", "title"],
                                  ["media_id", "published_at"], categorical=("media_id",), skip=("title",))
    p_at = parse_datetime(posts, "published_at")
    p_media = reference(posts, "media_id", M["media_id"])
    collect(posts, long_rows)
    stage("读取发布记录")

    # ---------------------------------------------------------------------------------------------
    # Metrics (rules.md)
    # ---------------------------------------------------------------------------------------------
    n_units, n_media = len(U), len(M)
    media_unit = M["unit"].to_numpy()
    w_start = np.where(M["opened"].to_numpy() >= 0, np.maximum(q_start, M["opened"].to_numpy()), q_start)
    w_end = np.where(M["closed"].to_numpy() >= 0, np.minimum(q_end, M["closed"].to_numpy()), q_end)
    assessed_media = w_start < w_end
    w_end = np.maximum(w_start, w_end)
    media_count = np.bincount(media_unit[assessed_media], minlength=n_units)
    assessed_unit = media_count > 0

    # inspections: items checked per media dated inside the quarter
    ok = ~inspections.rejected & (i_date >= q_start) & (i_date < q_end)
    items_media = np.bincount(i_media[ok], weights=i_items[ok], minlength=n_media).astype(np.int64)
    monitored_media = np.bincount(i_media[ok & (i_items > 0)], minlength=n_media) > 0
    items_checked = np.bincount(media_unit, weights=items_media, minlength=n_units).astype(np.int64)
    unmonitored = np.bincount(media_unit[assessed_media & ~monitored_media], minlength=n_units)
    del inspections

    # findings counted: valid, detected in the quarter
    ok = ~findings.rejected
    counted = ok & (f_verdict == "valid").to_numpy() & (f_detected >= start_s) & (f_detected < end_s)
    F = pd.DataFrame({
        "finding_id": findings.df["finding_id"].to_numpy()[counted], "media": f_media[counted],
        "category": f_cat.to_numpy()[counted], "severity": f_sev.to_numpy()[counted],
        "detected": f_detected[counted], "notified": f_notified[counted], "fixed": f_fixed[counted],
        "url": findings.df["url"].to_numpy()[counted], "description": findings.df["description"].to_numpy()[counted],
    })
    del findings
    F["unit"] = media_unit[F["media"].to_numpy()]
    serious = (F["severity"] == "serious").to_numpy()
    major = serious & F["category"].isin(MAJOR_CATEGORIES).to_numpy()
    f_unit = F["unit"].to_numpy()
    errors = np.bincount(f_unit, minlength=n_units)
    serious_errors = np.bincount(f_unit[serious], minlength=n_units)
    major_incidents = np.bincount(f_unit[major], minlength=n_units)
    major_media = np.bincount(F["media"].to_numpy()[major], minlength=n_media)

    # Art. 15 deadlines
    notified = F["notified"].to_numpy()
    day = notified // DAY
    tod = notified % DAY
    working = is_working_day(day) & (((tod >= 9 * 3600) & (tod < 12 * 3600)) | ((tod >= 13 * 3600) & (tod < 18 * 3600)))
    limit = np.where(working, np.where(serious, 30, 60), np.where(serious, 120, 240))
    deadline = notified + limit * 60
    fixed = F["fixed"].to_numpy()
    is_fixed = fixed >= 0
    on_time = is_fixed & (fixed <= deadline)
    late = is_fixed & (fixed > deadline)
    overdue = ~is_fixed & (as_of > deadline)
    outcome = np.select([on_time, late, overdue], ["按时整改", "超时整改", "逾期未改"], "尚未到期")
    seconds_late = np.where(is_fixed, fixed - deadline, as_of - deadline)
    F["working"], F["limit"], F["deadline"], F["outcome"] = working, limit, deadline, outcome
    F["minutes_late"] = np.where(seconds_late > 0, (seconds_late + 59) // 60, 0)
    F["major"] = major
    findings_due = np.bincount(f_unit[on_time | late | overdue], minlength=n_units)
    late_fixes = np.bincount(f_unit[late | overdue], minlength=n_units)
    late_serious = np.bincount(f_unit[(late | overdue) & serious], minlength=n_units)
    unfixed_overdue = np.bincount(f_unit[overdue], minlength=n_units)

    # inactivity: distinct post dates inside each assessed media's window
    ok = ~posts.rejected
    pm = p_media[ok]
    pd_day = p_at[ok] // DAY
    inside = assessed_media[pm] & (pd_day >= w_start[pm]) & (pd_day < w_end[pm])
    posts_media = np.bincount(pm[inside], minlength=n_media)
    del posts
    key = np.unique(pm[inside].astype(np.int64) * 1_000_000 + pd_day[inside])  # sorted by media, then date
    k_media, k_day = key // 1_000_000, key % 1_000_000
    post_days = np.bincount(k_media, minlength=n_media)
    # gaps: before the first post, between posts, after the last (per media, vectorised)
    first = np.r_[True, k_media[1:] != k_media[:-1]]
    last = np.r_[k_media[1:] != k_media[:-1], True]
    prev_day = np.r_[0, k_day[:-1]]
    gap_before = np.where(first, k_day - w_start[k_media], k_day - prev_day - 1)
    gap_start = np.where(first, w_start[k_media], prev_day + 1)
    tail = w_end[k_media[last]] - k_day[last] - 1
    g_media = np.r_[k_media, k_media[last], np.flatnonzero(assessed_media & (post_days == 0))]
    no_post = np.flatnonzero(assessed_media & (post_days == 0))
    g_len = np.r_[gap_before, tail, w_end[no_post] - w_start[no_post]]
    g_start = np.r_[gap_start, k_day[last] + 1, w_start[no_post]]
    # longest gap per media, the earliest on a tie
    order = np.lexsort((g_start, -g_len, g_media))
    best = order[np.r_[True, g_media[order][1:] != g_media[order][:-1]]]
    silent = np.zeros(n_media, dtype=np.int64)
    silent_start = np.full(n_media, -1, dtype=np.int64)
    silent[g_media[best]] = g_len[best]
    silent_start[g_media[best]] = np.where(g_len[best] > 0, g_start[best], -1)
    silent = np.where(assessed_media, silent, 0)
    inactive_m = assessed_media & (silent >= 14)
    max_silent = np.zeros(n_units, dtype=np.int64)
    np.maximum.at(max_silent, media_unit[assessed_media], silent[assessed_media])
    inactive_media = np.bincount(media_unit[inactive_m], minlength=n_units)

    # systems and staffing
    have = S[S["established"] < q_end].drop_duplicates(["unit", "system"])
    missing_lists = [[] for _ in range(n_units)]
    missing_count = np.zeros(n_units, dtype=np.int64)
    for code in SYSTEMS.values():  # five required systems, not rows
        has = np.zeros(n_units, dtype=bool)
        has[have["unit"][have["system"] == code].to_numpy()] = True
        missing_count += ~has
        for u in np.flatnonzero(~has & assessed_unit):
            missing_lists[u].append(code)
    chief = E[(E["role"] == "chief_editor") & E["on_staff"]]
    staffed = np.zeros(n_media, dtype=bool)
    staffed[chief["media"][chief["media"] >= 0].to_numpy()] = True
    unit_wide = np.zeros(n_units, dtype=bool)
    unit_wide[chief["unit"][chief["media"] < 0].to_numpy()] = True
    staffed |= unit_wide[media_unit]
    staffing_gaps = np.bincount(media_unit[assessed_media & ~staffed], minlength=n_units)

    # complaints
    c_ok = C["true"].to_numpy() & (C["at"].to_numpy() >= start_s) & (C["at"].to_numpy() < end_s)
    complaints_n = np.bincount(C["unit"].to_numpy()[c_ok], minlength=n_units)

    # score (exact order of rules.md)
    defined = items_checked > 0
    rate = np.where(defined, errors * 1000 / np.where(defined, items_checked, 1), 0.0)
    d_error = np.minimum(25.0, 5 * rate + 5 * serious_errors)
    d_inact = np.minimum(25.0, 10.0 * inactive_media)
    d_late = np.minimum(25.0, 2.0 * (late_fixes - late_serious) + 5.0 * late_serious)
    d_system = np.minimum(15.0, 3.0 * missing_count + 3.0 * staffing_gaps)
    d_compl = np.minimum(10.0, 2.0 * complaints_n)
    score = 100 - ((((d_error + d_inact) + d_late) + d_system) + d_compl)
    t = np.column_stack([
        (defined & (rate >= 2.0)) | (serious_errors >= 1),
        inactive_media >= 1,
        (late_serious >= 1) | (late_fixes >= 3),
        (missing_count > 0) | (staffing_gaps >= 1),
        (unfixed_overdue >= 1) | (unmonitored >= 1),
        complaints_n >= 3,
    ])
    decision = np.where(t.any(axis=1), "letter", "none")  # no ledger: no previous quarter
    ideology = np.minimum(10.0, np.where(decision == "letter", 1.0, 0.0) + 2.0 * major_incidents)
    stage("评分")

    # ---------------------------------------------------------------------------------------------
    # scores.csv
    # ---------------------------------------------------------------------------------------------
    issue = q_end
    while not is_working_day(np.array([issue]))[0]:
        issue += 1
    year = str(np.datetime64(int(issue), "D"))[:4]
    units_out = np.flatnonzero(assessed_unit)
    units_out = units_out[np.argsort(U["unit_id"].to_numpy()[units_out].astype(str), kind="stable")]
    lettered = decision[units_out] == "letter"
    letter_no = np.full(len(units_out), "", dtype=object)
    letter_no[lettered] = [f"{LETTER_PREFIX}〔{year}〕{n}号" for n in range(1, int(lettered.sum()) + 1)]
    chinese_category = {v: k for k, v in UNIT_CATEGORIES.items()}
    region = U["region"].to_numpy()[units_out]
    place = np.where(region == "市级", CITY, region)
    government = (U["category"].to_numpy()[units_out] == "government") | \
        ((U["category"].to_numpy()[units_out] == "institution") & U["admin"].to_numpy()[units_out])
    supervisor = np.where(government, pd.Series(place).add("人民政府办公室").to_numpy(),
                          ("中共" + pd.Series(place) + "委办公室").to_numpy())
    u = units_out
    scores = pd.DataFrame({
        "quarter": args.quarter, "unit_id": U["unit_id"].to_numpy()[u], "unit_name": U["name"].to_numpy()[u],
        "category": U["category"].map(chinese_category).to_numpy()[u], "region": region, "supervisor": supervisor,
        "media_count": media_count[u], "unmonitored_media": unmonitored[u], "items_checked": items_checked[u],
        "errors": errors[u], "serious_errors": serious_errors[u],
        "error_rate_permille": np.where(defined[u], fmt2(rate[u]), ""),
        "max_silent_days": max_silent[u], "inactive_media": inactive_media[u], "findings_due": findings_due[u],
        "late_fixes": late_fixes[u], "late_serious": late_serious[u], "unfixed_overdue": unfixed_overdue[u],
        "missing_systems": [";".join(missing_lists[i]) for i in u], "staffing_gaps": staffing_gaps[u],
        "complaints": complaints_n[u], "major_incidents": major_incidents[u],
        "deduction_error": fmt2(d_error[u]), "deduction_inactivity": fmt2(d_inact[u]),
        "deduction_late": fmt2(d_late[u]), "deduction_systems": fmt2(d_system[u]),
        "deduction_complaints": fmt2(d_compl[u]), "score": fmt2(score[u]),
        "triggers": [";".join(c for c, on in zip(TRIGGERS, row) if on) for row in t[u]],
        "previous_decision": "", "decision": decision[u], "ideology_deduction": fmt2(ideology[u]),
        "letter_no": letter_no,
    })
    scores.to_csv(os.path.join(args.out, "scores.csv"), index=False, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    pd.DataFrame(rejects, columns=["file", "line", "column", "reason"]).to_csv(
        os.path.join(args.out, "rejects.csv"), index=False, lineterminator="\n")
    stage("写出 scores.csv")

    # ---------------------------------------------------------------------------------------------
    # assessment.xlsx: the two big sheets, constant memory
    # ---------------------------------------------------------------------------------------------
    unit_pos = np.full(n_units, -1)
    unit_pos[units_out] = np.arange(len(units_out))
    F = F[assessed_unit[F["unit"].to_numpy()]]
    F = F.iloc[np.lexsort((F["detected"].to_numpy(), unit_pos[F["unit"].to_numpy()]))]
    workbook = xlsxwriter.Workbook(os.path.join(args.out, "assessment.xlsx"), {"constant_memory": True})
    header_fmt = workbook.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
    datetime_fmt = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    date_fmt = workbook.add_format({"num_format": "yyyy-mm-dd"})
    unit_ids, unit_names = U["unit_id"].to_numpy(), U["name"].to_numpy()
    media_ids, media_names = M["media_id"].to_numpy(), M["name"].to_numpy()

    def excel_time(seconds):
        return np.where(seconds >= 0, seconds / DAY + EXCEL_EPOCH_DAYS, np.nan)

    fu, fm = F["unit"].to_numpy(), F["media"].to_numpy()
    chinese_finding = {v: k for k, v in FINDING_CATEGORIES.items()}
    finding_columns = [
        ("单位编号", "s", unit_ids[fu], 10), ("单位名称", "s", unit_names[fu], 30), ("账号编号", "s", media_ids[fm], 10),
        ("账号名称", "s", media_names[fm], 30), ("问题编号", "s", F["finding_id"].to_numpy(), 12),
        ("问题类型", "s", F["category"].map(chinese_finding).to_numpy(), 10),
        ("严重程度", "s", np.where(F["severity"].to_numpy() == "serious", "严重", "一般"), 8),
        ("发现时间", "t", excel_time(F["detected"].to_numpy()), 19),
        ("通知时间", "t", excel_time(F["notified"].to_numpy()), 19),
        ("通知时段", "s", np.where(F["working"].to_numpy(), "工作时间", "非工作时间"), 10),
        ("整改时限（分钟）", "n", F["limit"].to_numpy(), 8), ("整改期限", "t", excel_time(F["deadline"].to_numpy()), 19),
        ("整改时间", "t", excel_time(F["fixed"].to_numpy()), 19), ("整改结果", "s", F["outcome"].to_numpy(), 10),
        ("超时（分钟）", "n", F["minutes_late"].to_numpy(), 8),
        ("重大问题", "s", np.where(F["major"].to_numpy(), "是", "否"), 8),
        ("问题链接", "s", F["url"].to_numpy(), 30), ("问题描述", "s", F["description"].to_numpy(), 40),
    ]
    am = np.flatnonzero(assessed_media)
    am = am[np.lexsort((media_ids[am].astype(str), unit_pos[media_unit[am]]))]
    au = media_unit[am]
    chinese_kind = {v: k for k, v in MEDIA_KINDS.items()}
    chinese_status = {v: k for k, v in MEDIA_STATUS.items()}
    silent_last = np.where(silent_start[am] >= 0, silent_start[am] + silent[am] - 1, -1)
    activity_columns = [
        ("单位编号", "s", unit_ids[au], 10), ("单位名称", "s", unit_names[au], 30), ("账号编号", "s", media_ids[am], 10),
        ("账号名称", "s", media_names[am], 30), ("类型", "s", M["kind"].map(chinese_kind).to_numpy()[am], 8),
        ("状态", "s", M["status"].map(chinese_status).to_numpy()[am], 6),
        ("考核起始日", "d", (w_start[am] + EXCEL_EPOCH_DAYS).astype(float), 11),
        ("考核截止日", "d", (w_end[am] - 1 + EXCEL_EPOCH_DAYS).astype(float), 11),
        ("考核天数", "n", w_end[am] - w_start[am], 8), ("发布条数", "n", posts_media[am], 8),
        ("发布天数", "n", post_days[am], 8), ("最长未更新天数", "n", silent[am], 8),
        ("未更新起始日", "d", np.where(silent_start[am] >= 0, silent_start[am] + EXCEL_EPOCH_DAYS, np.nan), 11),
        ("未更新截止日", "d", np.where(silent_last >= 0, silent_last + EXCEL_EPOCH_DAYS, np.nan), 11),
        ("不更新", "s", np.where(inactive_m[am], "是", "否"), 6), ("巡查条目数", "n", items_media[am], 10),
        ("已巡查", "s", np.where(monitored_media[am], "是", "否"), 6), ("重大问题数", "n", major_media[am], 8),
    ]
    for name, columns in (("问题明细", finding_columns), ("更新情况", activity_columns)):
        write_sheet(workbook, name, columns, header_fmt, datetime_fmt, date_fmt)
    workbook.close()
    stage("写出工作簿")

    for name, seconds in stage_times:
        print(f"{name}\t{seconds:.3f}", file=sys.stderr)
    print(f"units {len(units_out)}, findings {len(F)}, media {len(am)}, rejects {len(rejects)}", file=sys.stderr)


def write_sheet(workbook, name, columns, header_fmt, datetime_fmt, date_fmt):
    """Writes one table row by row (constant memory), continuing on `name (2)` … past Excel's row limit."""
    rows = len(columns[0][2])
    per_sheet = XLSX_MAX_ROWS - 1
    part = 0
    for first in range(0, max(rows, 1), per_sheet):
        part += 1
        sheet = workbook.add_worksheet(name if part == 1 else f"{name} ({part})")
        for c, (header, kind, _, width) in enumerate(columns):
            sheet.set_column(c, c, width)
            sheet.write_string(0, c, header, header_fmt)
        sheet.freeze_panes(1, 0)
        last = min(rows, first + per_sheet)
        sheet.autofilter(0, 0, max(last - first, 1), len(columns) - 1)
        # Per column: the typed writer, the values as Python objects, the format.
        writers = []
        for c, (_, kind, values, _) in enumerate(columns):
            chunk = values[first:last]
            if kind == "s":
                writers.append((c, sheet.write_string, chunk.tolist(), None))
            elif kind == "n":
                writers.append((c, sheet.write_number, chunk.astype(float).tolist(), None))
            else:
                writers.append((c, sheet.write_number, chunk.astype(float).tolist(),
                                datetime_fmt if kind == "t" else date_fmt))
        for i in range(last - first):
            r = i + 1
            for c, write, values, fmt in writers:
                v = values[i]
                if v == "" or v != v:  # empty text or NaN: blank cell, as Excel shows an absent value
                    continue
                if fmt is None:
                    write(r, c, v)
                else:
                    write(r, c, v, fmt)


if __name__ == "__main__":
    main()
