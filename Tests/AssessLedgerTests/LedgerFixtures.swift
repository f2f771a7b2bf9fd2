import AssessCore
import Foundation
@testable import AssessLedger
import TestSupport

/// Hand-built assessments and throw-away ledger files for the ledger tests.
enum LedgerFixtures {
    /// A fresh empty folder under the temporary directory.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("assess-ledger-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A ledger path inside a fresh folder (the file does not exist yet).
    static func ledgerPath() throws -> URL {
        try folder().appendingPathComponent("ledger.sqlite")
    }

    static func quarter(_ text: String) -> Quarter {
        Quarter(text)!
    }

    /// One assessed unit whose whole deduction is on the error line, so that `score` prints as given.
    static func unit(_ id: String, score: Double = 100, triggers: [Trigger] = [], decision: Decision = .noAction,
                     letter: LetterNumber? = nil, previous: PreviousResult? = nil,
                     errorRate: Double? = nil) -> UnitAssessment {
        var metrics = UnitMetrics()
        metrics.mediaCount = 2
        metrics.itemsChecked = errorRate == nil ? 0 : 1000
        metrics.errorRatePermille = errorRate
        metrics.missingSystems = triggers.contains(.missingSystems) ? [.threeReview, .contingencyPlan] : []
        return UnitAssessment(
            unit: Unit(id: id, name: "单位\(id)", category: .government, region: "五华区"),
            supervisor: "五华区人民政府办公室", metrics: metrics,
            deductions: Deductions(error: 100 - score, inactivity: 0, late: 0, systems: 0, complaints: 0),
            score: score, triggers: triggers, previous: previous, decision: decision,
            ideologyDeduction: decision == .noAction ? 0 : 1, letterNumber: letter, evidence: UnitEvidence())
    }

    static func letter(_ sequence: Int, year: Int = 2026) -> LetterNumber {
        LetterNumber(prefix: "昆网信函", year: year, sequence: sequence)
    }

    static func assessment(_ quarter: String, _ units: [UnitAssessment]) -> QuarterAssessment {
        let q = Self.quarter(quarter)
        return QuarterAssessment(quarter: q, asOf: q.end, issueDate: q.endDay.adding(days: 7),
                                 reportDueDate: q.endDay.adding(days: 28), units: units, warnings: [])
    }

    static func run(_ assessment: QuarterAssessment, version: String = "1.0.0",
                    recordedAt: Date = Date(timeIntervalSince1970: 1_790_000_000)) -> RunRecord {
        RunRecord(toolVersion: version, quarter: assessment.quarter, asOf: assessment.asOf,
                  issueDate: assessment.issueDate, configurationJSON: #"{"city":"昆明市"}"#,
                  files: [InputFileReport(table: "units", path: "data/units.csv", format: .csv, encoding: .utf8,
                                          sha256: String(repeating: "ab", count: 32), bytes: 123, read: 3,
                                          accepted: 3, rejected: 0)],
                  recordedAt: recordedAt)
    }

    /// Records `units` as the quarter's result, committing.
    static func record(_ ledger: Ledger, _ quarter: String, _ units: [UnitAssessment]) throws {
        let assessment = assessment(quarter, units)
        try ledger.record(run(assessment), assessment: assessment, beforeCommit: {})
    }
}
