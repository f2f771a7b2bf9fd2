import AssessCore
import Foundation
import TestSupport
import Testing
@testable import AssessWorkbook

/// year-{year}.xlsx read back with openpyxl: the sheets, their Chinese headers and values, the charts, the titles
/// of a partial year, and a page setup on every sheet (year.md: "print-ready like the quarterly workbook").
@Suite struct YearWorkbookTests {
    static func result(_ quarter: String, _ unit: String, decision: Decision, deduction: String,
                       score: String = "80.00", region: String = "五华区") -> RecordedResult {
        RecordedResult(quarter: Quarter(quarter)!, unitID: unit, unitName: "单位\(unit)", category: "学校",
                       region: region, supervisor: "五华区教育体育局", printedScore: score, triggers: [.inactivity],
                       decision: decision, printedIdeologyDeduction: deduction,
                       letterNumber: decision == .noAction ? "" : "昆网信函〔2026〕\(unit.count)号")
    }

    static func rollUp(missing: Bool) -> YearRollUp {
        let quarters = (missing ? ["2026Q1", "2026Q2", "2026Q4"] : ["2026Q1", "2026Q2", "2026Q3", "2026Q4"])
            .compactMap(Quarter.init)
        let results = [
            result("2026Q1", "A", decision: .notice, deduction: "3.00"),
            result("2026Q2", "A", decision: .notice, deduction: "5.00", score: "55.50"),
            result("2026Q4", "A", decision: .letter, deduction: "1.00"),
            result("2026Q1", "B", decision: .noAction, deduction: "0.00", score: "99.00", region: "市级"),
        ] + (missing ? [] : [result("2026Q3", "B", decision: .letter, deduction: "1.00", region: "市级")])
        return YearRollUp(year: 2026, recordedQuarters: quarters, results: results, configuration: .default)
    }

    func write(_ rollUp: YearRollUp, constantMemory: Bool = false) throws -> (ReadWorkbook, PageSetups) {
        let url = ReadWorkbook.temporaryFile("year-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        try YearWorkbook.write(rollUp, configuration: .default, to: url, constantMemory: constantMemory)
        return (try ReadWorkbook.read(url), try PageSetups.read(url))
    }

    @Test func constantMemoryModeWritesTheSameCells() throws {
        let (inMemory, setups) = try write(Self.rollUp(missing: true))
        let (streamed, streamedSetups) = try write(Self.rollUp(missing: true), constantMemory: true)
        #expect(streamed.sheets.map(\.name) == inMemory.sheets.map(\.name))
        for (a, b) in zip(streamed.sheets, inMemory.sheets) {
            #expect(a.cells == b.cells && a.freeze == b.freeze && a.filter == b.filter, "\(a.name)")
            #expect(streamedSetups.sheets[a.name]?.header == setups.sheets[a.name]?.header)
        }
        #expect(streamed.charts == 2)
    }

    @Test func sheetsHeadersAndValues() throws {
        let (book, _) = try write(Self.rollUp(missing: false))
        #expect(book.sheets.map(\.name) == ["年度汇总", "分地区", "分主管单位", "反复被通报", "分季度"])
        #expect(book.charts == 2)
        let summary = try #require(book.sheet("年度汇总"))
        // Row 1 is the title, row 2 the header.
        let header = summary.cells[1].map { $0[1] ?? "" }
        #expect(Array(header.prefix(11)) == AnnualColumn.allCases.map(\.chinese))
        #expect(header.contains("第2季度得分") && header.contains("第4季度函号"))
        let a = summary.cells[2].map { $0[1] }
        #expect(a[1] == "A" && a[4] == "3" && a[5] == "5" && a[6] == nil && a[10] == "9" && a[15] == "55.5", "\(a)")
        #expect(summary.freeze == "D3")
        let repeated = try #require(book.sheet("反复被通报"))
        #expect(repeated.cells.count == 3 && repeated.cells[2][0][1] == "A")
        let regions = try #require(book.sheet("分地区"))
        #expect(regions.cells[2][0][1] == "市级")
    }

    @Test func everySheetIsSetUpForPrinting() throws {
        let (book, setups) = try write(Self.rollUp(missing: false))
        for sheet in book.sheets {
            let setup = try #require(setups.sheets[sheet.name])
            #expect(setup.fitToWidth == 1, "\(sheet.name)")
            #expect(setup.titleRows == "$1:$2", "\(sheet.name)")
            #expect(setup.header.contains(sheet.name) && setup.header.contains("2026年度"), "\(sheet.name)")
            #expect(setup.footer.contains("&P") && setup.footer.contains("&N"), "\(sheet.name)")
        }
        // Paper and orientation follow the widths as in the quarterly workbook (TablePrint); 分季度 is one page.
        #expect(setups.sheets["分季度"]?.orientation != "landscape" && setups.sheets["分季度"]?.fitToHeight == 1)
        #expect(setups.sheets["年度汇总"]?.printArea == "'年度汇总'!$A$1:$L$4", "the CSV's columns and the region print")
    }

    @Test func aPartialYearSaysSoInEveryTitle() throws {
        let (book, setups) = try write(Self.rollUp(missing: true))
        for sheet in book.sheets {
            #expect(sheet.cells.first?.first?[1]?.contains("缺少2026年第3季度") == true, "\(sheet.name)")
            #expect(setups.sheets[sheet.name]?.header.contains("缺少2026年第3季度") == true, "\(sheet.name)")
        }
        #expect(book.title?.contains("缺少2026年第3季度") == true)
        let quarters = try #require(book.sheet("分季度"))
        #expect(quarters.cells[4][0][1] == "第3季度（缺）" && quarters.cells[4][1][1] == nil)
    }
}

/// Page setup of each sheet as openpyxl reads it back.
struct PageSetups: Decodable {
    struct Setup: Decodable {
        var orientation: String?
        var paper: String?
        var fitToWidth: Int?
        var titleRows: String?
        var fitToHeight: Int?
        var printArea: String?
        var header: String
        var footer: String
    }

    var sheets: [String: Setup]

    static let script = """
        import sys, json, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        out = {}
        for ws in wb.worksheets:
            out[ws.title] = {"orientation": ws.page_setup.orientation, "paper": str(ws.page_setup.paperSize) if ws.page_setup.paperSize is not None else None,
                             "fitToWidth": (ws.page_setup.fitToWidth or 1) if ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage else None, "titleRows": ws.print_title_rows, "fitToHeight": 1 if ws.page_setup.fitToHeight is None else int(ws.page_setup.fitToHeight), "printArea": ws.print_area,
                             "header": "".join(p.text or "" for p in [ws.oddHeader.left, ws.oddHeader.center, ws.oddHeader.right]),
                             "footer": ws.oddFooter.center.text or ""}
        print(json.dumps({"sheets": out}, ensure_ascii=False))
        """

    static func read(_ url: URL) throws -> PageSetups {
        try PythonReader.decode(PageSetups.self, script: script, files: [url])
    }
}
