import AssessCore
import Foundation
import Testing
import TestSupport
@testable import AssessWorkbook

@Suite struct AssessmentWorkbookTests {
    static let standardSheets = ["总览", "单位评分", "问题明细", "更新情况", "制度建设", "处理决定", "数据质量"]

    private func written(_ name: String, _ content: WorkbookContent = WorkbookFixture.content(), maxRows: Int = 1_048_576,
                         constantMemory: Bool = false) throws -> (URL, ReadWorkbook) {
        let url = ReadWorkbook.temporaryFile(name)
        try AssessmentWorkbook.write(content, to: url, maxRowsPerSheet: maxRows, constantMemory: constantMemory)
        return (url, try ReadWorkbook.read(url))
    }

    @Test(arguments: [false, true])
    func sheetsHeadersAndRowCounts(constantMemory: Bool) throws {
        let content = WorkbookFixture.content()
        let (url, book) = try written("sheets-\(constantMemory)", constantMemory: constantMemory)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(book.sheets.map(\.name) == Self.standardSheets)
        // The header row, and the row's subject (unit, media) when scrolling across.
        let frozen = ["总览": "A2", "单位评分": "D2", "问题明细": "C2", "更新情况": "E2", "制度建设": "C2", "处理决定": "C2",
                      "数据质量": "B2"]
        for sheet in book.sheets {
            #expect(sheet.freeze == frozen[sheet.name], "\(sheet.name)")
            #expect(sheet.filter != nil, "\(sheet.name)")
        }
        let scores = try #require(book.sheet("单位评分"))
        #expect(scores.header == ScoresSheet.headers)
        #expect(scores.header.count == 34)  // every scores.csv column, then 数据问题
        #expect(scores.dataRows.count == content.assessment.units.count)
        let findings = try #require(book.sheet("问题明细"))
        #expect(findings.header == FindingsSheet.headers)
        #expect(findings.dataRows.count == content.assessment.units.reduce(0) { $0 + $1.evidence.findings.count })
        #expect(book.sheet("更新情况")?.dataRows.count == 4)
        #expect(book.sheet("处理决定")?.dataRows.count == 2)
        #expect(book.sheet("制度建设")?.dataRows.count == 3 * 5 + 4)
        #expect(book.sheet("数据质量")?.dataRows.count == 2)
        #expect(book.title == "2026年第3季度党政群网站及新媒体考核结果")
        #expect(book.author == Configuration.default.issuer)
        #expect(book.created == "2026-09-30T16:00:00")  // as_of 2026-10-01 00:00 China time, in UTC
    }

    /// Issue 13: a unit whose rows were rejected says so in 单位评分 and 处理决定 (inputs.md "Rows rejected are
    /// not penalties"); the others leave the column empty.
    @Test func dataIssuesColumn() throws {
        let (url, book) = try written("issues")
        defer { try? FileManager.default.removeItem(at: url) }
        let scores = try #require(book.sheet("单位评分"))
        #expect(scores.header.last == "数据问题")
        #expect(scores.column("数据问题").compactMap { $0.count > 1 ? $0[1] : nil } == ["拒收 editors 1 行"])
        let decisions = try #require(book.sheet("处理决定"))
        #expect(decisions.header.last == "数据问题")
        #expect(decisions.column("数据问题").compactMap { $0.count > 1 ? $0[1] : nil } == ["拒收 editors 1 行"])
    }

    @Test func numbersStayNumbersAndFormulasStayText() throws {
        let (url, book) = try written("types")
        defer { try? FileManager.default.removeItem(at: url) }
        let scores = try #require(book.sheet("单位评分"))
        #expect(scores.column("单位名称").first == ["s", "=SUM(A1)"])
        #expect(scores.column("得分").map { $0[0] } == ["n", "n", "n"])
        #expect(scores.column("得分").map { $0[1] } == ["98.5", "71.25", "60"])
        #expect(scores.column("账号数").map { $0[0] } == ["n", "n", "n"])
        #expect(scores.column("错误率").first?[0] == "n")
        #expect(scores.column("处理决定").map { $0[1] } == ["无", "整改函", "通报"])
        #expect(scores.column("函号").last?[1] == "昆网信函〔2026〕2号")
        let findings = try #require(book.sheet("问题明细"))
        #expect(findings.column("发现时间").first == ["d", "2026-07-01T10:15:00"])
        #expect(findings.column("整改期限").first?[0] == "d")
        #expect(findings.column("整改结果").first?[1] == "超时整改")
        #expect(findings.column("超时（分钟）").first == ["n", "25"])
        let decisions = try #require(book.sheet("处理决定"))
        #expect(decisions.column("上季度得分").map { $0[0] } == ["n", "n"])
        #expect(decisions.column("触发情形").first?[1] == "长期不发布、制度不健全")
    }

    @Test func phoneNumbersNeverAppear() throws {
        let (url, book) = try written("phones")
        defer { try? FileManager.default.removeItem(at: url) }
        let texts = book.sheets.flatMap(\.cells).flatMap { $0 }.compactMap { $0[1] }
        #expect(!texts.contains { $0.contains("13812345678") })
        #expect(texts.contains { $0.contains("138****5678") })
    }

