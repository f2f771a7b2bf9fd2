#!/usr/bin/env python3
"""Throwaway generator of a large data directory for the reading benchmark (docs/PERFORMANCE.md).

    python3 Benchmarks/gen_posts.py /tmp/assess-bench [scale]

scale 1 = 2,000 units, 10,000 media, 200k findings, 1M inspections, 3M posts (about 260 MB).
"""
import random
import sys
from datetime import datetime, timedelta

out = sys.argv[1]
scale = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
random.seed(7)
import os
os.makedirs(out, exist_ok=True)

UNITS, MEDIA = 2000, 10000
FINDINGS, INSPECTIONS, POSTS = int(200_000 * scale), int(1_000_000 * scale), int(3_000_000 * scale)
start = datetime(2026, 7, 1)

with open(f"{out}/units.csv", "w", encoding="utf-8") as f:
    f.write("unit_id,name,category,admin_function,region\n")
    for u in range(UNITS):
        f.write(f"U{u:05d},五华区第{u}办公室,政府,否,五华区\n")

with open(f"{out}/media.csv", "w", encoding="utf-8") as f:
    f.write("media_id,unit_id,kind,name,address,status,opened_on,closed_on\n")
    for m in range(MEDIA):
        f.write(f"M{m:06d},U{m % UNITS:05d},微信,公众号{m},https://example.gov.cn/{m},运行,2020-01-01,\n")

with open(f"{out}/findings.csv", "w", encoding="utf-8") as f:
    f.write("finding_id,media_id,detected_at,category,severity,notified_at,fixed_at,verdict,source,url,description\n")
    for i in range(FINDINGS):
        t = start + timedelta(seconds=random.randrange(90 * 86400))
        n = t + timedelta(minutes=random.randrange(30))
        x = n + timedelta(minutes=random.randrange(300))
        f.write(f"F{i:08d},M{random.randrange(MEDIA):06d},{t:%Y-%m-%d %H:%M:%S},错别字,一般,{n:%Y-%m-%d %H:%M:%S},"
                f"{x:%Y-%m-%d %H:%M:%S},有效,系统扫描,https://example.gov.cn/a/{i}.html,\"“规范表述”写成了“规范表达”，第{i}处\"\n")

with open(f"{out}/inspections.csv", "w", encoding="utf-8") as f:
    f.write("media_id,date,items_checked\n")
    for i in range(INSPECTIONS):
        d = start + timedelta(days=i // MEDIA % 92)
        f.write(f"M{i % MEDIA:06d},{d:%Y-%m-%d},{random.randrange(200)}\n")

with open(f"{out}/posts.csv", "w", encoding="utf-8") as f:
    f.write("media_id,published_at,title\n")
    m = 0
    for i in range(POSTS):
        if random.random() < 0.02:
            m = random.randrange(MEDIA)
        t = start + timedelta(seconds=random.randrange(92 * 86400))
        f.write(f"M{m:06d},{t:%Y-%m-%d %H:%M:%S},关于做好{i % 97}项重点工作的通知（第{i}期）\n")
