import AssessCore
import Foundation

/// Everything one `assess run` needs, already parsed.
public struct RunOptions: Sendable {
    public var quarter: Quarter
    public var dataDirectory: URL
    public var outputDirectory: URL
    public var configurationFile: URL?
    /// When "not fixed yet" is judged; default the quarter's end.
    public var asOf: LocalDateTime?
    /// Letters' issue date; default the first working day on or after as_of.
    public var issueDate: Day?
    /// An earlier scores.csv that gives the previous quarter (wins over the ledger).
    public var previousFile: URL?
    public var strict: Bool
    /// The ledger file; nil = run without a ledger (nothing remembered).
    public var ledgerPath: URL?
    /// Template folder; nil = the default templates.
    public var templatesDirectory: URL?
    /// `--pdf`: also a `.pdf` of each `.docx`, converted by LibreOffice (documents.md).
    public var pdf = false

    public init(quarter: Quarter, dataDirectory: URL, outputDirectory: URL, configurationFile: URL? = nil,
                asOf: LocalDateTime? = nil, issueDate: Day? = nil, previousFile: URL? = nil, strict: Bool = false,
                ledgerPath: URL? = nil, templatesDirectory: URL? = nil) {
        self.quarter = quarter
        self.dataDirectory = dataDirectory
        self.outputDirectory = outputDirectory
        self.configurationFile = configurationFile
        self.asOf = asOf
        self.issueDate = issueDate
        self.previousFile = previousFile
        self.strict = strict
        self.ledgerPath = ledgerPath
        self.templatesDirectory = templatesDirectory
    }
}
