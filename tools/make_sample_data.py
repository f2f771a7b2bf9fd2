#!/usr/bin/env python3
"""Deterministic generator of the Kunming sample export (SampleData/2026Q2, SampleData/2026Q3).

Standard library only. Run from the repository root:  python3 tools/make_sample_data.py
The bulk (daily posts and inspections) is generated; every edge case is a hand-written row below.
See SampleData/README.md and docs/SAMPLE-WALKTHROUGH.md for what each row demonstrates.
"""
import csv
import io
import json
import os
from datetime import date, timedelta

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "SampleData")

QUARTERS = {
    "2026Q2": (date(2026, 4, 1), date(2026, 7, 1)),
    "2026Q3": (date(2026, 7, 1), date(2026, 10, 1)),
}

# --------------------------------------------------------------------------------------------------
# Units: (unit_id, name, category, admin_function, region)
# --------------------------------------------------------------------------------------------------
UNITS = [
    ("KM001", "中共昆明市委宣传部", "党委", "否", "市级"),
    ("KM002", "昆明市人大常委会办公厅", "人大", "", "市级"),
    ("KM003", "昆明市教育体育局", "政府", "", "市级"),
    ("KM004", "政协昆明市委员会办公厅", "政协", "", "市级"),
    ("KM005", "昆明市中级人民法院", "法院", "", "市级"),
    ("KM006", "昆明市人民检察院", "检察院", "", "市级"),
    ("KM007", "民革昆明市委员会", "民主党派", "", "市级"),
    ("KM008", "昆明市青年志愿者协会", "社会组织", "", "市级"),
    ("KM009", "昆明市住房公积金管理中心", "事业单位", "是", "市级"),
    ("KM010", "昆明市科学技术情报研究所", "事业单位", "否", "市级"),
    ("KM011", "昆明轨道交通集团有限公司", "国有企业", "", "市级"),
    ("KM012", "昆明学院", "学校", "", "市级"),
    ("KM013", "昆明市第一人民医院", "医院", "", "市级"),
    ("KM014", "昆明市融媒体中心(昆明日报社,昆明广播电视台)", "媒体", "", "市级"),
    ("KM015", "中共五华区委宣传部", "党委", "", "五华区"),
    ("KM016", "五华区人民政府", "政府", "", "五华区"),
    ("KM017", "盘龙区市场监督管理局", "政府", "", "盘龙区"),
    ("KM018", "盘龙区疾病预防控制中心", "事业单位", "", "盘龙区"),
    ("KM019", "官渡区教育体育局", "政府", "", "官渡区"),
    ("KM020", "官渡区人民医院", "医院", "", "官渡区"),
    ("KM021", "西山区文化和旅游局", "政府", "", "西山区"),
    ("KM022", "西山区城市管理局", "政府", "", "西山区"),
    ("KM023", "呈贡区人民法院", "法院", "", "呈贡区"),
    ("KM024", "呈贡区第一中学", "学校", "", "呈贡区"),
    ("KM025", "安宁市人民政府", "政府", "", "安宁市"),
    ("KM026", "安宁市融媒体中心", "媒体", "", "安宁市"),
    ("KM027", "石林彝族自治县文化和旅游局", "政府", "", "石林彝族自治县"),
    ("KM028", "石林彝族自治县人民医院", "医院", "", "石林彝族自治县"),
    ("KM029", "晋宁区农业农村技术服务中心", "事业单位", "是", "晋宁区"),
    ("KM030", "嵩明县志愿者联合会", "社会组织", "", "嵩明县"),
]

# --------------------------------------------------------------------------------------------------
# Media. Per quarter: status / closed_on may differ (each quarter's export is a registry snapshot).
# gaps: {quarter: [(first silent day, last silent day)]}; posts: "daily" (default), "none",
# or an explicit list of dates; items: {quarter: total items checked} (default per kind), None = no rows,
# 0 = rows with items_checked 0.
# --------------------------------------------------------------------------------------------------
def M(mid, uid, kind, name, address="", opened="", status="运行", closed="", **kw):
    d = dict(media_id=mid, unit_id=uid, kind=kind, name=name, address=address, opened_on=opened,
             status=status, closed_on=closed)
    d.update(kw)
    return d


