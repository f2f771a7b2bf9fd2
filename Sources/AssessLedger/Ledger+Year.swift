import AssessCore
import Foundation
import GRDB

/// The recorded results, as the year's roll-up and `assess history` read them (year.md).
///
/// `unit_result` holds one row per unit and quarter: the latest run of each quarter (a rerun replaces the
/// quarter's rows), so these queries give each quarter's final result.
extension Ledger {
    /// The quarters of `year` with at least one recorded run, ascending.
    public func recordedQuarters(in year: Int) throws -> [Quarter] {
        try guarded {
            try queue.read { db in
                let texts = try String.fetchAll(db, sql: """
                    SELECT DISTINCT quarter FROM run WHERE quarter >= ? AND quarter <= ? ORDER BY quarter
                    """, arguments: ["\(yearText(year))Q1", "\(yearText(year))Q4"])
                return try texts.map { text in
                    guard let quarter = Quarter(text) else { throw unreadableResult("quarter", text, table: "run") }
                    return quarter
                }
            }
        }
    }

    /// Every unit's result in the quarters of `year`, by quarter then unit id.
    public func results(in year: Int) throws -> [RecordedResult] {
        try fetchResults(where: "quarter >= ? AND quarter <= ?", ["\(yearText(year))Q1", "\(yearText(year))Q4"])
    }

    /// Every unit's result in `quarter`, by unit id.
    public func results(of quarter: Quarter) throws -> [RecordedResult] {
        try fetchResults(where: "quarter = ?", [quarter.description])
    }

    /// Every recorded quarter of one unit, oldest first.
    public func results(ofUnit unitID: String) throws -> [RecordedResult] {
        try fetchResults(where: "unit_id = ?", [unitID])
    }

    // MARK: - Reading rows

    private func yearText(_ year: Int) -> String {
        String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
    }

    private func fetchResults(where condition: String, _ arguments: StatementArguments) throws -> [RecordedResult] {
        try guarded {
            try queue.read { db in
                let rows = try Row.fetchAll(db, sql: """
                    SELECT quarter, unit_id, unit_name, category, region, supervisor, score, triggers, decision,
                           ideology_deduction, letter_no
                    FROM unit_result WHERE \(condition) ORDER BY quarter, unit_id
                    """, arguments: arguments)
                return try rows.map(recordedResult)
            }
        }
    }

    private func recordedResult(_ row: Row) throws -> RecordedResult {
        func text(_ column: String) throws -> String { try row.decode(forColumn: column) }
        let quarterText = try text("quarter")
        guard let quarter = Quarter(quarterText) else { throw unreadableResult("quarter", quarterText) }
        let score = try text("score")
        guard FixedPoint.hundredths(score) != nil else { throw unreadableResult("score", score) }
        let deduction = try text("ideology_deduction")
        guard FixedPoint.hundredths(deduction) != nil else { throw unreadableResult("ideology_deduction", deduction) }
        let triggersText = try text("triggers")
        guard let triggers = StoredText.parseCodes(triggersText, as: Trigger.self) else {
            throw unreadableResult("triggers", triggersText)
        }
        let decisionText = try text("decision")
        guard let decision = Decision(rawValue: decisionText) else { throw unreadableResult("decision", decisionText) }
        return RecordedResult(quarter: quarter, unitID: try text("unit_id"), unitName: try text("unit_name"),
                              category: try text("category"), region: try text("region"),
                              supervisor: try text("supervisor"), printedScore: score, triggers: triggers,
                              decision: decision, printedIdeologyDeduction: deduction,
                              letterNumber: try text("letter_no"))
    }

    private func unreadableResult(_ column: String, _ value: String, table: String = "unit_result") -> LedgerError {
        .unreadableValue(path: path.path, table: table, column: column, value: value)
    }
}
