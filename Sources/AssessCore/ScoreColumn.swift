/// The 33 columns of a unit's score row, said once: name (scores.csv/json key and the ledger's column), Chinese
/// header (单位评分), value and format. scores.csv and scores.json (`ScoreTable`), the ledger's stored row and
/// the 单位评分 sheet all read this list, so a column is added or moved in one place (outputs.md "scores.csv").
public enum ScoreColumn: String, CaseIterable, Sendable {
    case quarter
    case unitID = "unit_id"
    case unitName = "unit_name"
    case category
    case region
    case supervisor
    case mediaCount = "media_count"
    case unmonitoredMedia = "unmonitored_media"
    case itemsChecked = "items_checked"
    case errors
    case seriousErrors = "serious_errors"
    case errorRatePermille = "error_rate_permille"
    case maxSilentDays = "max_silent_days"
    case inactiveMedia = "inactive_media"
    case findingsDue = "findings_due"
    case lateFixes = "late_fixes"
    case lateSerious = "late_serious"
    case unfixedOverdue = "unfixed_overdue"
    case missingSystems = "missing_systems"
    case staffingGaps = "staffing_gaps"
    case complaints
    case majorIncidents = "major_incidents"
    case deductionError = "deduction_error"
    case deductionInactivity = "deduction_inactivity"
    case deductionLate = "deduction_late"
    case deductionSystems = "deduction_systems"
    case deductionComplaints = "deduction_complaints"
    case score
    case triggers
    case previousDecision = "previous_decision"
    case decision
    case ideologyDeduction = "ideology_deduction"
    case letterNumber = "letter_no"

    /// The name in scores.csv's header, scores.json's keys and the ledger's `unit_result` table.
    public var name: String { rawValue }

    /// Where the column stands in the row (0 = `quarter`).
    public var position: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// The header of the 单位评分 sheet.
    public var chinese: String {
        switch self {
        case .quarter: "季度"
        case .unitID: "单位编号"
        case .unitName: "单位名称"
        case .category: "单位类别"
        case .region: "地区"
        case .supervisor: "主管单位"
        case .mediaCount: "账号数"
        case .unmonitoredMedia: "未巡查账号数"
        case .itemsChecked: "巡查条目数"
        case .errors: "错误数"
        case .seriousErrors: "严重错误数"
        case .errorRatePermille: "错误率"
        case .maxSilentDays: "最长未更新天数"
        case .inactiveMedia: "不更新账号数"
        case .findingsDue: "应整改问题数"
        case .lateFixes: "超时整改数"
        case .lateSerious: "严重问题超时数"
        case .unfixedOverdue: "逾期未改数"
        case .missingSystems: "缺失制度"
        case .staffingGaps: "人员配备缺口"
        case .complaints: "有效投诉数"
        case .majorIncidents: "重大问题数"
        case .deductionError: "错误率扣分"
        case .deductionInactivity: "不更新扣分"
        case .deductionLate: "整改超时扣分"
        case .deductionSystems: "制度扣分"
        case .deductionComplaints: "投诉扣分"
        case .score: "得分"
        case .triggers: "触发情形"
        case .previousDecision: "上季度处理决定"
        case .decision: "处理决定"
        case .ideologyDeduction: "意识形态扣分"
        case .letterNumber: "函号"
        }
    }

    /// This column's value for `unit` in `quarter`.
    public func value(of unit: UnitAssessment, quarter: Quarter) -> ScoreValue {
        let m = unit.metrics
        let d = unit.deductions
        return switch self {
        case .quarter: .text(quarter.description)
        case .unitID: .text(unit.unit.id)
        case .unitName: .text(unit.unit.name)
        case .category: .text(unit.unit.category.chinese)
        case .region: .text(unit.unit.region)
        case .supervisor: .text(unit.supervisor)
        case .mediaCount: .integer(m.mediaCount)
        case .unmonitoredMedia: .integer(m.unmonitoredMedia)
        case .itemsChecked: .integer(m.itemsChecked)
        case .errors: .integer(m.errors)
        case .seriousErrors: .integer(m.seriousErrors)
        case .errorRatePermille: m.errorRatePermille.map { .number($0, .permille) } ?? .empty
        case .maxSilentDays: .integer(m.maxSilentDays)
        case .inactiveMedia: .integer(m.inactiveMedia)
        case .findingsDue: .integer(m.findingsDue)
        case .lateFixes: .integer(m.lateFixes)
        case .lateSerious: .integer(m.lateSerious)
        case .unfixedOverdue: .integer(m.unfixedOverdue)
        case .missingSystems: .codes(m.missingSystems.map(ScoreValue.Coded.init))
        case .staffingGaps: .integer(m.staffingGaps)
        case .complaints: .integer(m.complaints)
        case .majorIncidents: .integer(m.majorIncidents)
        case .deductionError: .number(d.error, .points)
        case .deductionInactivity: .number(d.inactivity, .points)
        case .deductionLate: .number(d.late, .points)
        case .deductionSystems: .number(d.systems, .points)
        case .deductionComplaints: .number(d.complaints, .points)
        case .score: .number(unit.score, .points)
        case .triggers: .codes(unit.triggers.map(ScoreValue.Coded.init))
        case .previousDecision: unit.previous.map { .code(ScoreValue.Coded($0.decision)) } ?? .empty
        case .decision: .code(ScoreValue.Coded(unit.decision))
        case .ideologyDeduction: .number(unit.ideologyDeduction, .points)
        case .letterNumber: unit.letterNumber.map { .text($0.description) } ?? .empty
        }
    }
}