MEDIA = [
    M("KM001-W", "KM001", "网站", "中共昆明市委宣传部门户网站", "https://xcb.km.gov.cn", "2015-03-01"),
    M("KM001-WB", "KM001", "微博", "昆明发布", "weibo.com/kmfb", "2012/6/1"),
    M("KM001-WX", "KM001", "微信", "昆明发布", "kmfabu", "2014-01-10"),
    M("KM002-W", "KM002", "网站", "昆明人大网", "https://rd.km.gov.cn", "2013-05-01"),
    M("KM002-WX", "KM002", "微信", "昆明人大", "kmrd", "2016-09-01"),
    M("KM003-W", "KM003", "网站", "昆明市教育体育局网站", "https://jtj.km.gov.cn", "2014-02-01",
      items={"2026Q2": 700, "2026Q3": 840}),
    M("KM003-WX1", "KM003", "微信", "昆明教育发布", "kmjyfb", "2015-04-01",
      items={"2026Q2": 150, "2026Q3": 180}),
    M("KM003-WX2", "KM003", "微信", "昆明市教育体育局", "kmjtj", "2019-09-01",
      items={"2026Q2": 100, "2026Q3": 120}),
    M("KM003-WB", "KM003", "微博", "春城教育", "weibo.com/ccjy", "2013-03-01",
      items={"2026Q2": 50, "2026Q3": 60}),
    M("KM004-W", "KM004", "网站", "昆明政协网", "https://zx.km.gov.cn", "2012-01-01",
      items={"2026Q2": 905}),
    M("KM004-WX", "KM004", "微信", "昆明政协", "kmzx", "2016-01-01", items={"2026Q2": 100}),
    M("KM005-W", "KM005", "网站", "昆明法院网", "https://kmzy.gov.cn", "2011-01-01",
      items={"2026Q2": 8000, "2026Q3": 8000}),
    M("KM005-WB", "KM005", "微博", "昆明中院", "weibo.com/kmzy", "2013-01-01",
      items={"2026Q2": 1000, "2026Q3": 1000},
      gaps={"2026Q2": [(date(2026, 5, 1), date(2026, 5, 14))], "2026Q3": [(date(2026, 8, 1), date(2026, 8, 20))]}),
    M("KM005-WX", "KM005", "微信", "昆明中院", "kmzyfb", "2015-01-01",
      items={"2026Q2": 1000, "2026Q3": 1000},
      gaps={"2026Q2": [(date(2026, 6, 1), date(2026, 6, 20))], "2026Q3": [(date(2026, 9, 10), date(2026, 9, 23))]}),
    M("KM006-W", "KM006", "网站", "昆明市人民检察院网", "https://km.yn.jcy.gov.cn", "2012-01-01",
      items={"2026Q3": 4400}),
    M("KM006-DY", "KM006", "抖音", "昆明检察", "douyin:kmjc", "2019-01-01", items={"2026Q3": 550},
      gaps={"2026Q2": [(date(2026, 5, 20), date(2026, 6, 10))], "2026Q3": [(date(2026, 8, 1), date(2026, 8, 20))]}),
    M("KM007-W", "KM007", "网站", "民革昆明市委员会网站", "https://mg.km.org.cn", "2016-01-01"),
    M("KM007-WX", "KM007", "微信", "民革昆明", "mgkm", "2017-01-01",
      gaps={"2026Q2": [(date(2026, 5, 11), date(2026, 5, 23))], "2026Q3": [(date(2026, 8, 3), date(2026, 8, 16))]}),
    M("KM008-W", "KM008", "网站", "昆明青年志愿者网", "https://qnzyz.km.org.cn", "2018-01-01",
      items={"2026Q2": None}),
    M("KM009-W", "KM009", "网站", "昆明住房公积金网", "https://gjj.km.gov.cn", "2010-01-01"),
    M("KM009-APP", "KM009", "客户端", "昆明公积金", "app:kmgjj", "2020-06-01",
      items={"2026Q2": 0, "2026Q3": 0}),
    M("KM010-W", "KM010", "网站", "昆明科技情报网", "https://kjqb.km.gov.cn", "2012-01-01",
      items={"2026Q2": 40000 - 728}),
    M("KM010-WX", "KM010", "微信", "昆明科技情报", "kmkjqb", "2018-01-01"),
    M("KM011-W", "KM011", "网站", "昆明地铁", "https://www.kmgdgs.com", "2012-06-28",
      items={"2026Q2": 50000 - 2 * 728, "2026Q3": 50000 - 2 * 736}),
    M("KM011-WX", "KM011", "微信", "昆明地铁", "kmmetro", "2014-01-01"),
    M("KM011-TT", "KM011", "头条", "昆明地铁", "toutiao:kmmetro", "2018-01-01"),
    M("KM012-W", "KM012", "网站", "昆明学院", "https://www.kmu.edu.cn", "2004-01-01"),
    M("KM012-WX", "KM012", "微信", "昆明学院微信公众号", "kmu1984", "2014-01-01"),
    M("KM012-DY", "KM012", "抖音", "昆明学院", "douyin:kmu", "2019-01-01"),
    M("KM012-KS", "KM012", "快手", "昆明学院（官方）", "kuaishou:kmu", "2020-01-01"),
    M("KM012-SPH", "KM012", "视频号", "昆明学院(官方)", "channels:kmu", "2021-01-01"),
    M("KM013-W", "KM013", "网站", "昆明市第一人民医院", "https://www.ydyy.cn", "2008-01-01"),
    M("KM013-WX", "KM013", "微信", "昆明市第一人民医院", "kmydyy", "2015-01-01"),
    M("KM014-W", "KM014", "网站", "掌上春城网", "https://www.kunming.cn", "2001-01-01"),
    M("KM014-WB", "KM014", "微博", "昆明日报", "weibo.com/kmrb", "2011-01-01"),
    M("KM014-WX", "KM014", "微信", "昆明日报", "kmrb", "2013-01-01"),
    M("KM014-DY", "KM014", "抖音", "昆明日报", "douyin:kmrb", "2018-01-01"),
    M("KM014-TT", "KM014", "头条", "昆明日报", "toutiao:kmrb", "2017-01-01"),
    M("KM014-KS", "KM014", "快手", "昆明广播电视台", "kuaishou:kmtv", "2019-01-01"),
    M("KM014-SPH", "KM014", "视频号", "昆明日报", "channels:kmrb", "2020-10-01"),
    M("KM014-APP", "KM014", "客户端", "掌上春城", "app:zscc", "2016-01-01"),
    M("KM014-OT", "KM014", "其他", "昆明日报哔哩哔哩号", "bilibili:kmrb", "2021-01-01"),
    M("KM015-W", "KM015", "网站", "五华宣传网", "https://xcb.wuhua.gov.cn", "2014-01-01"),
    M("KM015-WX", "KM015", "微信", "五华发布", "whfb", "2015-01-01"),
    M("KM016-W", "KM016", "网站", "五华区人民政府门户网站", "https://www.kmwh.gov.cn", "2009-01-01",
      items={"2026Q2": 20000 - 728, "2026Q3": 20000 - 736}),
    M("KM016-WB", "KM016", "微博", "五华发布厅", "weibo.com/whfbt", "2012-01-01",
      gaps={"2026Q2": [(date(2026, 4, 20), date(2026, 5, 4))]}),
    M("KM017-W", "KM017", "网站", "盘龙区市场监督管理局", "https://scjg.panlong.gov.cn", "2019-01-01"),
    M("KM017-WX", "KM017", "微信", "盘龙市场监管", "plscjg", "2019-03-01"),
    M("KM018-W", "KM018", "网站", "盘龙区疾控中心", "https://cdc.panlong.gov.cn", "2016-01-01"),
    M("KM018-WX", "KM018", "微信", "盘龙疾控", "plcdc", "2017-01-01",
      gaps={"2026Q2": [(date(2026, 6, 1), date(2026, 6, 14))]}),
    M("KM019-W", "KM019", "网站", "官渡区教育体育局", "https://jtj.guandu.gov.cn", "2015-01-01"),
    M("KM019-WX", "KM019", "微信", "官渡教育", "gdjy", "2026/5/18", early_posts=date(2026, 5, 10)),
    M("KM020-W", "KM020", "网站", "官渡区人民医院", "https://www.gdqrmyy.cn", "2012-01-01"),
    M("KM020-WX", "KM020", "微信", "官渡区人民医院", "gdrmyy", "2016-01-01",
      gaps={"2026Q2": [(date(2026, 6, 18), date(2026, 6, 30))], "2026Q3": [(date(2026, 7, 1), date(2026, 7, 13))]}),
    M("KM021-W", "KM021", "网站", "西山区文化和旅游局", "https://wlj.xishan.gov.cn", "2017-01-01"),
    M("KM021-WB", "KM021", "微博", "西山文旅", "weibo.com/xswl", "2015-01-01", status="注销",
      closed="2026-05-15", late_posts=date(2026, 5, 25)),
    M("KM021-DY", "KM021", "抖音", "西山文旅", "douyin:xswl", "2020-01-01", status="关停",
      closed="2026-06-10"),
    M("KM022-WX", "KM022", "微信", "西山城管", "xscg", "2026-07-06"),
    M("KM023-W", "KM023", "网站", "呈贡区人民法院", "https://cgfy.gov.cn", "2014-01-01"),
    M("KM023-WX", "KM023", "微信", "呈贡法院", "cgfy", "2016-01-01"),
    M("KM024-W", "KM024", "网站", "呈贡一中", "https://www.cgyz.cn", "2012-01-01"),
    M("KM024-WX", "KM024", "微信", "呈贡一中", "cgyz", "2016-01-01", posts="every8_11"),
    M("KM024-DY", "KM024", "抖音", "呈贡一中", "douyin:cgyz", "2021-01-01", posts="every8_12"),
    M("KM025-W", "KM025", "网站", "安宁市人民政府门户网站", "https://www.kma.gov.cn", "2008-01-01"),
    M("KM025-DY", "KM025", "抖音", "安宁发布", "douyin:anfb", "2026-04-20", posts="none"),
    M("KM026-W", "KM026", "网站", "安宁新闻网", "https://www.annews.cn", "2015-01-01"),
    M("KM026-WX", "KM026", "微信", "安宁发布", "anningfb", "2015-01-01"),
    M("KM026-DY", "KM026", "抖音", "安宁融媒", "douyin:anrm", "2020-01-01"),
    M("KM026-KS", "KM026", "快手", "安宁融媒", "kuaishou:anrm", "2020-01-01"),
    M("KM027-W", "KM027", "网站", "石林县文化和旅游局", "https://wlj.shilin.gov.cn", "2013-01-01"),
    M("KM027-WX", "KM027", "微信", "石林旅游", "shilinlvyou", "2015-01-01"),
    M("KM027-DY", "KM027", "抖音", "阿诗玛的故乡", "douyin:ashima", "2019-01-01"),
    M("KM027-WB", "KM027", "微博", "石林风景区官方微博", "weibo.com/shilin", "2012-01-01"),
    M("KM027-TT", "KM027", "头条", "石林文旅", "toutiao:slwl", "2018-01-01", closed="2026-08-15"),
    M("KM028-W", "KM028", "网站", "石林县人民医院", "https://www.slxrmyy.cn", "2014-01-01"),
    M("KM028-WX", "KM028", "微信", "石林县人民医院", "slrmyy", "2017-01-01"),
    M("KM029-W", "KM029", "网站", "晋宁区农业农村技术服务中心", "https://nj.jinning.gov.cn", "2018-01-01"),
    M("KM029-WX", "KM029", "微信", "晋宁农技", "jnnj", "2018-06-01"),
    M("KM030-WX", "KM030", "微信", "嵩明志愿者", "smzyz", "2017-01-01", status="注销", closed="2026-03-20"),
]

