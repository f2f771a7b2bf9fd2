import AssessCore

/// 年度汇总: the rows of ideology-{year}.csv with Chinese headers, then the unit's region and each quarter's
/// score, decision and letter number (year.md).
enum YearSummarySheet {
    static let name = "年度汇总"

    static var headers: [String] {
        AnnualColumn.allCases.map(\.chinese) + ["地区"]
            + (1...4).flatMap { ["第\($0)季度得分", "第\($0)季度处理决定", "第\($0)季度函号"] }
    }

    /// What prints: the CSV's columns and the region (the quarters' scores, decisions and letter numbers stay on
    /// screen; 24 columns on one page would print too small to read).
    static let printedColumns = 0...AnnualColumn.allCases.count

    static func rows(_ rollUp: YearRollUp) -> [[SheetCell]] {
        rollUp.units.map { unit in
            AnnualColumn.allCases.map { cell($0, unit, year: rollUp.year) } + [.text(unit.region)]
                + unit.quarters.flatMap { result -> [SheetCell] in
                    guard let result else { return [.empty, .empty, .empty] }
                    return [.number(Double(result.scoreHundredths) / 100, format: .decimal2),
                            .text(result.decision.chinese), .text(result.letterNumber)]
                }
        }
    }

    /// Numbers stay numbers: deductions in `0.00`, counts as integers.
    static func cell(_ column: AnnualColumn, _ unit: UnitYear, year: Int) -> SheetCell {
        switch column {
        case .year: .integer(year)
        case .unitID, .unitName, .supervisor: .text(column.printed(unit, year: year))
        case .q1, .q2, .q3, .q4:
            column.quarterNumber.flatMap { unit.quarters[$0 - 1] }
                .map { .number(Double($0.ideologyHundredths) / 100, format: .decimal2) } ?? .empty
        case .letters: .integer(unit.letters)
        case .notices: .integer(unit.notices)
        case .annualDeduction: .number(Double(unit.annualDeduction) / 100, format: .decimal2)
        }
    }
}
