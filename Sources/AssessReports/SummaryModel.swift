import AssessCore

/// What `summary.md.mustache` can use: the quarter at a glance for the office's leadership.
public struct SummaryModel: Sendable, Equatable {
    public var issuer: String
    public var quarter: String
    public var quarterCode: String
    /// `2026年9月30日 23:59` style moment at which "not fixed yet" was judged.
    public var asOf: String
    /// The one-page brief, as 总览 prints it.
    public var brief: BriefSection
    public var issueDate: String
    public var reportDueDate: String
    public var unitsAssessed: Int
    public var mediaAssessed: Int
    public var mediaPassRate: String
    public var averageScore: String
    public var highestScore: String
    public var lowestScore: String
    public var letters: Int
    public var notices: Int
    public var noAction: Int
    public var scoreBands: [CountRow]
    /// Units for which each criterion holds, in rulebook order (every criterion listed, also at 0).
    public var triggers: [CountRow]
    /// Regions and supervisors in administrative order (the brief's).
    public var regions: [GroupRow]
    public var supervisors: [GroupRow]
    /// The quarter just before, when the ledger has it.
    public var previous: QuarterComparison?
    /// Earlier quarters from the ledger and this one, ascending.
    public var trend: [TrendRow]
    public var warnings: [TextLine]
    public var files: [FileRow]
    public var rejectedRows: Int
    /// Registry compliance (Art. 8–10): lines of compliance.csv, and the units and media they concern.
    public var complianceTotal: Int
    public var complianceUnits: Int
    public var complianceMedia: Int
    /// One row per check switched on in the configuration, in check order (also at 0).
    public var complianceChecks: [ComplianceRow]
    /// Units whose rows (or their media's rows) were rejected, in unit-id order (inputs.md "Rows rejected are
    /// not penalties"), and the rejected rows whose unit cannot be told (one line `拒收 findings 2 行`, or none).
    public var hasDataIssues = false
    public var dataIssueUnits: [DataIssueRow] = []
    public var dataIssuesUnattributed: [TextLine] = []
}

/// One unit whose assessment may be affected by rejected rows.
public struct DataIssueRow: Sendable, Equatable {
    public var unitID: String
    /// The unit's name, or empty when the unit itself was not accepted.
    public var name: String
    /// `已发整改函`, `通报`, or `未处理` / `未参加考核`.
    public var decision: String
    /// `拒收 systems 1 行、findings 2 行`.
    public var rows: String
}

/// One registry compliance check in the summary.
public struct ComplianceRow: Sendable, Equatable {
    /// `同一平台多个账号`.
    public var label: String
    public var code: String
    /// `第十条`.
    public var article: String
    /// Lines (media) found.
    public var count: Int
    /// Units concerned.
    public var units: Int
}

/// A label with a count and its share of all assessed units.
public struct CountRow: Sendable, Equatable {
    public var label: String
    public var count: Int
    public var share: String
}

/// Units grouped by region or supervisor.
public struct GroupRow: Sendable, Equatable {
    public var name: String
    public var units: Int
    public var averageScore: String
    public var letters: Int
    public var notices: Int
}

/// This quarter against the previous one.
public struct QuarterComparison: Sendable, Equatable {
    public var quarter: String
    public var units: Int
    public var letters: Int
    public var notices: Int
    public var averageScore: String
    /// `上升 1.20 分`, `持平`, …
    public var averageChange: String
    /// `增加 2 家`, `减少 1 家`, `持平`.
    public var lettersChange: String
    public var noticesChange: String
}

/// One quarter of the trend table.
public struct TrendRow: Sendable, Equatable {
    public var quarter: String
    public var units: Int
    public var letters: Int
    public var notices: Int
    public var averageScore: String
}

/// One line of text (a warning).
public struct TextLine: Sendable, Equatable {
    public var text: String
}

/// One input file's counts (the manifest's numbers).
public struct FileRow: Sendable, Equatable {
    public var table: String
    public var file: String
    public var format: String
    public var encoding: String
    public var read: Int
    public var accepted: Int
    public var rejected: Int
}
