import Foundation
import Testing
import XLSXWriter
@testable import AssessWorkbook

/// A prepared table takes exactly the rows it was prepared for, continued on `name (2)` … past the sheet limit.
@Suite struct TableFillTests {
    func withWriter(_ body: (TableWriter) throws -> Void) throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("table-fill-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        try Workbook.write(to: url) { workbook in
            try body(TableWriter(workbook: workbook, maxRowsPerSheet: 3, title: "测试"))
        }
    }

    func rows(_ count: Int) -> [[SheetCell]] {
        (0..<count).map { [.text("行\($0)"), .integer($0), .empty, .number(Double($0) / 4, format: .decimal2)] }
    }

    @Test func rowsPastTheLimitGoOnTheNextSheets() throws {
        try withWriter { writer in
            let table = try writer.prepare(name: "表", headers: ["名称", "序号", "空", "数值"], rowCount: 5)
            #expect(try writer.fill(table, rows: rows(5)) == ["表", "表 (2)", "表 (3)"])
        }
    }

    @Test(arguments: [3, 1])
    func anotherNumberOfRowsThanPreparedIsRefused(given: Int) throws {
        try withWriter { writer in
            let table = try writer.prepare(name: "表", headers: ["名称", "序号", "空", "数值"], rowCount: 2)
            #expect(throws: TableWriter.RowCountMismatch.self) { try writer.fill(table, rows: rows(given)) }
        }
    }
}
