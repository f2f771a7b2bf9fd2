/// The columns of `ideology-{year}.csv` (year.md), named once for the file and the workbook's 年度汇总.
public enum AnnualColumn: String, CaseIterable, Sendable {
    case year
    case unitID = "unit_id"
    case unitName = "unit_name"
    case supervisor
    case q1, q2, q3, q4
    case letters, notices
    case annualDeduction = "annual_deduction"

    /// The header in the workbook.
    public var chinese: String {
        switch self {
        case .year: "年度"
        case .unitID: "单位编号"
        case .unitName: "单位名称"
        case .supervisor: "主管单位"
        case .q1: "第1季度扣分"
        case .q2: "第2季度扣分"
        case .q3: "第3季度扣分"
        case .q4: "第4季度扣分"
        case .letters: "整改函次数"
        case .notices: "通报次数"
        case .annualDeduction: "年度扣分"
        }
    }

    /// The quarter (1…4) of a deduction column.
    public var quarterNumber: Int? {
        switch self {
        case .q1: 1
        case .q2: 2
        case .q3: 3
        case .q4: 4
        default: nil
        }
    }

    /// The value as the CSV prints it: deductions `%.2f` (empty when the unit has no result that quarter).
    public func printed(_ unit: UnitYear, year: Int) -> String {
        switch self {
        case .year: String(year)
        case .unitID: unit.unitID
        case .unitName: unit.unitName
        case .supervisor: unit.supervisor
        case .q1, .q2, .q3, .q4:
            quarterNumber.flatMap { unit.quarters[$0 - 1] }.map { FixedPoint.format(Double($0.ideologyHundredths) / 100) } ?? ""
        case .letters: String(unit.letters)
        case .notices: String(unit.notices)
        case .annualDeduction: FixedPoint.format(Double(unit.annualDeduction) / 100)
        }
    }
}
