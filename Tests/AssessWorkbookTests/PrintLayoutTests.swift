import AssessCore
import Foundation
import Testing
import TestSupport
@testable import AssessWorkbook

/// The workbook for people (outputs.md "For people, on screen and on paper"), read back with openpyxl: every
/// sheet's page setup, 总览's one-page brief, the administrative order.
@Suite struct PrintLayoutTests {
    private func written(_ name: String, _ content: WorkbookContent = WorkbookFixture.content(),
                         constantMemory: Bool = false) throws -> ReadWorkbook {
        let url = ReadWorkbook.temporaryFile(name)
        defer { try? FileManager.default.removeItem(at: url) }
        try AssessmentWorkbook.write(content, to: url, maxRowsPerSheet: 1_048_576, constantMemory: constantMemory)
        return try ReadWorkbook.read(url)
    }

    /// Pixels of a column as openpyxl reports its width (Excel stores the width plus its padding).
    private func pixels(_ width: Double) -> Double { (width * 7).rounded() }

    private func columnIndex(_ letters: Substring) -> Int {
        letters.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
    }

    /// `$B:$C`, `'单位评分'!$B$1:$AE$30` → the zero-based columns.
    private func columns(_ reference: String) -> ClosedRange<Int>? {
        let cells = reference.split(separator: "!").last ?? ""
        let ends = cells.split(separator: ":").map { $0.filter { $0.isLetter && $0.isASCII } }
        guard ends.count == 2 else { return nil }
        return columnIndex(Substring(ends[0]))...columnIndex(Substring(ends[1]))
    }

    @Test(arguments: [false, true])
    func everyTableSheetPrintsReadablyOnePageWideWithHeaderAndPageNumbers(constantMemory: Bool) throws {
        let content = WorkbookFixture.content(findingsPerUnit: 5, extraUnits: 40)
        let book = try written("pages-\(constantMemory)", content, constantMemory: constantMemory)
        #expect(book.sheets.count == 7)
        for sheet in book.sheets {
            let page = sheet.page
            #expect(page.header == "&L2026年第3季度党政群网站及新媒体考核&R\(sheet.name)", "\(sheet.name)")
            #expect(page.footer == "&C第 &P 页，共 &N 页", "\(sheet.name)")
            guard sheet.name != "总览" else { continue }
            #expect(page.titleRows == "$1:$1", "\(sheet.name)")
            #expect(page.fitToPage && page.fitHeight == 0, "\(sheet.name)")
            #expect([8, 9].contains(page.paper ?? 0), "\(sheet.name)")
            // The printed columns, each page across holding the repeated ones, at no less than 8 of 11 points.
            let widths = page.columnWidths
            let printed = page.printArea.flatMap(columns) ?? 0...(sheet.header.count - 1)
            let repeated = page.titleColumns.flatMap(columns)
            func px(_ range: ClosedRange<Int>) -> Double {
                range.reduce(0) { $0 + pixels(widths[CellRangeName.column($1)] ?? 8.43) }
            }
            let pagesWide = Double(page.fitWidth ?? 1)
            let repeatedPixels = repeated.map(px) ?? 0
            let perPage = (px(printed) - repeatedPixels) / pagesWide + repeatedPixels
            let printable = ((page.paper == 8 ? 16.54 : (page.orientation == "landscape" ? 11.69 : 8.27)) - 1.0) * 96
            #expect(printable / perPage >= 8.0 / 11.0 - 0.01, "\(sheet.name): \(perPage) px on \(printable)")
        }
        let scores = try #require(book.sheet("单位评分"))
        #expect(scores.page.printArea == "'单位评分'!$B$1:$AE$\(content.assessment.units.count + 1)")
        #expect(scores.page.orientation == "landscape")
    }

