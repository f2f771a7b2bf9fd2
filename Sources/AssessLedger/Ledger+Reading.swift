import AssessCore
import Foundation
import GRDB

extension Ledger {
    /// Each unit's result in `quarter.previous` (Art. 19 "no obvious improvement" needs it), keyed by unit id;
    /// nil when no run of that quarter was ever recorded.
    public func previousResults(for quarter: Quarter) throws -> [String: PreviousResult]? {
        guard let previous = quarter.previous else { return nil }
        return try guarded {
            try queue.read { db -> [String: PreviousResult]? in
                guard try hasRun(db, of: previous) else { return nil }
                let rows = try Row.fetchAll(db, sql: """
                    SELECT unit_id, score, triggers, decision, letter_prefix, letter_year, letter_sequence
                    FROM unit_result WHERE quarter = ? ORDER BY unit_id
                    """, arguments: [previous.description])
                var results: [String: PreviousResult] = [:]
                for row in rows {
                    let unitID: String = try row.decode(forColumn: "unit_id")
                    results[unitID] = PreviousResult(printedScore: try row.decode(forColumn: "score"),
                                                     triggers: try triggers(row),
                                                     decision: try decision(row),
                                                     letterNumber: try letterNumber(row)?.description)
                }
                return results
            }
        }
    }

    /// Letter numbers already handed out in `quarter` (a rerun keeps them) and the highest sequence used in
    /// each year over all quarters (rules.md "Letters").
    ///
    /// Both come from the letter register, which keeps every number ever recorded, so that a number a rerun
    /// dropped is neither reused for another unit nor lost to the unit that had it. A withdrawn number is never
    /// handed out again, not even to its unit (reviews.md): it counts for the highest but is not kept.
    public func letterBook(for quarter: Quarter) throws -> LetterBook {
        try guarded {
            try queue.read { db in
                var book = LetterBook()
                let highest = try Row.fetchAll(db, sql: """
                    SELECT year, MAX(sequence) AS highest FROM letter_number GROUP BY year
                    """)
                for row in highest {
                    let year: Int = try row.decode(forColumn: "year")
                    book.highestSequence[year] = try row.decode(forColumn: "highest")
                }
                try addFloors(db, .letter, to: &book.highestSequence)
                // Latest first wins: if a unit was given two numbers in one quarter (e.g. the prefix was
                // changed between runs), the one recorded last is the one it keeps.
                let existing = try Row.fetchAll(db, sql: """
                    SELECT unit_id, prefix, year, sequence FROM letter_number WHERE quarter = ?
                    AND NOT EXISTS (SELECT 1 FROM withdrawn_letter w WHERE w.prefix = letter_number.prefix
                                    AND w.year = letter_number.year AND w.sequence = letter_number.sequence)
                    ORDER BY run_id DESC, rowid DESC
                    """, arguments: [quarter.description])
                for row in existing {
                    let unitID: String = try row.decode(forColumn: "unit_id")
                    if book.existing[unitID] == nil {
                        book.existing[unitID] = LetterNumber(prefix: try row.decode(forColumn: "prefix"),
                                                             year: try row.decode(forColumn: "year"),
                                                             sequence: try row.decode(forColumn: "sequence"))
                    }
                }
                return book
            }
        }
    }

    /// The notice number already handed out in `quarter` (a rerun keeps it) and the highest notice sequence used
    /// in each year over all quarters (documents.md "Numbers").
    public func noticeBook(for quarter: Quarter) throws -> NoticeBook {
        try guarded {
            try queue.read { db in
                var book = NoticeBook()
                let highest = try Row.fetchAll(db, sql: """
                    SELECT year, MAX(sequence) AS highest FROM notice_number GROUP BY year
                    """)
                for row in highest {
                    let year: Int = try row.decode(forColumn: "year")
                    book.highestSequence[year] = try row.decode(forColumn: "highest")
                }
                try addFloors(db, .notice, to: &book.highestSequence)
                if let row = try Row.fetchOne(db, sql: """
                    SELECT prefix, year, sequence FROM notice_number WHERE quarter = ?
                    ORDER BY run_id DESC, rowid DESC LIMIT 1
                    """, arguments: [quarter.description]) {
                    book.existing = LetterNumber(prefix: try row.decode(forColumn: "prefix"),
                                                 year: try row.decode(forColumn: "year"),
                                                 sequence: try row.decode(forColumn: "sequence"))
                }
                return book
            }
        }
    }

