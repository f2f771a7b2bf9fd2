import AssessCore

/// 处理决定: every unit with a letter or notice (Art. 19), its triggers in words and last quarter's result.
enum DecisionsSheet {
    static let name = "处理决定"

    static let headers = [
        "单位编号", "单位名称", "主管单位", "处理决定", "函号", "触发情形", "得分",
        "上季度处理决定", "上季度得分", "上季度触发情形", "意识形态扣分", "整改报告截止日",
        "数据问题",
    ]

    /// The row's subject stays in view when scrolling across.
    static let print = TablePrint(headers: headers, frozenThrough: "单位名称")

    static func rows(_ assessment: QuarterAssessment, issues: DataIssues = DataIssues()) -> some Collection<[SheetCell]> {
        let units = assessment.units
        return units.indices.lazy.filter { units[$0].decision != .noAction }.map {
            row(units[$0], reportDue: assessment.reportDueDate, issues: issues)
        }
    }

    /// The last column, 数据问题: the unit's rejected rows by table (empty when none), so the office checks
    /// before it sends (inputs.md "Rows rejected are not penalties").
    static func row(_ u: UnitAssessment, reportDue: Day, issues: DataIssues = DataIssues()) -> [SheetCell] {
        let previousScore: SheetCell = u.previous.map { p in
            Double(p.printedScore).map { .number($0, format: .decimal2) } ?? .text(p.printedScore)
        } ?? .empty
        return [
            .text(u.unit.id), .text(u.unit.name), .text(u.supervisor), .text(u.decision.chinese),
            .text(u.letterNumber?.description ?? ""), .text(u.triggers.map(\.chinese).joined(separator: "、")),
            .number(u.score, format: .decimal2), .text(u.previous?.decision.chinese ?? "无记录"), previousScore,
            .text(u.previous?.triggers.map(\.chinese).joined(separator: "、") ?? ""),
            .number(u.ideologyDeduction, format: .decimal2), .date(reportDue),
            .text(issues.text(for: u.unit.id)),
        ]
    }
}
