import Foundation
import Testing
@testable import XLSXWriter

@Suite struct WorkbookTests {
    private func sample(to url: URL, constantMemory: Bool) throws {
        let options = WorkbookOptions(
            constantMemory: constantMemory,
            properties: WorkbookProperties(title: "测试", subject: "主题", author: "作者",
                                           created: DateTime(year: 2026, month: 10, day: 1, hour: 1)))
        try Workbook.write(to: url, options: options) { wb in
            let sheet = try wb.addWorksheet(named: "表一")
            try sheet.write("名称", row: 0, column: 0, format: .header)
            try sheet.write("数值", row: 0, column: 1, format: .header)
            try sheet.write("时间", row: 0, column: 2, format: .header)
            try sheet.write("=SUM(A1)", row: 1, column: 0)
            try sheet.write(2.345, row: 1, column: 1, format: Format(numberFormat: "0.00\"‰\""))
            try sheet.write(DateTime(year: 2026, month: 7, day: 1, hour: 9, minute: 30), row: 1, column: 2,
                            format: Format(numberFormat: "yyyy-mm-dd hh:mm"))
            try sheet.write("十二个汉字十二个汉字十二", row: 2, column: 0)
            // Widths and filters are set after the rows: must work in constant-memory mode too.
            try sheet.setColumnWidth(30, columns: 0...0)
            sheet.freezePanes(row: 1)
            try sheet.autofilter(CellRange(firstRow: 0, firstColumn: 0, lastRow: 2, lastColumn: 2))
            try sheet.conditionalFormat(CellRange(firstRow: 1, firstColumn: 0, lastRow: 2, lastColumn: 2),
                                        ConditionalFormat(.formula("=$B2>1"), format: Format().filled(0xFFC7CE)))
            try sheet.setTablePrintSetup()
            let chart = try wb.addChart(.column)
            try chart.addSeries(name: "数值", categories: .column(0, rows: 1...2, sheet: "表一"),
                                values: .column(1, rows: 1...2, sheet: "表一"))
            chart.setTitle("图")
            try sheet.insert(chart, row: 4, column: 4)
        }
    }

    @Test(arguments: [false, true])
    func writesCellsAsTypedValues(constantMemory: Bool) throws {
        let url = XLSXReader.temporaryFile("typed-\(constantMemory)")
        defer { try? FileManager.default.removeItem(at: url) }
        try sample(to: url, constantMemory: constantMemory)
        let out = try XLSXReader.run("""
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            ws = wb['表一']
            a2 = ws['A2']
            print(a2.data_type, a2.value, type(ws['B2'].value).__name__, ws['B2'].number_format)
            print(ws['C2'].value.isoformat(), ws.freeze_panes, ws.auto_filter.ref, ws.column_dimensions['A'].width)
            print(ws.page_setup.orientation, ws.print_title_rows, wb.properties.title, wb.properties.created.isoformat())
            """, on: url)
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(out)")
        #expect(lines.first == "s =SUM(A1) float 0.00\"‰\"")
        #expect(lines.dropFirst().first?.hasPrefix("2026-07-01T09:30:00 A2 A1:C3 30") == true, "\(out)")
        #expect(lines.last == "landscape $1:$1 测试 2026-10-01T01:00:00", "\(out)")
    }

    @Test func rerunIsByteIdentical() throws {
        let a = XLSXReader.temporaryFile("rerun-a"), b = XLSXReader.temporaryFile("rerun-b")
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        try sample(to: a, constantMemory: false)
        try sample(to: b, constantMemory: false)
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
    }

    @Test(arguments: [("", false), ("abc", false), ("a\u{0}b", true), ("单位\u{0}", true), ("\u{0}", true)])
    func nulIsFoundAndReplaced(text: String, hasNUL: Bool) {
        #expect(Worksheet.containsNUL(text) == hasNUL)
        #expect(!Worksheet.containsNUL(Worksheet.replacingNUL(text)))
    }

    /// The cell writer finds a NUL by the C string's length: text with one is written whole, the NUL as U+FFFD;
    /// text without (short, long, Chinese) is written as it is.
    @Test func aNULInsideTextIsWrittenAsReplacementCharacter() throws {
        let url = XLSXReader.temporaryFile("nul")
        defer { try? FileManager.default.removeItem(at: url) }
        let long = String(repeating: "单位名称", count: 100)
        try Workbook.write(to: url) { wb in
            let sheet = try wb.addWorksheet(named: "表")
            let style = try wb.style(nil)
            try sheet.write("前\u{0}后", row: 0, column: 0, style: style)
            try sheet.write("\u{0}", row: 1, column: 0, style: style)
            try sheet.write(long + "\u{0}尾", row: 2, column: 0, style: style)
            try sheet.write("abc", row: 3, column: 0, style: style)
            try sheet.write(long, row: 4, column: 0, style: style)
        }
        let out = try XLSXReader.run("""
            import sys, openpyxl
            ws = openpyxl.load_workbook(sys.argv[1])['表']
            for row in range(1, 6): print(repr(ws.cell(row, 1).value))
            """, on: url)
        #expect(out.split(separator: "\n").map(String.init)
            == ["'前\u{FFFD}后'", "'\u{FFFD}'", "'\(long)\u{FFFD}尾'", "'abc'", "'\(long)'"], "\(out)")
    }

    @Test func libxlsxwriterErrorsCarryItsMessage() throws {
        let url = XLSXReader.temporaryFile("bad-name")
        defer { try? FileManager.default.removeItem(at: url) }
        #expect {
            try Workbook.write(to: url) { wb in _ = try wb.addWorksheet(named: "a/b") }
        } throws: { error in
            (error as? XLSXError)?.message.contains("invalid characters") == true
        }
    }

    @Test func constantMemoryRefusesRowsOutOfOrder() throws {
        let url = XLSXReader.temporaryFile("order")
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: XLSXError.self) {
            try Workbook.write(to: url, options: WorkbookOptions(constantMemory: true)) { wb in
                let sheet = try wb.addWorksheet(named: "S")
                try sheet.write("b", row: 2, column: 0)
                try sheet.write("a", row: 1, column: 0)
            }
        }
    }
}

@Suite struct ClosedWorkbookTests {
    @Test func sheetsKeptPastTheBodyRefuseWrites() throws {
        let url = XLSXReader.temporaryFile("closed")
        defer { try? FileManager.default.removeItem(at: url) }
        var kept: Worksheet?
        try Workbook.write(to: url) { wb in kept = try wb.addWorksheet(named: "S") }
        let sheet = try #require(kept)
        #expect(throws: XLSXError.self) { try sheet.write("late", row: 0, column: 0) }
        #expect(throws: XLSXError.self) { try sheet.write(1, row: 0, column: 0, format: Format(numberFormat: "0")) }
    }

    @Test func stylesServeOnlyTheirWorkbook() throws {
        let a = XLSXReader.temporaryFile("style-a"), b = XLSXReader.temporaryFile("style-b")
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        try Workbook.write(to: a) { first in
            let style = try first.style(Format(numberFormat: "0.00"))
            try first.addWorksheet(named: "S").write(1.5, row: 0, column: 0, style: style)
            #expect(throws: XLSXError.self) {
                try Workbook.write(to: b) { second in
                    try second.addWorksheet(named: "S").write(2.5, row: 0, column: 0, style: style)
                }
            }
        }
    }
}
