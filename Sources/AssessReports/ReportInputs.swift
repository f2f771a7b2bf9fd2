import AssessCore

/// Everything the letters, the notice and the summary are rendered from.
public struct ReportInputs: Sendable {
    public var assessment: QuarterAssessment
    public var configuration: Configuration
    public var files: [InputFileReport]
    public var rejectedRows: Int
    /// Earlier quarters from the ledger, ascending (the current quarter is not in it).
    public var trend: [QuarterTrend]
    /// The registry compliance work list (Art. 8–10), for the summary's section; empty when not reviewed.
    public var compliance: [ComplianceFinding]
    /// Units whose rows were rejected (the summary's 数据问题 section).
    public var dataIssues: DataIssues

    public init(assessment: QuarterAssessment, configuration: Configuration, files: [InputFileReport],
                rejectedRows: Int, trend: [QuarterTrend], compliance: [ComplianceFinding] = [],
                dataIssues: DataIssues = DataIssues()) {
        self.dataIssues = dataIssues
        self.assessment = assessment
        self.configuration = configuration
        self.files = files
        self.rejectedRows = rejectedRows
        self.trend = trend
        self.compliance = compliance
    }
}
