import AssessCore
import AssessReports
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
    /// An earlier scores.csv that gives the previous quarter when the ledger does not have it.
    public var previousFile: URL?
    /// The user states there is no previous quarter (the first quarter ever assessed): every triggered unit gets
    /// a letter, and numbering starts at 1 when nothing else is known.
    public var noPrevious: Bool
    /// The first free letter (notice) number of the issue year, when neither the ledger nor `--previous` shows one.
    public var letterStart: Int?
    public var noticeStart: Int?
    public var strict: Bool
    /// The ledger file; nil = run without a ledger (nothing remembered).
    public var ledgerPath: URL?
    /// Template folder; nil = the default templates.
    public var templatesDirectory: URL?
    /// `--pdf`: also a `.pdf` of each `.docx`, converted by LibreOffice (documents.md).
    public var pdf = false

    public init(quarter: Quarter, dataDirectory: URL, outputDirectory: URL, configurationFile: URL? = nil,
                asOf: LocalDateTime? = nil, issueDate: Day? = nil, previousFile: URL? = nil, noPrevious: Bool = false,
                letterStart: Int? = nil, noticeStart: Int? = nil, strict: Bool = false,
                ledgerPath: URL? = nil, templatesDirectory: URL? = nil) {
        self.quarter = quarter
        self.dataDirectory = dataDirectory
        self.outputDirectory = outputDirectory
        self.configurationFile = configurationFile
        self.asOf = asOf
        self.issueDate = issueDate
        self.previousFile = previousFile
        self.noPrevious = noPrevious
        self.letterStart = letterStart
        self.noticeStart = noticeStart
        self.strict = strict
        self.ledgerPath = ledgerPath
        self.templatesDirectory = templatesDirectory
    }
}

extension RunOptions {
    /// What the output folder must keep away from (outputs.md "Where outputs may go"): the data folder, the
    /// ledger, the `--previous` file, the configuration and the templates in use.
    func protectedPaths() -> [OutputLocation.Protected] {
        var paths = [OutputLocation.Protected(dataDirectory, role: "数据目录", kind: .dataFolder)]
        if let ledgerPath { paths.append(.init(ledgerPath, role: "台账")) }
        if let previousFile { paths.append(.init(previousFile, role: "上季度结果文件（--previous）")) }
        if let configurationFile { paths.append(.init(configurationFile, role: "配置文件")) }
        if let templates = templatesDirectory ?? ReportRenderer.defaultTemplatesDirectory() {
            paths.append(.init(templates, role: "模板目录"))
        }
        return paths
    }
}
