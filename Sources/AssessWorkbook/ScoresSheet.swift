import AssessCore
import XLSXWriter

/// 单位评分: one row per unit, every column of scores.csv in the same order, with Chinese headers.
enum ScoresSheet {
    static let name = "单位评分"

    /// scores.csv's columns in order (`quarter` … `letter_no`), in Chinese, then 数据问题 (the unit's rejected
    /// rows by table, inputs.md "Rows rejected are not penalties").
    static let headers = [
        "季度", "单位编号", "单位名称", "单位类别", "地区", "主管单位",
        "账号数", "未巡查账号数", "巡查条目数", "错误数", "严重错误数", "错误率",
        "最长未更新天数", "不更新账号数", "应整改问题数", "超时整改数", "严重问题超时数", "逾期未改数",
        "缺失制度", "人员配备缺口", "有效投诉数", "重大问题数",
        "错误率扣分", "不更新扣分", "整改超时扣分", "制度扣分", "投诉扣分", "得分",
        "触发情形", "上季度处理决定", "处理决定", "意识形态扣分", "函号",
        "数据问题",
    ]

    /// The unit stays in view; the print leaves out the quarter (the page header names it) and what follows
    /// the decision.
    static let print = TablePrint(headers: headers, frozenThrough: "单位名称", printing: ("单位编号", "处理决定"))

    /// Column of 处理决定, which the row highlight reads.
    static let decisionColumn = 30

    static func row(_ u: UnitAssessment, quarter: Quarter, issues: DataIssues = DataIssues()) -> [SheetCell] {
        let m = u.metrics
        let d = u.deductions
        return [
            .text(quarter.description), .text(u.unit.id), .text(u.unit.name), .text(u.unit.category.chinese),
            .text(u.unit.region), .text(u.supervisor),
            .integer(m.mediaCount), .integer(m.unmonitoredMedia), .integer(m.itemsChecked), .integer(m.errors),
            .integer(m.seriousErrors), m.errorRatePermille.map { .number($0, format: .permille) } ?? .empty,
            .integer(m.maxSilentDays), .integer(m.inactiveMedia), .integer(m.findingsDue), .integer(m.lateFixes),
            .integer(m.lateSerious), .integer(m.unfixedOverdue),
            .text(m.missingSystems.map(\.chinese).joined(separator: "、")), .integer(m.staffingGaps),
            .integer(m.complaints), .integer(m.majorIncidents),
            .number(d.error, format: .decimal2), .number(d.inactivity, format: .decimal2),
            .number(d.late, format: .decimal2), .number(d.systems, format: .decimal2),
            .number(d.complaints, format: .decimal2), .number(u.score, format: .decimal2),
            .text(u.triggers.map(\.chinese).joined(separator: "、")), .text(u.previous?.decision.chinese ?? ""),
            .text(u.decision.chinese), .number(u.ideologyDeduction, format: .decimal2),
            .text(u.letterNumber?.description ?? ""),
            .text(issues.text(for: u.unit.id)),
        ]
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
        try writer.fill(table, rows: content.assessment.units.lazy.map {
            row($0, quarter: quarter, issues: content.dataIssues)
        })
    }
}
