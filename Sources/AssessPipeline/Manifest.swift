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

    /// A letter or the notice that concerns a unit with rejected rows: the office checks it before sending
    /// (inputs.md "Rows rejected are not penalties").
    public struct ToVerify: Encodable, Sendable, Equatable {
        var output: String
        var unitID: String
        var mark = "待核实"
        var dataIssues: String

        enum CodingKeys: String, CodingKey {
            case output, mark
            case unitID = "unit_id", dataIssues = "data_issues"
        }
    }

    /// An accepted review applied by the run (reviews.md).
    public struct AppliedReview: Encodable, Sendable, Equatable {
        var reviewID: String
        var findingID: String
        var unitID: String
        var mediaID: String
        var outcome: String
        var decidedOn: String

        enum CodingKeys: String, CodingKey {
            case outcome
            case reviewID = "review_id", findingID = "finding_id", unitID = "unit_id", mediaID = "media_id"
            case decidedOn = "decided_on"
        }
    }

    /// A letter the run withdrew, with the reviews that caused it.
    public struct WithdrawnLetter: Encodable, Sendable, Equatable {
        var letterNo: String
        var unitID: String
        var decisionBefore: String
        var scoreBefore: String
        var output: String
        var reviewIDs: [String]

        enum CodingKeys: String, CodingKey {
            case output
            case letterNo = "letter_no", unitID = "unit_id", decisionBefore = "decision_before"
            case scoreBefore = "score_before", reviewIDs = "review_ids"
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
    var toVerify: [ToVerify]
    /// Left out when the run had no reviews (the manifest of a run without reviews is unchanged).
    var reviews: [AppliedReview]?
    var withdrawnLetters: [WithdrawnLetter]?

    enum CodingKeys: String, CodingKey {
        case tool, quarter, configuration, inputs, outputs, warnings, reviews
        case withdrawnLetters = "withdrawn_letters"
        case toVerify = "to_verify"
        case toolVersion = "tool_version", asOf = "as_of", issueDate = "issue_date"
        case reportDueDate = "report_due_date", previousSource = "previous_source"
        case noticeNumber = "notice_no"
    }

    public init(assessment: QuarterAssessment, configuration: Configuration, files: [InputFileReport],
                previousSource: String, outputs: [String], warnings: [RunWarning], dataIssues: DataIssues = DataIssues(),
                reviews: [ReviewedFinding] = [], withdrawals: [LetterWithdrawal] = []) {
        tool = "assess"
        toolVersion = ToolVersion.current
        quarter = assessment.quarter.description
        asOf = assessment.asOf.description
        issueDate = assessment.issueDate.description
        reportDueDate = assessment.reportDueDate.description
        self.previousSource = PhoneMask.maskAll(in: previousSource)
        noticeNumber = assessment.noticeNumber?.description ?? ""
        self.configuration = configuration
        inputs = files.map {
            InputFile(table: $0.table, path: PhoneMask.maskAll(in: $0.path), format: $0.format.rawValue, encoding: $0.encoding.rawValue,
                      sha256: $0.sha256, bytes: $0.bytes, rowsRead: $0.read, rowsAccepted: $0.accepted,
                      rowsRejected: $0.rejected)
        }
        self.outputs = outputs.sorted()
        self.warnings = warnings.map { PhoneMask.maskAll(in: $0.chinese) }
        toVerify = Self.toVerify(assessment, dataIssues: dataIssues)
        self.reviews = reviews.isEmpty ? nil : reviews.map {
            AppliedReview(reviewID: $0.review.id, findingID: $0.review.findingID, unitID: $0.unitID, mediaID: $0.mediaID,
                          outcome: $0.review.outcome.code, decidedOn: $0.review.decidedOn.description)
        }
        withdrawnLetters = withdrawals.isEmpty ? nil : withdrawals.map {
            WithdrawnLetter(letterNo: $0.number.description, unitID: $0.unitID, decisionBefore: $0.before.decision.code,
                            scoreBefore: $0.before.printedScore,
                            output: "withdrawn/\(SafeFileName.encode($0.unitID)).md", reviewIDs: $0.reviews.map(\.review.id))
        }
    }

    /// Every letter of a unit with rejected rows, and the notice once per such unit named in it.
    static func toVerify(_ assessment: QuarterAssessment, dataIssues: DataIssues) -> [ToVerify] {
        var marks: [ToVerify] = []
        for unit in assessment.units where unit.decision != .noAction {
            let issues = dataIssues.text(for: unit.unit.id)
            guard !issues.isEmpty else { continue }
            marks.append(ToVerify(output: "letters/\(SafeFileName.encode(unit.unit.id)).md", unitID: unit.unit.id,
                                  dataIssues: issues))
            if unit.decision == .notice {
                marks.append(ToVerify(output: "notice.md", unitID: unit.unit.id, dataIssues: issues))
            }
        }
        return marks.sorted { ($0.output, $0.unitID) < ($1.output, $1.unitID) }
    }

    /// Pretty, key-sorted JSON (deterministic).
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}
