import Foundation
import TestSupport

/// A `.docx` as an independent reader (Python's python-docx, installed by `scripts/ensure-deps.sh --test`) sees
/// it: page setup, styles with their fonts, the body's paragraphs and tables in order, the footers, and the
/// 版记 in its text box.
struct ReadDocx: Decodable {
    struct Page: Decodable {
        var width, height, top, bottom, left, right: Double
        var linePitch: Int
        var gridType: String
    }
    struct Style: Decodable {
        var eastAsia: String?
        var ascii: String?
        var size: Double?
        var color: String?
        var characterSpacing: Int?
        var lineRule: String?
        var line: Int?
    }
    struct Block: Decodable {
        /// `p` or `t`.
        var kind: String
        var style: String?
        var text: String
        var align: String?
        var rightIndent: Int?
        var borderBottom: String?
        var borderColor: String?
        var pageBreakBefore: Bool
        var rows: [[String]]?
    }
    struct Footer: Decodable {
        var text: String
        var align: String?
    }
    struct Record: Decodable {
        var rows: [String]
        var top: Int
        var bottom: Int
        var inside: Int
        var anchor: String
    }

    var page: Page
    var evenAndOdd: Bool
    var styles: [String: Style]
    var blocks: [Block]
    var footers: [String: Footer]
    var record: Record?

    /// The non-empty paragraphs' texts.
    var paragraphs: [String] { blocks.filter { $0.kind == "p" && !$0.text.isEmpty }.map(\.text) }

    func paragraphs(style: String) -> [Block] { blocks.filter { $0.kind == "p" && $0.style == style } }

    static let script = #"""
        import sys, json, docx
        from docx.oxml.ns import qn
        def read(path):
          d = docx.Document(path)
          sec = d.sections[0]
          mm = lambda v: round(v / 36000, 1)
          grid = sec._sectPr.find(qn('w:docGrid'))
          def align(p):
              a = p.paragraph_format.alignment
              s = p.style
              while a is None and s is not None:
                  a = s.paragraph_format.alignment
                  s = s.base_style
              return a.name if a is not None else None
          def border(p):
              b = p._p.find('.//' + qn('w:pBdr') + '/' + qn('w:bottom'))
              return (b.get(qn('w:val')), b.get(qn('w:color'))) if b is not None else (None, None)
          def right(p):
              ind = p._p.find('.//' + qn('w:ind'))
              return int(ind.get(qn('w:right'))) if ind is not None and ind.get(qn('w:right')) else None
          blocks = []
          for el in d.element.body:
              if el.tag == qn('w:p'):
                  p = docx.text.paragraph.Paragraph(el, d)
                  if p._p.find('.//' + qn('w:txbxContent')) is not None:
                      continue
                  b, c = border(p)
                  blocks.append({"kind": "p", "style": p.style.style_id, "text": p.text, "align": align(p),
                                 "rightIndent": right(p), "borderBottom": b, "borderColor": c,
                                 "pageBreakBefore": bool(p.paragraph_format.page_break_before)})
              elif el.tag == qn('w:tbl'):
                  t = docx.table.Table(el, d)
                  blocks.append({"kind": "t", "text": "", "pageBreakBefore": False,
                                 "rows": [[c.text for c in r.cells] for r in t.rows]})
          styles = {}
          for s in d.styles:
              rpr = s.element.rPr
              ppr = s.element.pPr
              fonts = rpr.find(qn('w:rFonts')) if rpr is not None else None
              spacing = rpr.find(qn('w:spacing')) if rpr is not None else None
              line = ppr.find(qn('w:spacing')) if ppr is not None else None
              styles[s.style_id] = {
                  "eastAsia": fonts.get(qn('w:eastAsia')) if fonts is not None else None,
                  "ascii": fonts.get(qn('w:ascii')) if fonts is not None else None,
                  "size": s.font.size.pt if getattr(s, 'font', None) is not None and s.font.size else None,
                  "color": str(s.font.color.rgb) if getattr(s, 'font', None) is not None and s.font.color.rgb else None,
                  "characterSpacing": int(spacing.get(qn('w:val'))) if spacing is not None else None,
                  "lineRule": line.get(qn('w:lineRule')) if line is not None else None,
                  "line": int(line.get(qn('w:line'))) if line is not None and line.get(qn('w:line')) else None}
          footers = {}
          for name, f in [("odd", sec.footer), ("even", sec.even_page_footer)]:
              p = f.paragraphs[0]
              footers[name] = {"text": p.text, "align": align(p)}
          record = None
          box = d.element.body.find('.//' + qn('w:txbxContent'))
          if box is not None:
              tbl = box.find(qn('w:tbl'))
              t = docx.table.Table(tbl, d)
              borders = tbl.find(qn('w:tblPr')).find(qn('w:tblBorders'))
              size = lambda side: int(borders.find(qn('w:' + side)).get(qn('w:sz')))
              anchor = d.element.body.find('.//{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}positionV')
              record = {"rows": [r.cells[0].text for r in t.rows], "top": size('top'), "bottom": size('bottom'),
                        "inside": size('insideH'),
                        "anchor": anchor.get('relativeFrom') + ':' + anchor[0].text}
          return {"page": {"width": mm(sec.page_width), "height": mm(sec.page_height),
                                   "top": mm(sec.top_margin), "bottom": mm(sec.bottom_margin),
                                   "left": mm(sec.left_margin), "right": mm(sec.right_margin),
                                   "linePitch": int(grid.get(qn('w:linePitch'))), "gridType": grid.get(qn('w:type'))},
                          "evenAndOdd": d.settings.odd_and_even_pages_header_footer,
                  "styles": styles, "blocks": blocks, "footers": footers, "record": record}
        print(json.dumps({path: read(path) for path in sys.argv[1:]}, ensure_ascii=False))
        """#

    /// Reads every file in one Python process, by path.
    static func read(_ urls: [URL]) throws -> [String: ReadDocx] {
        try PythonReader.decode([String: ReadDocx].self, script: script, files: urls)
    }

}
