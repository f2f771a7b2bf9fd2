#!/usr/bin/env python3
"""Writes the seed corpus Fuzz/corpus/xlsx/ (deterministic; run from the package root; needs openpyxl).

A seed is: byte 0 = table index (as in make_corpus.py), byte 1 = mode, then the body.
  - mode < 0x80: the body is a whole .xlsx file (the first rows of a SampleData table written by
    tools/csv_to_xlsx.py, and a hand-made package with shared strings, styles and the 1904 system);
  - mode >= 0x80: the body is a worksheet's XML alone, checked whole against chunks of 1 + (mode & 63) bytes
    (the fuzz entry's shared strings are "s0", "s1", "KM001", "KM001-W"; style 1 is a date, 2 a date-time).
"""
import io, os, pathlib, sys, tempfile, zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from csv_to_xlsx import convert  # noqa: E402

TABLES = ["units", "media", "editors", "systems", "complaints", "findings", "inspections", "posts"]
SAMPLE = ROOT / "SampleData"
OUT = ROOT / "Fuzz" / "corpus" / "xlsx"
MAX_LINES = 12


def seed(name, table, mode, body):
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / name).write_bytes(bytes([TABLES.index(table), mode]) + body)


def workbook_of(table, csv_bytes):
    with tempfile.TemporaryDirectory() as tmp:
        source, target = os.path.join(tmp, "t.csv"), os.path.join(tmp, "t.xlsx")
        open(source, "wb").write(csv_bytes)
        convert(table, source, target, date1904=(table == "systems"))
        return open(target, "rb").read()


def sheet_xml(xlsx):
    return zipfile.ZipFile(io.BytesIO(xlsx)).read("xl/worksheets/sheet1.xml")


for folder in ["2026Q3", "broken/rejects"]:
    for path in sorted((SAMPLE / folder).iterdir()):
        table = path.stem
        if table not in TABLES or path.suffix != ".csv":
            continue
        tag = folder.replace("/", "-")
        head = b"".join(path.read_bytes().splitlines(keepends=True)[:MAX_LINES])
        xlsx = workbook_of(table, head)
        seed(f"{tag}-{table}.xlsx", table, 0x00, xlsx)
        seed(f"{tag}-{table}-sheet.xml", table, 0x80 | 5, sheet_xml(xlsx))

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SHEET = (f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><sheetData>'
         '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>title</t></is></c></row>'
         '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="2"><v>44742.395833333336</v></c>'
         '<c r="C2" t="inlineStr"><is><r><t>富</t></r><r><t xml:space="preserve"> 文本 &amp; _x000D_</t></r><rPh><t>ふ</t></rPh></is></c></row>'
         '<row r="4"><c r="A4" t="s"><v>2</v></c><c r="B4" t="e"><f>NA()</f><v>#N/A</v></c><c r="C4" t="str"><f>A4</f><v>x</v></c></row>'
         '<row r="5"><c r="A5" t="s"><v>2</v></c><c r="B5" s="1"><f>TODAY()</f></c><c r="C5" t="b"><v>1</v></c></row>'
         '<row r="6" spans="1:3"><c r="A6"/><c r="B6" s="1"/></row>'
         '<row r="7"><c r="A7" t="s"><v>9</v></c><c r="B7" s="2"><v>2958466</v></c><c r="E7"><v>1.5E-7</v></c></row>'
         '</sheetData></worksheet>')
PARTS = {
    "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    "_rels/.rels": f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><workbookPr date1904="1"/><sheets><sheet name="发布" sheetId="1" r:id="rId1"/><sheet name="说明" sheetId="2" r:id="rId2"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                   f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
                                   f'<Relationship Id="rId2" Type="{REL}/worksheet" Target="/xl/worksheets/sheet2.xml"/>'
                                   f'<Relationship Id="rId3" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
                                   f'<Relationship Id="rId4" Type="{REL}/styles" Target="styles.xml"/></Relationships>'),
    "xl/sharedStrings.xml": f'<sst xmlns="{MAIN}"><si><t>media_id</t></si><si><t>published_at</t></si><si><t>KM001-W</t></si><si><t>s1</t></si></sst>',
    "xl/styles.xml": (f'<styleSheet xmlns="{MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot; hh:mm"/></numFmts>'
                      '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>'),
    "xl/worksheets/sheet1.xml": SHEET,
    "xl/worksheets/sheet2.xml": f'<worksheet xmlns="{MAIN}"><sheetData/></worksheet>',
}
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
    for name, text in PARTS.items():
        info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, text.encode("utf-8"))
seed("handmade-posts-shared-strings-1904.xlsx", "posts", 0x00, buffer.getvalue())
seed("handmade-posts-sheet.xml", "posts", 0x80 | 3, SHEET.encode("utf-8"))
seed("handmade-posts-sheet-prefixed.xml", "posts", 0x80 | 11,
     SHEET.replace("<", "<x:").replace("<x:/", "</x:").replace("<x:?", "<?").replace(f'xmlns="{MAIN}"', f'xmlns:x="{MAIN}"').encode("utf-8"))
seed("handmade-ole-header.xlsx", "findings", 0x00, bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(120))
