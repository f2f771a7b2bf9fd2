import AssessCore
import Foundation

/// manifest.json: what the run read and with which settings, for audits.
public struct Manifest: Encodable, Sendable {
    public struct InputFile: Encodable, Sendable {
        var table: String
        var path: String
        var format: String
        var encoding: String
        var sha256: String
        var bytes: Int64
        var rowsRead: Int
        var rowsAccepted: Int
        var rowsRejected: Int

        enum CodingKeys: String, CodingKey {
            case table, path, format, encoding, sha256, bytes
            case rowsRead = "rows_read", rowsAccepted = "rows_accepted", rowsRejected = "rows_rejected"
        }
    }

    var tool: String
    var toolVersion: String
    var quarter: String
    var asOf: String
    var issueDate: String
    var reportDueDate: String
    var previousSource: String
    /// The notice's own number (documents.md "Numbers"); empty when the quarter has no notice.
    var noticeNumber: String
    var configuration: Configuration
    var inputs: [InputFile]
    var outputs: [String]
    var warnings: [String]

    enum CodingKeys: String, CodingKey {
        case tool, quarter, configuration, inputs, outputs, warnings
        case toolVersion = "tool_version", asOf = "as_of", issueDate = "issue_date"
        case reportDueDate = "report_due_date", previousSource = "previous_source"
        case noticeNumber = "notice_no"
    }

    public init(assessment: QuarterAssessment, configuration: Configuration, files: [InputFileReport],
                previousSource: String, outputs: [String], warnings: [String]) {
        tool = "assess"
        toolVersion = ToolVersion.current
        quarter = assessment.quarter.description
        asOf = assessment.asOf.description
        issueDate = assessment.issueDate.description
        reportDueDate = assessment.reportDueDate.description
        self.previousSource = previousSource
        noticeNumber = assessment.noticeNumber?.description ?? ""
        self.configuration = configuration
        inputs = files.map {
            InputFile(table: $0.table, path: $0.path, format: $0.format.rawValue, encoding: $0.encoding.rawValue,
                      sha256: $0.sha256, bytes: $0.bytes, rowsRead: $0.read, rowsAccepted: $0.accepted,
                      rowsRejected: $0.rejected)
        }
        self.outputs = outputs.sorted()
        self.warnings = warnings
    }

    /// Pretty, key-sorted JSON (deterministic).
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
