import AssessCore
import XLSXWriter

/// 单位评分: one row per unit, every column of scores.csv in the same order, with Chinese headers.
enum ScoresSheet {
    static let name = "单位评分"

    /// scores.csv's columns in order (`ScoreColumn`), in Chinese, then 数据问题 (the unit's rejected rows by
    /// table, inputs.md "Rows rejected are not penalties").
    static let headers = ScoreColumn.allCases.map(\.chinese) + ["数据问题"]

    /// The unit stays in view; the print leaves out the quarter (the page header names it) and what follows
    /// the decision.
    static let print = TablePrint(headers: headers, frozenThrough: ScoreColumn.unitName.chinese,
                                  printing: (ScoreColumn.unitID.chinese, ScoreColumn.decision.chinese))

    /// Column of 处理决定, which the row highlight reads.
    static let decisionColumn = ScoreColumn.decision.position

    static func row(_ u: UnitAssessment, quarter: Quarter, issues: DataIssues = DataIssues()) -> [SheetCell] {
        ScoreColumn.allCases.map { cell($0.value(of: u, quarter: quarter)) } + [.text(issues.text(for: u.unit.id))]
    }

    /// A score value as the sheet shows it: numbers stay numbers, codes read in Chinese.
    static func cell(_ value: ScoreValue) -> SheetCell {
        switch value {
        case let .text(s): .text(s)
        case let .integer(n): .integer(n)
        case let .number(x, .points): .number(x, format: .decimal2)
        case let .number(x, .permille): .number(x, format: .permille)
        case let .code(c): .text(c.chinese)
        case let .codes(list): .text(list.map(\.chinese).joined(separator: "、"))
        case .empty: .empty
        }
    }

    /// Makes the sheet for `rowCount` units (before the assessment is finished).
    static func prepare(rowCount: Int, with writer: TableWriter) throws -> TableWriter.PreparedTable {
        let column = CellRange.columnName(decisionColumn)
        return try writer.prepare(name: name, headers: headers, rowCount: rowCount, print: print) { sheet, lastRow in
            guard lastRow > 0 else { return }
            let data = CellRange(firstRow: 1, firstColumn: 0, lastRow: lastRow, lastColumn: headers.count - 1)
            try sheet.conditionalFormat(data, ConditionalFormat(
                .formula("=$\(column)2=\"\(Decision.notice.chinese)\""), format: WorkbookStyle.noticeRow))
            try sheet.conditionalFormat(data, ConditionalFormat(
                .formula("=$\(column)2=\"\(Decision.letter.chinese)\""), format: WorkbookStyle.letterRow))
        }
    }

    static func fill(_ table: TableWriter.PreparedTable, _ content: WorkbookContent, with writer: TableWriter) throws {
        let quarter = content.assessment.quarter
        let units = content.assessment.units
        try writer.fill(table, rows: units.indices.lazy.map {
            row(units[$0], quarter: quarter, issues: content.dataIssues)
        })
    }
}