    /// Merges the recorded floors of `kind` into `highest` (the larger wins; a floor makes its year known).
    private func addFloors(_ db: Database, _ kind: NumberKind, to highest: inout [Int: Int]) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT year, highest FROM number_floor WHERE kind = ?",
                                    arguments: [kind.rawValue])
        for row in rows {
            let year: Int = try row.decode(forColumn: "year")
            let floor: Int = try row.decode(forColumn: "highest")
            highest[year] = max(highest[year] ?? floor, floor)
        }
    }

    /// Whether a run that swapped its outputs in with `token` was committed.
    public func hasRun(outputToken token: String) throws -> Bool {
        try guarded {
            try queue.read { db in
                try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM run WHERE output_token = ?)",
                                  arguments: [token]) ?? false
            }
        }
    }

    /// Whether a run of every quarter in `quarters` is recorded (an empty list: true).
    public func hasRuns(of quarters: [Quarter]) throws -> Bool {
        try guarded {
            try queue.read { db in try quarters.allSatisfy { try hasRun(db, of: $0) } }
        }
    }

    /// Totals of the recorded quarters before `quarter`, ascending, at most the `limit` latest.
    ///
    /// The average score is the mean of the printed scores, summed in `unit_id` order: the number a clerk
    /// gets from those quarters' scores.csv files.
    public func trend(before quarter: Quarter, limit: Int) throws -> [QuarterTrend] {
        guard limit > 0 else { return [] }
        return try guarded {
            try queue.read { db in
                let quarters = try String.fetchAll(db, sql: """
                    SELECT DISTINCT quarter FROM run WHERE quarter < ? ORDER BY quarter DESC LIMIT ?
                    """, arguments: [quarter.description, limit])
                return try quarters.reversed().map { text in
                    guard let recorded = Quarter(text) else {
                        throw unreadable(table: "run", column: "quarter", value: text)
                    }
                    let rows = try Row.fetchAll(db, sql: """
                        SELECT score, decision FROM unit_result WHERE quarter = ? ORDER BY unit_id
                        """, arguments: [text])
                    var sum = 0.0
                    var letters = 0
                    var notices = 0
                    for row in rows {
                        let printed: String = try row.decode(forColumn: "score")
                        guard let score = Double(printed) else {
                            throw unreadable(table: "unit_result", column: "score", value: printed)
                        }
                        sum += score
                        switch try decision(row) {
                        case .letter: letters += 1
                        case .notice: notices += 1
                        case .noAction: break
                        }
                    }
                    return QuarterTrend(quarter: recorded, units: rows.count, letters: letters, notices: notices,
                                        averageScore: rows.isEmpty ? 0 : sum / Double(rows.count))
                }
            }
        }
    }

    /// Every recorded quarter of one unit, oldest first.
    public func unitHistory(_ unitID: String) throws -> [UnitHistoryRow] {
        try guarded {
            try queue.read { db in
                let rows = try Row.fetchAll(db, sql: """
                    SELECT quarter, unit_name, score, triggers, decision, letter_prefix, letter_year, letter_sequence
                    FROM unit_result WHERE unit_id = ? ORDER BY quarter
                    """, arguments: [unitID])
                return try rows.map { row in
                    UnitHistoryRow(quarter: try quarter(row), unitName: try row.decode(forColumn: "unit_name"),
                                   printedScore: try row.decode(forColumn: "score"),
                                   triggers: try triggers(row), decision: try decision(row),
                                   letterNumber: try letterNumber(row))
                }
            }
        }
    }

    /// Every recorded run of `quarter`, in recording order (reruns included: the ledger keeps them all).
    public func runs(of quarter: Quarter) throws -> [RunSummary] {
        try guarded {
            try queue.read { db in
                let rows = try Row.fetchAll(db, sql: """
                    SELECT id, quarter, recorded_at, as_of, issue_date, tool_version, unit_count, letter_count
                    FROM run WHERE quarter = ? ORDER BY id
                    """, arguments: [quarter.description])
                return try rows.map { row in
                    let asOfText: String = try row.decode(forColumn: "as_of")
                    let issueText: String = try row.decode(forColumn: "issue_date")
                    guard let asOf = StoredText.parseDateTime(asOfText) else {
                        throw unreadable(table: "run", column: "as_of", value: asOfText)
                    }
                    guard let issueDate = StoredText.parseDay(issueText) else {
                        throw unreadable(table: "run", column: "issue_date", value: issueText)
                    }
                    let recordedAt: Date = try row.decode(forColumn: "recorded_at")
                    return RunSummary(id: try row.decode(forColumn: "id"), quarter: try self.quarter(row),
                                      recordedAt: recordedAt, asOf: asOf, issueDate: issueDate,
                                      toolVersion: try row.decode(forColumn: "tool_version"),
                                      unitCount: try row.decode(forColumn: "unit_count"),
                                      letterCount: try row.decode(forColumn: "letter_count"))
                }
            }
        }
    }

    // MARK: - Row decoding

    func hasRun(_ db: Database, of quarter: Quarter) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM run WHERE quarter = ?)",
                          arguments: [quarter.description]) ?? false
    }

    private func unreadable(table: String, column: String, value: String) -> LedgerError {
        .unreadableValue(path: path.path, table: table, column: column, value: value)
    }

    private func quarter(_ row: Row) throws -> Quarter {
        let text: String = try row.decode(forColumn: "quarter")
        guard let quarter = Quarter(text) else { throw unreadable(table: "unit_result", column: "quarter", value: text) }
        return quarter
    }

    private func triggers(_ row: Row) throws -> [Trigger] {
        let text: String = try row.decode(forColumn: "triggers")
        guard let triggers = StoredText.parseCodes(text, as: Trigger.self) else {
            throw unreadable(table: "unit_result", column: "triggers", value: text)
        }
        return triggers
    }

    private func decision(_ row: Row) throws -> Decision {
        let text: String = try row.decode(forColumn: "decision")
        guard let decision = Decision(rawValue: text) else {
            throw unreadable(table: "unit_result", column: "decision", value: text)
        }
        return decision
    }

    private func letterNumber(_ row: Row) throws -> LetterNumber? {
        guard let prefix: String = try row.decode(forColumn: "letter_prefix"),
              let year: Int = try row.decode(forColumn: "letter_year"),
              let sequence: Int = try row.decode(forColumn: "letter_sequence") else { return nil }
        return LetterNumber(prefix: prefix, year: year, sequence: sequence)
    }
}
