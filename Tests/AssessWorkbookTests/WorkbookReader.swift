import Foundation
import TestSupport

/// The workbook as an independent reader (Python's openpyxl) sees it: per sheet, every cell as
/// `[type, text]` (`s` string, `n` number, `d` date-time, `null` empty), plus freeze pane and filter.
struct ReadWorkbook: Decodable {
    struct Sheet: Decodable {
        var name: String
        var freeze: String?
        var filter: String?
        var cells: [[[String?]]]
        var page: PageSetup

        /// The print settings as openpyxl reads them back.
        struct PageSetup: Decodable {
            var paper: Int?
            var orientation: String?
            var fitToPage: Bool
            var fitWidth: Int?
            var fitHeight: Int?
            var scale: Int?
            var titleRows: String?
            var titleColumns: String?
            var printArea: String?
            var header: String?
            var footer: String?
            var rowBreaks: [Int]
            var rowHeights: [String: Double]
            var merged: [String]
            var columnWidths: [String: Double]
        }

        var header: [String] { cells.first?.map { $0[1] ?? "" } ?? [] }
        var dataRows: [[[String?]]] { Array(cells.dropFirst()) }
        func column(_ header: String) -> [[String?]] {
            guard let i = self.header.firstIndex(of: header) else { return [] }
            return dataRows.map { i < $0.count ? $0[i] : [nil, nil] }
        }
    }

    var sheets: [Sheet]
    var title: String?
    var author: String?
    var created: String?
    /// Native charts in the package (`xl/charts/chart*.xml`).
    var charts: Int

    func sheet(_ name: String) -> Sheet? { sheets.first { $0.name == name } }

    static let script = """
        import sys, json, zipfile, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        charts = len([n for n in zipfile.ZipFile(sys.argv[1]).namelist() if n.startswith("xl/charts/chart")])
        out = {"sheets": [], "charts": charts, "title": wb.properties.title, "author": wb.properties.creator,
               "created": wb.properties.created.isoformat() if wb.properties.created else None}
        for ws in wb.worksheets:
            rows = []
            for row in ws.iter_rows():
                cells = []
                for c in row:
                    if c.value is None: cells.append([None, None])
                    elif c.data_type == 'n': cells.append(['n', repr(c.value)])
                    elif c.data_type == 'd': cells.append(['d', c.value.isoformat()])
                    else: cells.append([c.data_type, str(c.value)])
                rows.append(cells)
            ps = ws.page_setup
            hf = ws.oddHeader
            def part(h):
                return "".join(filter(None, [("&L" + h.left.text) if h.left.text else None,
                                             ("&C" + h.center.text) if h.center.text else None,
                                             ("&R" + h.right.text) if h.right.text else None])) or None
            page = {"paper": int(ps.paperSize) if ps.paperSize is not None else None,
                    "orientation": ps.orientation, "fitToPage": bool(ws.sheet_properties.pageSetUpPr.fitToPage)
                    if ws.sheet_properties.pageSetUpPr is not None else False,
                    "fitWidth": int(ps.fitToWidth) if ps.fitToWidth is not None else None,
                    "fitHeight": int(ps.fitToHeight) if ps.fitToHeight is not None else None,
                    "scale": int(ps.scale) if ps.scale is not None else None,
                    "titleRows": ws.print_title_rows, "titleColumns": ws.print_title_cols,
                    "printArea": ws.print_area if isinstance(ws.print_area, str) or ws.print_area is None
                                 else ",".join(ws.print_area),
                    "header": part(ws.oddHeader), "footer": part(ws.oddFooter),
                    "rowBreaks": [b.id for b in ws.row_breaks.brk],
                    "rowHeights": {str(k): v.height for k, v in ws.row_dimensions.items() if v.height},
                    "merged": [str(r) for r in ws.merged_cells.ranges],
                    "columnWidths": {k: v.width for k, v in ws.column_dimensions.items()}}
            out["sheets"].append({"name": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
                                  "cells": rows, "page": page})
        print(json.dumps(out, ensure_ascii=False))
        """

    static func read(_ url: URL) throws -> ReadWorkbook {
        try PythonReader.decode(ReadWorkbook.self, script: script, files: [url])
    }

    static func temporaryFile(_ name: String) -> URL {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("assess-workbook-\(ProcessInfo.processInfo.processIdentifier)-\(name).xlsx")
    }
}
