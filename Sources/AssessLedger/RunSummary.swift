import AssessCore
import Foundation

/// One recorded run of a quarter, as listed by `Ledger.runs(of:)`.
public struct RunSummary: Hashable, Sendable {
    /// The ledger's id of the run (ascending in recording order).
    public var id: Int64
    public var quarter: Quarter
    public var recordedAt: Date
    public var asOf: LocalDateTime
    public var issueDate: Day
    public var toolVersion: String
    /// Units assessed by that run, and how many of them got a letter number.
    public var unitCount: Int
    public var letterCount: Int

    public init(id: Int64, quarter: Quarter, recordedAt: Date, asOf: LocalDateTime, issueDate: Day, toolVersion: String,
                unitCount: Int, letterCount: Int) {
        self.id = id
        self.quarter = quarter
        self.recordedAt = recordedAt
        self.asOf = asOf
        self.issueDate = issueDate
        self.toolVersion = toolVersion
        self.unitCount = unitCount
        self.letterCount = letterCount
    }
}
