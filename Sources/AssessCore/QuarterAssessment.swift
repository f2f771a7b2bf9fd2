/// The result of assessing one quarter: every assessed unit, sorted by `unit_id` in UTF-8 byte order.
public struct QuarterAssessment: Sendable {
    public var quarter: Quarter
    public var asOf: LocalDateTime
    public var issueDate: Day
    /// The 15th (configurable) working day after the issue date.
    public var reportDueDate: Day
    public var units: [UnitAssessment]
    /// The notice's own number `{notice_prefix}〔{year}〕{n}号` (documents.md "Numbers"); nil when no unit's
    /// decision is notice.
    public var noticeNumber: LetterNumber?
    /// Problems a clerk should know about (missing previous quarter, uncovered calendar years, …).
    public var warnings: [RunWarning]
    /// How regions and supervisors are listed for people (the configured order, then the registry's).
    public var order: AdministrativeOrder

    public init(quarter: Quarter, asOf: LocalDateTime, issueDate: Day, reportDueDate: Day, units: [UnitAssessment],
                noticeNumber: LetterNumber? = nil, warnings: [RunWarning],
                order: AdministrativeOrder = AdministrativeOrder(regions: [])) {
        self.quarter = quarter
        self.asOf = asOf
        self.issueDate = issueDate
        self.reportDueDate = reportDueDate
        self.units = units
        self.noticeNumber = noticeNumber
        self.warnings = warnings
        self.order = order
    }
}