# Registry changes between the two snapshots.
Q3_MEDIA_OVERRIDES = {
    "KM025-DY": dict(status="注销", closed_on="2026-07-01"),
}

DEFAULT_ITEMS_PER_DAY = {"网站": 120}  # every other kind: 8 per day


# --------------------------------------------------------------------------------------------------
# Editors: (unit_id, media_id, name, role, on_staff, phone). Every unit gets a head and a deputy;
# chief editors as listed in CHIEF (default: one unit-wide chief editor on staff).
# --------------------------------------------------------------------------------------------------
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧"
GIVEN = ["建华", "丽萍", "志强", "海燕", "晓东", "红梅", "国庆", "春燕", "文斌", "秀英", "云峰", "玉兰"]


def person(i, j):
    return SURNAMES[(i * 3 + j) % len(SURNAMES)] + GIVEN[(i + j * 5) % len(GIVEN)]


def phone(i, j):
    return "138%04d%04d" % (1234 + i, 5678 + j)


def chief_rows(quarter, uid, i):
    """Chief-editor rows of one unit for one quarter's snapshot (the staffing edge cases)."""
    if uid == "KM005" and quarter == "2026Q2":  # chief editor not on staff: 3 gaps
        return [(uid, "", person(i, 7), "主要编辑", "否", phone(i, 7))]
    if uid == "KM005":  # Q3: a new chief editor on staff
        return [(uid, "", person(i, 7), "主要编辑", "否", phone(i, 7)),
                (uid, "", person(i, 8), "主要编辑", "是", phone(i, 8))]
    if uid == "KM028" and quarter == "2026Q2":  # no chief editor at all: 2 gaps
        return [(uid, "", person(i, 9), "编辑", "是", phone(i, 9))]
    if uid == "KM017" and quarter == "2026Q2":  # media-specific chief editor for the website only
        return [(uid, "KM017-W", person(i, 7), "主要编辑", "是", phone(i, 7)),
                (uid, "KM017-WX", person(i, 8), "编辑", "是", phone(i, 8))]
    if uid == "KM012":  # unit-wide chief editor not on staff, but one on staff per media
        rows = [(uid, "", person(i, 7), "主要编辑", "N", phone(i, 7))]
        for k, m in enumerate(x for x in MEDIA if x["unit_id"] == uid):
            rows.append((uid, m["media_id"], person(i, 10 + k), "主要编辑", "Y", phone(i, 10 + k)))
        return rows
    if uid == "KM014":  # one chief editor per media (media-specific), all on staff
        return [(uid, m["media_id"], person(i, 10 + k), "主要编辑", "是", phone(i, 10 + k))
                for k, m in enumerate(x for x in MEDIA if x["unit_id"] == uid)]
    return [(uid, "", person(i, 7), "主要编辑", "是", phone(i, 7))]


# --------------------------------------------------------------------------------------------------
# Systems: every unit declares all five long ago, except the cases below.
# --------------------------------------------------------------------------------------------------
SYSTEMS = ["三审", "应急响应", "安全管理", "保密审查", "应急预案"]


def system_rows(quarter, uid, i):
    old = lambda k: "20%02d-%02d-%02d" % (18 + (i + k) % 6, 1 + (i * 5 + k) % 12, 1 + (i * 7 + k) % 28)
    doc = lambda k: "%s〔%d〕%d号" % (uid, 2018 + (i + k) % 6, 10 + k)
    if uid == "KM005":  # two systems set up on 2026-07-15 (after Q2's end), three never
        return [(uid, "三审", "2026-07-15", doc(0)), (uid, "应急响应", "2026/7/15", doc(1))]
    if uid == "KM006":
        if quarter == "2026Q2":
            return [(uid, "三审", old(0), doc(0))]
        return [(uid, s, old(k), doc(k)) for k, s in enumerate(SYSTEMS[:4])]
    if uid == "KM010":  # confidentiality established exactly on Q2's end date: missing in Q2 only
        return [(uid, s, old(k) if s != "保密审查" else "2026-07-01", doc(k)) for k, s in enumerate(SYSTEMS)]
    if uid == "KM022":  # no confidentiality review, no contingency plan
        return [(uid, s, "2026-06-20", doc(k)) for k, s in enumerate(SYSTEMS[:3])]
    if uid == "KM028" and quarter == "2026Q2":
        return []
    if uid == "KM028":
        return [(uid, s, "2026-07-20", doc(k)) for k, s in enumerate(SYSTEMS)]
    return [(uid, s, old(k), doc(k)) for k, s in enumerate(SYSTEMS)]