    @Test func secondWriteIsByteIdentical() throws {
        let a = ReadWorkbook.temporaryFile("same-a"), b = ReadWorkbook.temporaryFile("same-b")
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        try AssessmentWorkbook.write(WorkbookFixture.content(), to: a)
        try AssessmentWorkbook.write(WorkbookFixture.content(), to: b)
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
    }

    @Test(arguments: [false, true])
    func longTablesContinueOnNumberedSheets(constantMemory: Bool) throws {
        let content = WorkbookFixture.content()
        let (url, book) = try written("continued-\(constantMemory)", maxRows: 5, constantMemory: constantMemory)
        defer { try? FileManager.default.removeItem(at: url) }
        // 7 findings, 4 data rows per sheet: 问题明细 + 问题明细 (2).
        let parts = book.sheets.filter { $0.name.hasPrefix("问题明细") }
        #expect(parts.map(\.name) == ["问题明细", "问题明细 (2)"])
        #expect(parts.allSatisfy { $0.header == FindingsSheet.headers && $0.cells.count <= 5 && $0.freeze == "C2" })
        let ids = parts.flatMap { $0.column("问题编号").compactMap { $0[1] } }
        let expected = content.assessment.units.flatMap { $0.evidence.findings.map { $0.finding.id } }
        #expect(ids == expected)
        // 19 rows of 制度建设 → 5 sheets of at most 4.
        #expect(book.sheets.filter { $0.name.hasPrefix("制度建设") }.count == 5)
        #expect(book.sheets.filter { $0.name.hasPrefix("制度建设") }.reduce(0) { $0 + $1.dataRows.count } == 19)
    }

    @Test func extraSheetsFollowTheStandardOnes() throws {
        var content = WorkbookFixture.content()
        content.extraSheets = [SheetTable(name: "账号规范", headers: ["账号编号", "问题数"],
                                          rows: [[.text("M1"), .integer(2)], [.text("=1+1"), .number(0.5, format: .percent)]])]
        let (url, book) = try written("extra", content)
        defer { try? FileManager.default.removeItem(at: url) }
        let names = book.sheets.map { $0.name }
        #expect(names == Self.standardSheets + ["账号规范"])
        #expect(book.sheet("账号规范")?.dataRows.last?.map { $0[0] } == ["s", "n"])
    }

    @Test func overviewCountsAndTrend() throws {
        let (url, book) = try written("overview")
        defer { try? FileManager.default.removeItem(at: url) }
        let overview = try #require(book.sheet("总览"))
        // The figures stand in pairs: label A (merged A:B), value C; label E (merged E:G), value H.
        var figures: [String: String] = [:]
        for row in overview.cells where row.count >= 8 {
            for (label, value) in [(0, 2), (4, 7)] {
                if let key = row[label][1], let number = row[value][1] { figures[key] = number }
            }
        }
        #expect(figures["参评单位数"] == "3")
        #expect(figures["参评账号数"] == "4")
        #expect(figures["合格账号数"] == "2")  // the first media of U002 and U003 are inactive
        #expect(figures["账号合格率"] == "0.5")
        #expect(figures["整改函"] == "1")
        #expect(figures["通报"] == "1")
        #expect(figures["拒收行数"] == "1")
        #expect(overview.cells.contains { $0.count > 1 && $0[1][1] == "2026Q2" })
        #expect(overview.cells.contains { $0.count > 1 && $0[1][1] == "2026Q3" })
        #expect(book.charts == 4)  // region scores, supervisor decisions, two trend lines
    }
}

@Suite struct WorkbookHelperTests {
    @Test(arguments: [("电话13812345678", "电话138****5678"), ("0871-65123456", "0871-****3456"),
                      ("U002,张三", "U002,张三"), ("123456789012", "123456789012")])
    func phonesAreMasked(raw: String, masked: String) {
        #expect(PhoneMask.maskAll(in: raw) == masked)
    }

    @Test(arguments: [(Int64(0), 0), (1, 1), (60, 1), (61, 2), (-5, 0)])
    func minutesLateRoundUp(seconds: Int64, minutes: Int) {
        #expect(FindingsSheet.minutesLate(seconds) == minutes)
    }

    @Test(arguments: [0, 7, 9, 10, 99, 100, 12_345, -1, -9, -10, Int.max, Int.min])
    func decimalWidthCountsLikeAString(value: Int) {
        #expect(TableWriter.decimalWidth(value) == String(value).count)
    }

    @Test func continuationNamesFitExcel() {
        #expect(TableWriter.sheetName("问题明细", index: 1) == "问题明细")
        #expect(TableWriter.sheetName("问题明细", index: 12) == "问题明细 (12)")
        #expect(TableWriter.sheetName(String(repeating: "a", count: 40), index: 2).count == 31)
    }
}

@Suite struct LongTextTests {
    @Test func overlongTextIsCutToExcelsLimit() {
        let text = String(repeating: "字", count: 40_000)
        let cut = TableWriter.truncated(text)
        #expect(cut.unicodeScalars.count == TableWriter.maximumCellCharacters)
        #expect(cut.hasSuffix("…（已截断）"))
        #expect(TableWriter.truncated("短") == "短")
    }
}
