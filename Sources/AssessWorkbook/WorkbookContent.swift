import AssessCore

/// Everything `assessment.xlsx` shows: the quarter's result and the data-quality facts around it.
public struct WorkbookContent: Sendable {
    public var assessment: QuarterAssessment
    public var configuration: Configuration
    /// Per input file counts (数据质量).
    public var files: [InputFileReport]
    /// Every rejected input row (数据质量).
    public var rejects: [RejectedRow]
    /// Earlier quarters' totals from the ledger, for the 总览 trend charts (the current quarter may be included).
    public var trend: [QuarterTrend]
    /// Further tables written after the standard sheets (e.g. a compliance sheet 账号规范); may be empty.
    public var extraSheets: [SheetTable]
    /// Units whose rows were rejected: the 数据问题 column of 单位评分 and 处理决定.
    public var dataIssues: DataIssues

    public init(assessment: QuarterAssessment, configuration: Configuration, files: [InputFileReport],
                rejects: [RejectedRow], trend: [QuarterTrend], extraSheets: [SheetTable] = [],
                dataIssues: DataIssues = DataIssues()) {
        self.dataIssues = dataIssues
        self.assessment = assessment
        self.configuration = configuration
        self.files = files
        self.rejects = rejects
        self.trend = trend
        self.extraSheets = extraSheets
    }
}