# --------------------------------------------------------------------------------------------------
# Findings (hand-written). (finding_id, media_id, detected_at, notified_at, fixed_at, category,
# severity, verdict, source, description)
# --------------------------------------------------------------------------------------------------
S, H = "系统扫描", "人工检查"
FINDINGS = {
    "2026Q2": [
        # KM001: the on-time side of each edge
        ("F2-001", "KM001-W", "2026-04-15 08:55:10", "2026-04-15 09:00:00", "2026-04-15 10:00:00.999", "错别字", "一般", "", S, "09:00 在工作时间内，时限60分钟；整改时间的小数秒舍去，恰好在时限"),
        ("F2-002", "KM001-W", "2026-04-15 11:58:00", "2026-04-15 12:00:00", "2026-04-15 16:00:00", "错链", "一般", "", S, "12:00 属午休（非工作时间），时限240分钟"),
        ("F2-003", "KM001-WX", "2026-04-11 09:40", "2026-04-11 10:00", "2026-04-11 13:30", "错别字", "一般", "有效", H, "周六，非工作日，时限240分钟"),
        ("F2-004", "KM001-WB", "2026-05-04T09:50:00+08:00", "2026-05-04T10:00:00+08:00", "2026-05-04T12:30:00+08:00", "错链", "一般", "", S, "5月4日劳动节假期（周一），时限240分钟"),
        ("F2-005", "KM001-W", "2026-04-30T16:20:00Z", "2026-04-30T16:30:00Z", "2026-05-01 04:30", "错别字", "一般", "", S, "UTC时间，即5月1日00:30（假期），时限240分钟，恰好按时"),
        # KM002: the late side of each edge (3 late general: late_fixes trigger)
        ("F2-010", "KM002-W", "2026-04-16 11:50:00", "2026-04-16 11:59:59", "2026-04-16 13:00:00", "错别字", "一般", "", S, "11:59:59 仍在工作时间，时限至12:59:59，晚1秒"),
        ("F2-011", "KM002-W", "2026-04-16 12:55:00", "2026-04-16 13:00:00", "2026-04-16 14:00:01", "错别字", "一般", "", S, "13:00 在工作时间，时限至14:00:00，晚1秒"),
        ("F2-012", "KM002-WX", "2026-05-09 09:30", "2026-05-09 10:00", "2026-05-09 11:30", "表述错误", "一般", "", H, "5月9日周六调休上班，工作时间，时限60分钟"),
        ("F2-013", "KM002-W", "2026-04-17 11:50:00", "2026-04-17 11:59:59", "2026-04-17 12:59:59", "错链", "一般", "", S, "恰好在时限整改，按时"),
        # KM003: error rate exactly 2.00 permille (2 errors / 1000 items)
        ("F2-020", "KM003-W", "2026-04-21 10:00", "2026-04-21 10:05", "2026-04-21 10:30", "错别字", "一般", "", S, ""),
        ("F2-021", "KM003-WX2", "2026-05-26 14:00", "2026-05-26 14:10", "2026-05-26 14:40", "错链", "一般", "", S, ""),
        # KM004: 1.99 permille (2 / 1005): below the threshold
        ("F2-030", "KM004-W", "2026-04-23 09:20", "2026-04-23 09:30", "2026-04-23 10:00", "错别字", "一般", "", S, ""),
        ("F2-031", "KM004-WX", "2026-06-03 15:00", "2026-06-03 15:10", "2026-06-03 15:45", "错别字", "一般", "", S, ""),
        # KM005: one late general fix (not enough for the trigger)
        ("F2-040", "KM005-W", "2026-04-21 09:50", "2026-04-21 10:00", "2026-04-21 11:30", "错链", "一般", "", S, "工作时间通知，90分钟后才整改"),
        # KM008: one finding on a media that is not inspected (items 0: rate undefined)
        ("F2-050", "KM008-W", "2026-05-20 10:00", "2026-05-20 10:10", "2026-05-20 10:40", "无法访问", "一般", "", H, "人工检查发现"),
        # KM010: 3 / 40000 items
        ("F2-060", "KM010-W", "2026-04-08 10:00", "2026-04-08 10:05", "2026-04-08 10:30", "错别字", "一般", "", S, ""),
        ("F2-061", "KM010-W", "2026-05-08 10:00", "2026-05-08 10:05", "2026-05-08 10:30", "错别字", "一般", "", S, ""),
        ("F2-062", "KM010-WX", "2026-06-08 10:00", "2026-06-08 10:05", "2026-06-08 10:30", "错链", "一般", "", S, ""),
        # KM011: serious major incident, serious non-major, a false positive, a general wrong expression
        ("F2-070", "KM011-W", "2026-05-12 09:55", "2026-05-12 10:00", "2026-05-12 10:20", "泄密", "严重", "", H, "公示附件含内部文件编号（重大问题）"),
        ("F2-071", "KM011-WX", "2026-05-13 14:55", "2026-05-13 15:00", "2026-05-13 15:25", "错别字", "严重", "", S, "严重错别字（领导人姓名），不属重大问题类别"),
        ("F2-072", "KM011-TT", "2026-05-14 09:50", "2026-05-14 10:00", "", "泄密", "严重", "误报", S, "经核定为误报，不计"),
        ("F2-073", "KM011-W", "2026-06-16 09:50", "2026-06-16 10:00", "2026-06-16 10:40", "表述错误", "一般", "", S, "一般程度的表述错误，不属重大问题"),
        # KM013: overdue and pending relative to as_of = 2026-07-01 00:00
        ("F2-080", "KM013-W", "2026-06-10 09:50", "2026-06-10 10:00", "", "错链", "一般", "", S, "未整改，已超时"),
        ("F2-081", "KM013-W", "2026-06-30 19:50:00", "2026-06-30 19:59:59", "", "错别字", "一般", "", S, "时限至23:59:59，as_of 时已超时"),
        ("F2-082", "KM013-WX", "2026-06-30 19:55:00", "2026-06-30 20:00:00", "", "错别字", "一般", "", S, "时限恰为7月1日00:00，不晚于 as_of：待定"),
        ("F2-083", "KM013-W", "2026-06-30 22:50", "2026-06-30 23:00", "", "错别字", "严重", "", S, "时限7月1日01:00：待定"),
        ("F2-084", "KM013-WX", "2026-06-30 22:55", "2026-06-30 23:00", "2026-07-01 02:30", "错链", "一般", "", S, "整改在 as_of 之后，但在时限内：按时"),
        # KM014: routine
        ("F2-090", "KM014-W", "2026-04-27 10:00", "2026-04-27 10:02", "2026-04-27 10:20", "错链", "一般", "", S, ""),
        ("F2-091", "KM014-APP", "2026-06-05 21:00", "2026-06-05 21:05", "2026-06-05 22:10", "无法访问", "一般", "", S, ""),
        # KM016: serious, notified at 18:00 (off-hours, 120 min), fixed one second late
        ("F2-100", "KM016-W", "2026-04-20 17:58:00", "2026-04-20 18:00:00", "2026-04-20 20:00:01", "错别字", "严重", "", S, "18:00 已下班，时限120分钟，晚1秒"),
        # KM017: serious at 17:59 (working, 30 min) and serious on a holiday (120 min), both on time
        ("F2-110", "KM017-W", "2026-04-22 17:50", "2026-04-22 17:59", "2026-04-22 18:29", "错别字", "严重", "", S, "17:59 在工作时间，时限30分钟，恰好按时"),
        ("F2-111", "KM017-WX", "2026-06-19 14:50", "2026-06-19 15:00", "2026-06-19 16:45", "错链", "严重", "", S, "6月19日端午节假期，时限120分钟"),
        # KM020: routine
        ("F2-120", "KM020-W", "2026-05-18 16:00", "2026-05-18 16:05", "2026-05-18 16:30", "错别字", "一般", "", S, ""),
        # KM023: offsets, lunch break, quarter boundaries
        ("F2-130", "KM023-W", "2026-06-22T00:55:00Z", "2026-06-22T01:00:00Z", "2026-06-22T02:00:00Z", "错别字", "一般", "", S, "UTC 01:00 即北京时间09:00，恰好按时"),
        ("F2-131", "KM023-W", "2026-06-23 12:50:00+0800", "2026-06-23 12:59:59+0800", "2026-06-23 16:30", "错链", "一般", "", S, "午休时间通知，时限240分钟"),
        ("F2-132", "KM023-WX", "2026-03-31 23:59:59", "2026-04-01 09:05", "2026-04-01 09:30", "错别字", "一般", "", S, "发现时间在上季度，不计入本季度"),
        ("F2-133", "KM023-WX", "2026-06-30 23:59:59", "2026-07-01 00:05", "2026-07-01 03:00", "错别字", "一般", "", S, "发现时间在本季度最后一秒，计入本季度"),
        # KM029: routine
        ("F2-140", "KM029-W", "2026/6/2 10:00", "2026/6/2 10:10", "2026/6/2 10:50", "其他", "一般", "", H, ""),
    ],
    "2026Q3": [
        # KM001: clean quarter
        # KM002: one late general: no longer triggered
        ("F3-010", "KM002-W", "2026-08-03 17:25", "2026-08-03 17:30", "2026-08-03 18:31", "错别字", "一般", "", S, "时限至18:30，晚1分钟"),
        # KM003: 3 / 1200 = 2.5 permille
        ("F3-020", "KM003-W", "2026-07-14 10:00", "2026-07-14 10:05", "2026-07-14 10:40", "错别字", "一般", "", S, ""),
        ("F3-021", "KM003-WX1", "2026-08-11 15:00", "2026-08-11 15:05", "2026-08-11 15:50", "错链", "一般", "", S, ""),
        ("F3-022", "KM003-WB", "2026-09-08 09:30", "2026-09-08 09:35", "2026-09-08 10:05", "错别字", "一般", "", S, ""),
        # KM005: one general on time
        ("F3-030", "KM005-W", "2026-07-21 09:55", "2026-07-21 10:00", "2026-07-21 10:30", "错链", "一般", "", S, ""),
        # KM006: 1 / 4950 items
        ("F3-040", "KM006-W", "2026-07-28 10:00", "2026-07-28 10:05", "2026-07-28 10:35", "错别字", "一般", "", S, ""),
        # KM011: four serious major incidents, plus a false positive
        ("F3-050", "KM011-W", "2026-07-09 10:00", "2026-07-09 10:05", "2026-07-09 10:25", "泄密", "严重", "", H, "重大问题"),
        ("F3-051", "KM011-WX", "2026-07-23 11:00", "2026-07-23 11:05", "2026-07-23 11:30", "隐私泄露", "严重", "", S, "公示名单含身份证号（重大问题）"),
        ("F3-052", "KM011-TT", "2026-08-19 14:00", "2026-08-19 14:05", "2026-08-19 14:30", "表述错误", "严重", "", H, "重大问题"),
        ("F3-053", "KM011-W", "2026-09-02 09:00", "2026-09-02 09:05", "2026-09-02 09:30", "数据造假", "严重", "", H, "重大问题"),
        ("F3-054", "KM011-WX", "2026-09-15 10:00", "2026-09-15 10:05", "", "隐私泄露", "严重", "false_positive", S, "误报"),
        # KM013: last quarter's findings fixed in July: detected in Q2, so not counted here
        ("F2-080", "KM013-W", "2026-06-10 09:50", "2026-06-10 10:00", "2026-07-02 10:00", "错链", "一般", "", S, "上季度问题，本季度整改"),
        ("F2-082", "KM013-WX", "2026-06-30 19:55:00", "2026-06-30 20:00:00", "2026-07-01 08:00", "错别字", "一般", "", S, "上季度问题"),
        ("F2-083", "KM013-W", "2026-06-30 22:50", "2026-06-30 23:00", "2026-07-01 00:50", "错别字", "严重", "", S, "上季度问题"),
        # KM015: make-up Sunday and holiday, general, both on time
        ("F3-060", "KM015-W", "2026-09-20 09:20", "2026-09-20 09:30", "2026-09-20 10:30:00", "错别字", "一般", "", S, "9月20日周日调休上班：工作时间，时限60分钟，恰好按时"),
        ("F3-061", "KM015-WX", "2026-09-25 09:50", "2026-09-25 10:00", "2026-09-25 13:59", "错链", "一般", "", S, "9月25日中秋节假期（周五），时限240分钟"),
        # KM016: serious on the make-up Sunday, one second late
        ("F3-070", "KM016-W", "2026-09-20 09:25:00", "2026-09-20 09:30:00", "2026-09-20 10:00:01", "错别字", "严重", "", S, "调休上班日，时限30分钟，晚1秒"),
        # KM022: new account
        ("F3-080", "KM022-WX", "2026-08-12 16:00", "2026-08-12 16:10", "2026-08-12 16:40", "错别字", "一般", "", S, ""),
        # KM026
        ("F3-090", "KM026-W", "2026-07-30 10:00", "2026-07-30 10:03", "2026-07-30 10:33", "错别字", "一般", "", S, ""),
        # out of the quarter: detected at Q3's end
        ("F3-099", "KM029-W", "2026-10-01 00:00:00", "2026-10-01 00:05", "2026-10-01 01:00", "错链", "一般", "", S, "发现时间为下季度起点，不计入"),
    ],
}

