/// The Art. 15 judgement of one counted finding: its deadline and whether it was met.
public struct FindingOutcome: Hashable, Sendable {
    public enum Outcome: String, Hashable, Sendable, CaseIterable {
        case onTime = "on_time"
        case late
        case overdue
        case pending

        /// Fixed after the deadline or still unfixed past it: what `late_fixes` counts (rules.md Art. 15).
        public var isLate: Bool { self == .late || self == .overdue }

        public var chinese: String {
            switch self {
            case .onTime: "按时整改"
            case .late: "超时整改"
            case .overdue: "逾期未改"
            case .pending: "未到期"
            }
        }
    }

    public var finding: Finding
    public var unitID: String
    /// `notified_at` fell inside working time (else off-hours or holiday).
    public var notifiedInWorkingTime: Bool
    public var limitMinutes: Int
    public var deadline: LocalDateTime
    public var outcome: Outcome
    /// Seconds past the deadline: `fixed_at - deadline` when late, `as_of - deadline` when overdue; else 0.
    public var secondsLate: Int64

    public init(finding: Finding, unitID: String, notifiedInWorkingTime: Bool, limitMinutes: Int,
                deadline: LocalDateTime, outcome: Outcome, secondsLate: Int64) {
        self.finding = finding
        self.unitID = unitID
        self.notifiedInWorkingTime = notifiedInWorkingTime
        self.limitMinutes = limitMinutes
        self.deadline = deadline
        self.outcome = outcome
        self.secondsLate = secondsLate
    }

    /// Major incident (rules.md): serious and one of 表述错误, 泄密, 隐私泄露, 数据造假.
    public var isMajorIncident: Bool {
        Self.isMajorIncident(severity: finding.severity, category: finding.category)
    }

    /// `isMajorIncident` from the two fields it depends on (the workbook reads them through a pointer, without
    /// copying the outcome).
    public static func isMajorIncident(severity: Severity, category: FindingCategory) -> Bool {
        guard severity == .serious else { return false }
        switch category {
        case .wrongExpression, .secretLeak, .privacyLeak, .fakeData: return true
        default: return false
        }
    }
}