    @Test func overviewBriefIsOnePortraitA4PageAndChartsFollowOnTheirOwn() throws {
        let book = try written("brief")
        let overview = try #require(book.sheet("总览"))
        let page = overview.page
        #expect(page.paper == 9 && page.orientation == "portrait" && !page.fitToPage)
        let briefEnd = try #require(page.rowBreaks.first)
        // The brief's rows fill at most the A4 page between its margins (11.69 in less 1.5 in, in points).
        let heights = (1...briefEnd).map { page.rowHeights[String($0)] ?? 15 }
        #expect(heights.reduce(0, +) <= (11.69 - 1.5) * 72)
        let widths = (0..<9).map { pixels(page.columnWidths[CellRangeName.column($0)] ?? 8.43) }
        #expect(widths.reduce(0, +) <= (8.27 - 1.0) * 96)
        #expect(overview.cells[0][0][1] == "2026年第3季度党政群网站及新媒体考核简报")
        let texts = overview.cells.prefix(briefEnd).map { $0.compactMap { $0[1] } }
        let sections = texts.compactMap(\.first).filter { $0.hasPrefix("一") || $0.hasPrefix("二") || $0.hasPrefix("三") || $0.hasPrefix("四") }
        #expect(sections.count == 4)
        #expect(texts.contains { $0.contains("五、分地区情况") })
        // Named units: the notice first, then the letter, each with its problems in words.
        let named = try #require(texts.firstIndex { $0.first?.hasPrefix("二、") == true })
        #expect(texts[named].first == "二、通报和发整改函的单位（通报 1 家，整改函 1 家）")
        #expect(texts[named + 2].dropFirst().first == "盘龙区某某中心")
        #expect(texts[named + 2].contains("通报"))
        #expect(texts[named + 3].dropFirst().first == "昆明市某某局")
        // Lowest scores beside the regions (市级 first, then the registry's order: here byte order).
        let lowest = try #require(texts.firstIndex { $0.first?.hasPrefix("四、") == true })
        #expect(texts[lowest + 2] == ["1", "盘龙区某某中心", "60", "通报", "市级", "1", "71.25", "1", "0"])
        #expect(texts[lowest + 3].prefix(2) == ["2", "昆明市某某局"])
        #expect(texts[lowest + 4].prefix(2) == ["3", "=SUM(A1)"])
        #expect(texts[lowest + 3].dropFirst(4).first == "五华区")
        #expect(texts[lowest + 4].dropFirst(4).first == "盘龙区")
        // The charts' tables: only supervisors with a decision (no all-zero category).
        let supervisors = overview.cells.dropFirst(briefEnd).compactMap { $0.count > 1 ? $0[1][1] : nil }
        #expect(supervisors.contains("昆明市人民政府办公室") && supervisors.contains("盘龙区人民政府办公室"))
        #expect(!supervisors.contains("五华区人民政府办公室"))
        #expect(page.rowBreaks.count >= 2)  // the charts' page(s), then their tables
    }

    @Test func regionsFollowTheConfiguredOrder() throws {
        var content = WorkbookFixture.content()
        content.assessment.order = AdministrativeOrder(configured: ["盘龙区"], units: content.assessment.units.map(\.unit))
        let book = try written("order", content)
        let overview = try #require(book.sheet("总览"))
        let lowest = try #require(overview.cells.firstIndex { $0.first?[1]?.hasPrefix("四、") == true })
        let regions = overview.cells[(lowest + 2)...(lowest + 4)].map { $0[4][1] }
        #expect(regions == ["盘龙区", "市级", "五华区"])
    }

    @Test func aLongListIsCutToThePageAndSaysHowManyMore() throws {
        // 600 more units, one in ten with a letter: far more than a page can name.
        let content = WorkbookFixture.content(extraUnits: 600)
        let book = try written("long", content, constantMemory: true)
        let overview = try #require(book.sheet("总览"))
        let briefEnd = try #require(overview.page.rowBreaks.first)
        let heights = (1...briefEnd).map { overview.page.rowHeights[String($0)] ?? 15 }
        #expect(heights.reduce(0, +) <= (11.69 - 1.5) * 72)
        let brief = QuarterBrief(content.assessment, rejectedRows: 1)
        #expect(brief.namedMore > 0)
        #expect(brief.named.count + brief.namedMore == 62)
        let note = "另有 \(brief.namedMore) 家单位，按通报在前、得分从低到高列在「处理决定」工作表。"
        #expect(overview.cells.prefix(briefEnd).contains { $0.first?[1] == note })
        #expect(brief.named.first?.unit.id == "U003")  // the notice before every letter
        // Merged cells and numbers in them come out in constant-memory mode too.
        let units = overview.cells.first { $0.count > 2 && $0[0][1] == "参评单位数" }
        #expect(units?[2][1] == "603")
        #expect(overview.page.merged.contains("A1:I1"))
    }
}

/// Column letters as openpyxl keys its column widths.
enum CellRangeName {
    static func column(_ index: Int) -> String {
        var n = index + 1
        var name = ""
        while n > 0 {
            let r = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + r))) + name
            n = (n - 1) / 26
        }
        return name
    }
}