# --------------------------------------------------------------------------------------------------
# Complaints: (complaint_id, unit_id, media_id, received_at, substantiated, channel)
# --------------------------------------------------------------------------------------------------
COMPLAINTS = {
    "2026Q2": [
        ("C2-001", "KM007", "", "2026-04-09 10:12", "是", "12345"),
        ("C2-002", "", "KM007-WX", "2026-05-19 15:40", "是", "留言板"),
        ("C2-003", "KM007", "KM007-W", "2026-06-02 09:05", "true", "12345"),
        ("C2-004", "KM007", "", "2026-06-15 11:00", "否", "12345"),
        ("C2-005", "KM007", "", "2026-03-28 16:00", "是", "12345"),
        ("C2-010", "KM005", "", "2026-05-06 10:00", "是", "人民网领导留言板"),
        ("C2-020", "KM006", "KM006-W", "2026-04-27 14:30", "是", "12345"),
        ("C2-030", "", "KM020-WX", "2026-04-14 08:30", "是", "留言板"),
        ("C2-031", "KM020", "", "2026-05-21 17:20", "yes", "12345"),
        ("C2-032", "KM020", "", "2026-06-11 10:00", "no", "12345"),
        ("C2-033", "", "KM020-W", "2026-06-24 09:45", "N", "留言板"),
        ("C2-040", "", "KM026-WX", "2026-04-18 20:00", "是", "留言板"),
        ("C2-041", "", "KM026-DY", "2026-05-22 13:10", "1", "留言板"),
        ("C2-042", "KM026", "KM026-KS", "2026-06-29 23:59:59", "是", "12345"),
    ],
    "2026Q3": [
        ("C3-001", "KM004", "", "2026-07-07 09:30", True, "12345"),
        ("C3-002", "", "KM004-WX", "2026-08-14 16:20", "是", "留言板"),
        ("C3-003", "KM004", "KM004-W", "2026-09-29 10:00", 1, "人民网领导留言板"),
        ("C3-004", "KM004", "", "2026-09-30 18:00", False, "12345"),
        ("C3-010", "", "KM026-DY", "2026-08-05 11:11", "是", "留言板"),
        ("C3-011", "KM026", "", "2026-10-01 08:00", "是", "12345"),
    ],
}


