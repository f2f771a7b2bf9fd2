import AssessCore
import Foundation

/// What the ledger keeps about one run for audit (outputs.md manifest): every run is kept, even when a
/// rerun of the same quarter replaces its unit results.
public struct RunRecord: Sendable {
    public var toolVersion: String
    public var quarter: Quarter
    public var asOf: LocalDateTime
    public var issueDate: Day
    /// The configuration in force, as printed into the manifest.
    public var configurationJSON: String
    public var files: [InputFileReport]
    /// Wall-clock time of recording: audit only, never printed into an output file.
    public var recordedAt: Date
    /// The highest letter (notice) number known to be used per year when this run numbered, even if this tool
    /// handed none of them out (`--previous`, `--letter-start`, `--no-previous`): kept so that a later quarter
    /// of the year continues after it.
    public var letterFloor: [Int: Int]
    public var noticeFloor: [Int: Int]
    /// The token of the output swap this run commits with (StagingDirectory), nil when none.
    public var outputToken: String?

    public init(toolVersion: String, quarter: Quarter, asOf: LocalDateTime, issueDate: Day, configurationJSON: String,
                files: [InputFileReport], recordedAt: Date, letterFloor: [Int: Int] = [:],
                noticeFloor: [Int: Int] = [:], outputToken: String? = nil) {
        self.toolVersion = toolVersion
        self.quarter = quarter
        self.asOf = asOf
        self.issueDate = issueDate
        self.configurationJSON = configurationJSON
        self.files = files
        self.recordedAt = recordedAt
        self.letterFloor = letterFloor
        self.noticeFloor = noticeFloor
        self.outputToken = outputToken
    }
}
