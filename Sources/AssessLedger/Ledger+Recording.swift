import AssessCore
import Foundation
import GRDB

extension Ledger {
    /// Records one run of a quarter in a single transaction: adds the run (every run is kept for audit),
    /// replaces that quarter's unit results, registers new letter numbers, then calls `beforeCommit`.
    ///
    /// `reviews` are the run's accepted reviews; `withdrawals` the letters this run withdraws (their numbers stay
    /// in the register, marked withdrawn, reviews.md).
    ///
    /// `beforeCommit` runs inside the transaction, just before it commits (the run moves its output folder
    /// into place there). If it throws, nothing is recorded and its error is rethrown unchanged.
    ///
    /// `results` are the quarter's `unit_result` values, made beforehand by `UnitResultRows(assessment)` (a run
    /// makes them while its workbook is still being written); made here when not given.
    public func record(_ run: RunRecord, assessment: QuarterAssessment, results: UnitResultRows? = nil,
                       reviews: [ReviewedFinding] = [], withdrawals: [LetterWithdrawal] = [],
                       beforeCommit: () throws -> Void) throws {
        guard run.quarter == assessment.quarter else {
            throw LedgerError.quarterMismatch(run: run.quarter.description, assessment: assessment.quarter.description)
        }
        let results = results ?? UnitResultRows(assessment)
        guard results.quarter == assessment.quarter, results.values.count == assessment.units.count else {
            throw LedgerError.resultsMismatch(quarter: assessment.quarter.description)
        }
        try guarded {
            try queue.write { db in
                try keepBaseline(db, quarter: run.quarter, hasReviews: !reviews.isEmpty)
                let runID = try insertRun(db, run, assessment: assessment)
                try db.execute(sql: "DELETE FROM unit_result WHERE quarter = ?", arguments: [run.quarter.description])
                // One statement each, prepared once and re-executed with each unit's values.
                let result = try db.cachedStatement(sql: Self.insertResultSQL)
                let runArgument: StatementArguments = [runID]
                for (unit, values) in zip(assessment.units, results.values) {
                    try result.execute(arguments: values + runArgument)
                    if let number = unit.letterNumber {
                        try register(db, number, unitID: unit.unit.id, quarter: run.quarter, runID: runID)
                    }
                }
                try recordReviews(db, reviews, quarter: run.quarter, runID: runID)
                try recordWithdrawals(db, withdrawals, quarter: run.quarter, runID: runID)
                if let number = assessment.noticeNumber {
                    try registerNotice(db, number, quarter: run.quarter, runID: runID)
                }
                for (kind, floors) in [(NumberKind.letter, run.letterFloor), (.notice, run.noticeFloor)] {
                    for (year, highest) in floors.sorted(by: { $0.key < $1.key }) {
                        try db.execute(sql: """
                            INSERT INTO number_floor (kind, year, highest) VALUES (?, ?, ?)
                            ON CONFLICT (kind, year) DO UPDATE SET highest = MAX(highest, excluded.highest)
                            """, arguments: [kind.rawValue, year, highest])
                    }
                }
                try beforeCommit()
            }
        }
    }

    private func insertRun(_ db: Database, _ run: RunRecord, assessment: QuarterAssessment) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO run (quarter, as_of, issue_date, report_due_date, configuration_json, tool_version,
                             recorded_at, unit_count, letter_count, output_token)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [run.quarter.description, run.asOf.description, run.issueDate.description,
                             assessment.reportDueDate.description, run.configurationJSON, run.toolVersion,
                             run.recordedAt, assessment.units.count,
                             assessment.units.lazy.filter { $0.letterNumber != nil }.count, run.outputToken])
        let runID = db.lastInsertedRowID
        for (position, file) in run.files.enumerated() {
            try db.execute(sql: """
                INSERT INTO run_file (run_id, position, table_name, path, format, encoding, sha256, bytes,
                                      rows_read, rows_accepted, rows_rejected)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [runID, position, file.table, file.path, file.format.rawValue, file.encoding.rawValue,
                                 file.sha256, file.bytes, file.read, file.accepted, file.rejected])
        }
        return runID
    }

    /// The `unit_result` row of one unit: every scores.csv value as printed, the letter number's parts
    /// (`UnitResultRows`), then the run.
    private static let insertResultSQL: String = {
        let columns = LedgerSchema.scoreColumns + ["letter_prefix", "letter_year", "letter_sequence", "run_id"]
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        return "INSERT INTO unit_result (\(columns.joined(separator: ", "))) VALUES (\(placeholders))"
    }()

    /// Adds a letter number to the register; a number already held by this unit in this quarter is kept as
    /// it is, one held by anyone else is refused.
    private func register(_ db: Database, _ number: LetterNumber, unitID: String, quarter: Quarter,
                          runID: Int64) throws {
        let holder = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT quarter, unit_id FROM letter_number WHERE prefix = ? AND year = ? AND sequence = ?
            """), arguments: [number.prefix, number.year, number.sequence])
        if let holder {
            let heldIn: String = try holder.decode(forColumn: "quarter")
            let heldBy: String = try holder.decode(forColumn: "unit_id")
            guard heldIn == quarter.description, heldBy == unitID else {
                throw LedgerError.letterNumberTaken(number: number.description, unitID: unitID, heldBy: heldBy,
                                                    heldIn: heldIn)
            }
            return
        }
        try db.cachedStatement(sql: """
            INSERT INTO letter_number (prefix, year, sequence, quarter, unit_id, run_id) VALUES (?, ?, ?, ?, ?, ?)
            """).execute(arguments: [number.prefix, number.year, number.sequence, quarter.description, unitID, runID])
    }

    /// Adds the notice's number to the notice register; the number this quarter already holds is kept as it is,
    /// one held by another quarter is refused.
    private func registerNotice(_ db: Database, _ number: LetterNumber, quarter: Quarter, runID: Int64) throws {
        let heldIn = try String.fetchOne(db, sql: """
            SELECT quarter FROM notice_number WHERE prefix = ? AND year = ? AND sequence = ?
            """, arguments: [number.prefix, number.year, number.sequence])
        if let heldIn {
            guard heldIn == quarter.description else {
                throw LedgerError.noticeNumberTaken(number: number.description, quarter: quarter.description,
                                                    heldIn: heldIn)
            }
            return
        }
        try db.execute(sql: """
            INSERT INTO notice_number (prefix, year, sequence, quarter, run_id) VALUES (?, ?, ?, ?, ?)
            """, arguments: [number.prefix, number.year, number.sequence, quarter.description, runID])
    }
}