# --------------------------------------------------------------------------------------------------
# Bulk: posts and inspections
# --------------------------------------------------------------------------------------------------
def days(a, b):
    d = a
    while d < b:
        yield d
        d += timedelta(days=1)


def parse_d(s):
    if not s:
        return None
    y, m, d = s.replace("/", "-").split("-")
    return date(int(y), int(m), int(d))


def window(m, q):
    start, end = QUARTERS[q]
    o, c = parse_d(m["opened_on"]), parse_d(m["closed_on"])
    a = max(start, o) if o else start
    b = min(end, c) if c else end
    return a, b


TITLES = ["工作动态", "通知公告", "政策解读", "便民服务", "图片新闻", "基层风采", "学习园地", "公示"]


def post_rows(m, q):
    start, end = QUARTERS[q]
    a, b = window(m, q)
    mode = m.get("posts", "daily")
    rows = []
    if mode == "none" or a >= b:
        return rows
    if mode.startswith("every8_"):
        n = int(mode.split("_")[1])
        first = a if n == 12 else a + timedelta(days=4)
        dates = [first + timedelta(days=8 * k) for k in range(n)]
        return [(d, "%s 10:00" % d.isoformat(), "%s第%d期" % (m["name"], k + 1)) for k, d in enumerate(dates)]
    gaps = m.get("gaps", {}).get(q, [])
    first = a
    if m.get("early_posts") and q == "2026Q2":
        first = m["early_posts"]  # posts before opened_on: outside the window
    last = b
    if m.get("late_posts") and q == "2026Q2":
        last = m["late_posts"] + timedelta(days=1)  # posts after closed_on: outside the window
    h = sum(map(ord, m["media_id"]))
    for k, d in enumerate(days(first, min(last, end))):
        if any(g0 <= d <= g1 for g0, g1 in gaps):
            continue
        t = TITLES[(h + k) % len(TITLES)]
        rows.append((d, "%s %02d:%02d" % (d.isoformat(), 8 + (h + k) % 3, (h * 7 + k * 13) % 60), "%s：%s" % (t, m["name"])))
        if m["kind"] == "网站" and (h + k) % 2 == 0:
            rows.append((d, "%s 16:%02d:%02d" % (d.isoformat(), (k * 11) % 60, (h + k) % 60), "%s（下午）" % t))
    return rows


def inspection_rows(m, q):
    a, b = window(m, q)
    if a >= b:
        return []
    spec = m.get("items", {})
    n = (b - a).days
    if q in spec and spec[q] is None:
        return []
    if q in spec and spec[q] == 0:
        return [(d.isoformat(), 0) for d in days(a, b)]
    total = spec.get(q, DEFAULT_ITEMS_PER_DAY.get(m["kind"], 8) * n)
    base, rem = divmod(total, n)
    return [(d.isoformat(), base + (1 if k < rem else 0)) for k, d in enumerate(days(a, b))]


