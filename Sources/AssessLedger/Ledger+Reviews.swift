import AssessCore
import GRDB

/// Reviews and withdrawn letters (reviews.md; ledger schema v4).
extension Ledger {
    func recordReviews(_ db: Database, _ reviews: [ReviewedFinding], quarter: Quarter, runID: Int64) throws {
        for (position, reviewed) in reviews.enumerated() {
            let review = reviewed.review
            try db.cachedStatement(sql: """
                INSERT INTO run_review (run_id, position, quarter, review_id, finding_id, unit_id, media_id, outcome,
                                        decided_on, reviewer, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [runID, position, quarter.description, review.id, review.findingID, reviewed.unitID,
                                 reviewed.mediaID, review.outcome.code, review.decidedOn.description, review.reviewer,
                                 review.reason])
        }
    }

    /// Marks each withdrawn number; a number withdrawn once stays withdrawn (the first record is kept).
    func recordWithdrawals(_ db: Database, _ withdrawals: [LetterWithdrawal], quarter: Quarter, runID: Int64) throws {
        for withdrawal in withdrawals {
            let number = withdrawal.number
            try db.cachedStatement(sql: """
                INSERT OR IGNORE INTO withdrawn_letter (prefix, year, sequence, quarter, unit_id, decision_before,
                                                        score_before, review_ids, run_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [number.prefix, number.year, number.sequence, quarter.description, withdrawal.unitID,
                                 withdrawal.before.decision.code, withdrawal.before.printedScore,
                                 withdrawal.reviews.map(\.review.id).joined(separator: ","), runID])
        }
    }

    /// The review baseline (schema v4): taken from the quarter's current results by the first run that applies
    /// reviews, kept by later runs with reviews, cleared by a run without.
    func keepBaseline(_ db: Database, quarter: Quarter, hasReviews: Bool) throws {
        let key = quarter.description
        guard hasReviews else {
            try db.execute(sql: "DELETE FROM review_baseline WHERE quarter = ?", arguments: [key])
            try db.execute(sql: "DELETE FROM review_baseline_quarter WHERE quarter = ?", arguments: [key])
            return
        }
        let kept = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM review_baseline_quarter WHERE quarter = ?)",
                                     arguments: [key]) ?? false
        guard !kept else { return }
        try db.execute(sql: "INSERT INTO review_baseline_quarter (quarter, has_before) VALUES (?, ?)",
                       arguments: [key, try hasRun(db, of: quarter)])
        try db.execute(sql: """
            INSERT INTO review_baseline (quarter, unit_id, score, decision, letter_prefix, letter_year, letter_sequence)
            SELECT quarter, unit_id, score, decision, letter_prefix, letter_year, letter_sequence
            FROM unit_result WHERE quarter = ?
            """, arguments: [key])
    }

    /// The quarter's review baseline: nil when none is kept (no run of the quarter applied reviews since the
    /// last run without); `.some(nil)` when the first run with reviews had no earlier run to compare with.
    public func reviewBaseline(of quarter: Quarter) throws -> [String: PriorResult]?? {
        try guarded {
            try queue.read { db -> [String: PriorResult]?? in
                guard let hasBefore = try Bool.fetchOne(db, sql: "SELECT has_before FROM review_baseline_quarter WHERE quarter = ?",
                                                        arguments: [quarter.description]) else { return .none }
                guard hasBefore else { return .some(nil) }
                return .some(try results(db, sql: """
                    SELECT unit_id, score, decision, letter_prefix, letter_year, letter_sequence
                    FROM review_baseline WHERE quarter = ? ORDER BY unit_id
                    """, quarter: quarter, table: "review_baseline"))
            }
        }
    }

    /// Each unit's result as recorded by the last run of `quarter` (the "before" of a rerun); nil when the quarter
    /// was never run.
    public func recordedResults(of quarter: Quarter) throws -> [String: PriorResult]? {
        try guarded {
            try queue.read { db -> [String: PriorResult]? in
                guard try hasRun(db, of: quarter) else { return nil }
                return try results(db, sql: """
                    SELECT unit_id, score, decision, letter_prefix, letter_year, letter_sequence
                    FROM unit_result WHERE quarter = ? ORDER BY unit_id
                    """, quarter: quarter, table: "unit_result")
            }
        }
    }

    private func results(_ db: Database, sql: String, quarter: Quarter, table: String) throws -> [String: PriorResult] {
        var results: [String: PriorResult] = [:]
        for row in try Row.fetchAll(db, sql: sql, arguments: [quarter.description]) {
            let unitID: String = try row.decode(forColumn: "unit_id")
            let text: String = try row.decode(forColumn: "decision")
            guard let decision = Decision(rawValue: text) else {
                throw LedgerError.unreadableValue(path: path.path, table: table, column: "decision", value: text)
            }
            var number: LetterNumber?
            if let prefix: String = try row.decode(forColumn: "letter_prefix"),
               let year: Int = try row.decode(forColumn: "letter_year"),
               let sequence: Int = try row.decode(forColumn: "letter_sequence") {
                number = LetterNumber(prefix: prefix, year: year, sequence: sequence)
            }
            results[unitID] = PriorResult(printedScore: try row.decode(forColumn: "score"), decision: decision,
                                             letterNumber: number)
        }
        return results
    }

    /// Every withdrawn letter, oldest number first (for `assess history` and tests).
    public func withdrawnLetters() throws -> [WithdrawnLetterRow] {
        try guarded {
            try queue.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT prefix, year, sequence, quarter, unit_id, decision_before, score_before, review_ids
                    FROM withdrawn_letter ORDER BY year, sequence, prefix
                    """).map { row in
                    let reviews: String = try row.decode(forColumn: "review_ids")
                    return WithdrawnLetterRow(
                        number: LetterNumber(prefix: try row.decode(forColumn: "prefix"), year: try row.decode(forColumn: "year"),
                                             sequence: try row.decode(forColumn: "sequence")),
                        quarter: try row.decode(forColumn: "quarter"), unitID: try row.decode(forColumn: "unit_id"),
                        decisionBefore: try row.decode(forColumn: "decision_before"),
                        scoreBefore: try row.decode(forColumn: "score_before"),
                        reviewIDs: reviews.isEmpty ? [] : reviews.split(separator: ",").map(String.init))
                }
            }
        }
    }
}

/// A withdrawn letter as the ledger keeps it.
public struct WithdrawnLetterRow: Hashable, Sendable {
    public var number: LetterNumber
    public var quarter: String
    public var unitID: String
    /// The decision code (`letter`, `notice`) the letter was issued with.
    public var decisionBefore: String
    public var scoreBefore: String
    public var reviewIDs: [String]
}