# --------------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------------
def write_csv(path, header, rows, encoding="utf-8", bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    data = buf.getvalue()
    with open(path, "wb") as f:
        if bom:
            f.write(b"\xef\xbb\xbf")
        f.write(data.encode(encoding))


def as_xlsx(d, table):
    """Replaces TABLE.csv in d by TABLE.xlsx (tools/csv_to_xlsx.py, openpyxl; rows stay on the same lines)."""
    import sys
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from csv_to_xlsx import convert
    source = os.path.join(d, table + ".csv")
    convert(table, source, os.path.join(d, table + ".xlsx"))
    os.remove(source)


def media_for(q):
    out = []
    for m in MEDIA:
        m = dict(m)
        if q == "2026Q3":
            m.update(Q3_MEDIA_OVERRIDES.get(m["media_id"], {}))
        out.append(m)
    return out


def generate(q):
    d = os.path.join(ROOT, q)
    os.makedirs(d, exist_ok=True)
    media = media_for(q)
    # units
    if q == "2026Q2":
        write_csv(os.path.join(d, "units.csv"), ["单位编码", "单位名称", "单位类别", "具有行政职能", "所属地区"],
                  UNITS, encoding="gb18030")
    else:
        write_csv(os.path.join(d, "units.csv"), ["unit_id", "name", "category", "admin_function", "region"],
                  UNITS, bom=True)
    # media
    write_csv(os.path.join(d, "media.csv"),
              ["media_id", "unit_id", "kind", "name", "address", "status", "opened_on", "closed_on"],
              [(m["media_id"], m["unit_id"], m["kind"], m["name"], m["address"], m["status"], m["opened_on"],
                m["closed_on"]) for m in media])
    # editors
    rows = []
    for i, (uid, *_rest) in enumerate(UNITS):
        rows.append((uid, "", person(i, 1), "主要负责人", "是", phone(i, 1)))
        rows.append((uid, "", person(i, 2), "分管负责人", "是", phone(i, 2)))
        rows.extend(chief_rows(q, uid, i))
        rows.append((uid, "", person(i, 3), "编辑", "否", ""))
    write_csv(os.path.join(d, "editors.csv"), ["unit_id", "media_id", "name", "role", "on_staff", "phone"], rows)
    # systems
    rows = []
    for i, (uid, *_rest) in enumerate(UNITS):
        rows.extend(system_rows(q, uid, i))
    write_csv(os.path.join(d, "systems.csv"), ["unit_id", "system", "established_on", "document"], rows)
    # findings
    write_csv(os.path.join(d, "findings.csv"),
              ["finding_id", "media_id", "detected_at", "notified_at", "fixed_at", "category", "severity",
               "verdict", "source", "description"], FINDINGS[q])
    # inspections (several rows for one media and day add up: split the websites' first day in two)
    rows = []
    for m in media:
        for k, (day, items) in enumerate(inspection_rows(m, q)):
            if k == 0 and m["kind"] == "网站" and items > 1:
                rows.append((m["media_id"], day, items // 2))
                rows.append((m["media_id"], day.replace("-", "/"), items - items // 2))
            else:
                rows.append((m["media_id"], day, items))
    # rows outside the quarter are ignored
    rows.append(("KM001-W", (QUARTERS[q][0] - timedelta(days=1)).isoformat(), 999))
    rows.append(("KM001-W", QUARTERS[q][1].isoformat(), 999))
    write_csv(os.path.join(d, "inspections.csv"), ["media_id", "date", "items_checked"], rows)
    if q == "2026Q2":
        # Q2's inspections arrive as the inspection system exports them: an Excel workbook (date cells, numbers).
        as_xlsx(d, "inspections")
    # posts
    rows = []
    for m in media:
        rows.extend((m["media_id"], t, title) for _d, t, title in post_rows(m, q))
    rows.extend(EXTRA_POSTS[q])
    if q == "2026Q2":
        write_csv(os.path.join(d, "posts.csv"), ["media_id", "published_at", "title"], rows)
    else:
        with open(os.path.join(d, "posts.jsonl"), "w", encoding="utf-8", newline="\n") as f:
            for mid, t, title in rows:
                f.write(json.dumps({"media_id": mid, "published_at": t, "title": title}, ensure_ascii=False) + "\n")
    # complaints
    cols = ["complaint_id", "unit_id", "media_id", "received_at", "substantiated", "channel"]
    if q == "2026Q2":
        write_csv(os.path.join(d, "complaints.csv"), cols, COMPLAINTS[q])
    else:
        objs = []
        for r in COMPLAINTS[q]:
            o = {k: v for k, v in zip(cols, r)}
            if o["unit_id"] == "":
                o["unit_id"] = None
            if o["media_id"] == "":
                del o["media_id"]
            objs.append(o)
        with open(os.path.join(d, "complaints.json"), "w", encoding="utf-8", newline="\n") as f:
            f.write(json.dumps(objs, ensure_ascii=False, indent=1) + "\n")


# Posts written by hand: boundary moments, offsets, quoting.
EXTRA_POSTS = {
    "2026Q2": [
        # KM018-WX: last post before the 14-day silence at 23:59:59, first after it given in UTC
        ("KM018-WX", "2026-05-31 23:59:59", "端午健康提示"),
        ("KM018-WX", "2026-06-14T16:00:00Z", "6月15日00:00（北京时间）发布"),
        # a title with a comma, quotes and a line break (RFC 4180 quoting)
        ("KM014-W", "2026-06-18 20:00", '昆明日报"融媒"专题,\n第二行'),
        # posts before the quarter: outside every window
        ("KM001-WX", "2026-03-31 23:59:59", "上季度最后一条"),
    ],
    "2026Q3": [
        ("KM001-WX", "2026-10-01 00:00:00", "下季度第一条"),
        # KM021-DY: 关停 since 2026-06-10 yet still posting (not assessed in Q3): registry_stale
        ("KM021-DY", "2026-07-02 10:00", "关停后仍在发布"),
        ("KM014-W", "2026-09-30T15:59:59Z", "UTC 15:59:59 即北京时间23:59:59"),
    ],
}


# --------------------------------------------------------------------------------------------------
# SampleData/broken: one directory of rejected rows, one directory per fatal error (literal texts)
# --------------------------------------------------------------------------------------------------
BASE = {
    "units.csv": "unit_id,name,category,admin_function,region\n"
                 "U1,测试单位一,政府,,市级\n"
                 "U2,测试单位二,事业单位,是,五华区\n",
    "media.csv": "media_id,unit_id,kind,name,address,status,opened_on,closed_on\n"
                 "M1,U1,网站,单位一网站,https://u1.example.cn,运行,2020-01-01,\n"
                 "M2,U2,微信,单位二微信,u2wx,运行,2021-03-05,\n",
    "findings.csv": "finding_id,media_id,detected_at,category,severity,notified_at,fixed_at\n"
                    "F1,M1,2026-05-06 10:00,错别字,一般,2026-05-06 10:05,2026-05-06 10:30\n",
    "inspections.csv": "media_id,date,items_checked\nM1,2026-05-06,100\nM2,2026-05-06,10\n",
    "posts.csv": "media_id,published_at,title\nM1,2026-05-06 10:00,测试\nM2,2026-05-06 11:00,测试\n",
}

REJECTS = {
    "units.csv": (
        "unit_id,name,category,admin_function,region\n"
        "U1,测试单位一,政府,,市级\n"                      # 2 ok
        "U2,测试单位二,事业单位,是,五华区\n"              # 3 ok
        "U3,测试单位三,党委,,盘龙区\n"                    # 4 ok
        "U4,,政府,,市级\n"                                # 5 name absent
        "U5,测试单位五,街道办,,市级\n"                    # 6 category not an enum value
        "U6,测试单位六,事业单位,也许,市级\n"              # 7 admin_function not a bool
        "U1,重复的单位,政府,,市级\n"                      # 8 duplicate unit_id
        "U7,字段太多,政府,,市级,多余\n"                   # 9 field count
    ),
    "media.csv": (
        "媒体编码,单位编码,类型,名称,地址,状态,开设日期,关停日期\n"
        "M1,U1,网站,单位一网站,https://u1.example.cn,运行,2020-01-01,\n"   # 2 ok
        "M2,U2,微信,单位二微信,u2wx,active,2021/3/5,\n"                    # 3 ok (English alias, Y/M/D)
        "M3,U3,微博,单位三微博,,运行,,\n"                                  # 4 ok
        "M4,U9,网站,不存在单位的网站,,运行,,\n"                            # 5 unit_id names no row
        "M5,U5,网站,被拒单位的网站,,运行,,\n"                              # 6 unit_id names a rejected row
        "M6,U1,抖音,已注销无日期,,注销,2020-01-01,\n"                      # 7 closed_on required
        "M7,U1,快手,关停早于开设,,运行,2026-05-01,2026-04-01\n"            # 8 closed_on before opened_on
        "M8,U1,网站,日期格式错,,运行,2026-5-1,\n"                          # 9 opened_on not a date
        "M1,U2,网站,重复的媒体,,运行,,\n"                                  # 10 duplicate media_id
        "M9,U1,视频号,\"含,逗号的名称\",,运行,２０２６-01-01,\n"          # 11 full-width digits
    ),
    "editors.csv": (
        "unit_id,media_id,name,role,on_staff,phone\n"
        "U1,,张三,主要编辑,是,13812345678\n"              # 2 ok
        "U2,M2,李四,主要编辑,是,13912345678\n"            # 3 ok
        "U1,M2,王五,编辑,是,13700001111\n"                # 4 media of another unit
        "U1,M4,赵六,编辑,是,\n"                           # 5 media_id names a rejected row
        "U3,,钱七,主编,是,\n"                             # 6 role not an enum value
        "U3,,孙八,编辑,,\n"                               # 7 on_staff absent
    ),
    "systems.csv": (
        "unit_id,system,established_on,document\n"
        "U1,三审,2020-01-01,\n"                           # 2 ok
        "U1,应急响应,2020/13/01,\n"                       # 3 not a real date
        "U1,安全制度,2020-01-01,\n"                       # 4 system not an enum value
        "U9,三审,2020-01-01,\n"                           # 5 unit_id names no row
    ),
    "complaints.csv": (
        "complaint_id,unit_id,media_id,received_at,substantiated,channel\n"
        "C1,U1,,2026-05-06 10:00,是,12345\n"              # 2 ok
        "C2,,,2026-05-06 10:00,是,12345\n"                # 3 neither unit_id nor media_id
        "C3,U2,M1,2026-05-06 10:00,是,12345\n"            # 4 media of another unit
        "C1,U1,,2026-05-07 10:00,否,12345\n"              # 5 duplicate complaint_id
        "C4,U1,,2026-05-07,是,12345\n"                    # 6 a date alone is not a datetime
        "C5,U1,,2026-05-07 10:00,属实,12345\n"            # 7 substantiated not a bool
    ),
    "findings.csv": (
        "finding_id,media_id,detected_at,category,severity,notified_at,fixed_at,verdict,description\n"
        "F1,M1,2026-05-06 10:00,错别字,一般,2026-05-06 10:05,2026-05-06 10:30,,\"两行的\n问题描述\"\n"  # 2-3 ok
        "F2,M1,2026-05-06 10:00,错别字,一般,2026-05-06 09:55,,,\n"              # 4 notified before detected
        "F3,M1,2026-05-06 10:00,错别字,一般,2026-05-06 10:05,2026-05-06 09:00,,\n"  # 5 fixed before detected
        "F4,M1,2026-05-06 25:00,错别字,一般,2026-05-06 10:05,,,\n"              # 6 hour 25
        "F5,M4,2026-05-06 10:00,错别字,一般,2026-05-06 10:05,,,\n"              # 7 media_id rejected row
        "F6,M1,2026-05-06 10:00,错别字,重大,2026-05-06 10:05,,,\n"              # 8 severity not an enum
        "F1,M1,2026-05-07 10:00,错链,一般,2026-05-07 10:05,,,\n"                # 9 duplicate finding_id
        "F7,M1,2026-05-06 10:00,错别字,一般,2026-05-06 10:05,,待定,\n"          # 10 verdict not an enum
        "F8,M1,2026-05-06 10:00,错别字,一般\n"                                   # 11 field count
        "\n"                                                                    # 12 blank: skipped
        ",M1,2026-05-06 10:00,错别字,一般,2026-05-06 10:05,,,\n"                # 13 finding_id absent
    ),
    "inspections.csv": (
        "media_id,date,items_checked\r\n"
        "M1,2026-05-06,100\r\n"                          # 2 ok
        "M1,2026-05-06,-5\r\n"                           # 3 negative
        "M1,2026-05-06,１００\r\n"                       # 4 full-width digits
        "M1,2026-05-06,12.5\r\n"                         # 5 not an int
        "M9,2026-05-06,10\r\n"                           # 6 media_id rejected row
        "M2,,10\r\n"                                     # 7 date absent
        "M3,2026-05-06,+7"                                 # 8 ok, no final line break
    ),
    "posts.jsonl": (
        '{"media_id":"M1","published_at":"2026-05-06 10:00","title":"正常"}\n'        # 1 ok
        '["M1","2026-05-06 10:00"]\n'                                                 # 2 not an object
        '{"media_id":"M1","published_at":"2026-05-06T10:00:00+08:00","title":null}\n' # 3 ok
        '{"media_id":"M2","published_at":{"date":"2026-05-06"}}\n'                    # 4 nested value
        '{"media_id":"M1","published_at":"2026-05-06"}\n'                             # 5 date alone
        '"只是一个字符串"\n'                                                           # 6 not an object
        '{"媒体编码":"M3","发布时间":"2026/5/6 10:00"}\n'                               # 7 ok (aliases)
        '{"media_id":"M404","published_at":"2026-05-06 10:00"}\n'                     # 8 no such media
        '{broken json\n'                                                               # 9 not an object
        '{"media_id":"M2","published_at":"2026-05-06 10:00","title":""}\n'            # 10 ok
        '\n'                                                                           # blank: skipped
    ),
}


def write_text(path, text, encoding="utf-8"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(text.encode(encoding) if isinstance(text, str) else text)


def broken():
    b = os.path.join(ROOT, "broken")
    for name, text in REJECTS.items():
        write_text(os.path.join(b, "rejects", name), text)
    cases = {
        # a required table is absent
        "fatal-missing-table": dict(drop=["posts.csv"]),
        # a required column is absent (findings without notified_at)
        "fatal-missing-column": {"findings.csv": "finding_id,media_id,detected_at,category,severity,fixed_at\n"
                                                 "F1,M1,2026-05-06 10:00,错别字,一般,2026-05-06 10:30\n"},
        # complaints with neither unit_id nor media_id column
        "fatal-complaints-no-reference": {"complaints.csv": "complaint_id,received_at,substantiated\n"
                                                            "C1,2026-05-06 10:00,是\n"},
        # two forms of one table
        "fatal-two-forms": {"posts.jsonl": '{"media_id":"M1","published_at":"2026-05-06 10:00"}\n'},
        # bytes neither UTF-8 nor GB18030 (a UTF-16 export)
        "fatal-undecodable": {"units.csv": b"\xff\xfe" + BASE["units.csv"].encode("utf-16-le")},
        # a .json that is not an array of objects
        "fatal-json-not-array": dict(drop=["findings.csv"], **{"findings.json": '{"findings": [{"finding_id": "F1"}]}\n'}),
        "fatal-json-array-of-non-objects": dict(drop=["inspections.csv"], **{"inspections.json": '[["M1", "2026-05-06", 100]]\n'}),
    }
    for case, files in cases.items():
        files = dict(files)
        drop = files.pop("drop", [])
        for name, text in BASE.items():
            if name not in drop and name not in files:
                write_text(os.path.join(b, case, name), text)
        for name, text in files.items():
            write_text(os.path.join(b, case, name), text)


def main():
    for q in QUARTERS:
        generate(q)
    broken()


if __name__ == "__main__":
    main()
