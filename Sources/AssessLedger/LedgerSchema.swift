import AssessCore
import GRDB

/// The ledger's tables, as a list of versioned migrations (never edit a published migration: add one).
///
/// - `v1`: runs with their input files (audit), and one row per unit and quarter with every scores.csv
///   column as printed, plus the letter number's parts.
/// - `v2`: the letter register (every number ever handed out, so that a number is never given twice even
///   when a rerun drops a unit's letter), and the report due date of each run.
/// - `v3`: the notice register (the notice's own number sequence, documents.md "Numbers"), kept like letters;
///   and each sequence's known floor per year (`number_floor`: the highest number known to be used, even when
///   this tool handed out none — set from `--previous`, `--letter-start`/`--notice-start` or `--no-previous`), so
///   a later quarter of the year continues without asking again; and each run's output token (the name of the
///   folder its swap set aside), so that a run killed between its swap and its commit is undone by the next.
/// - `v4`: each run's accepted reviews of findings (`run_review`, reviews.md), and the withdrawn letters
///   (`withdrawn_letter`): a number a rerun withdrew stays in the letter register, is marked withdrawn with the
///   decision and score it was issued with and the reviews that caused it, and is never handed out again; and
///   each quarter's review baseline (`review_baseline*`): the results as they were before the first run that
///   applied reviews (none when the quarter had never run), so that reruns with reviews compare against the same
///   "before" and stay byte-identical; a run without reviews clears it.
enum LedgerSchema {
    static let v1 = "v1_runs_and_unit_results"
    static let v2 = "v2_letter_register"
    static let v3 = "v3_notice_register"
    static let v4 = "v4_reviews_and_withdrawn_letters"

    /// Columns of `unit_result` that hold a scores.csv value, in scores.csv order.
    static let scoreColumns = ScoreColumn.allCases.map(\.name)

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(v1) { db in
            try db.execute(sql: """
                CREATE TABLE run (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    quarter TEXT NOT NULL,
                    as_of TEXT NOT NULL,
                    issue_date TEXT NOT NULL,
                    configuration_json TEXT NOT NULL,
                    tool_version TEXT NOT NULL,
                    recorded_at TEXT NOT NULL,
                    unit_count INTEGER NOT NULL,
                    letter_count INTEGER NOT NULL
                );
                CREATE INDEX run_by_quarter ON run(quarter);
                CREATE TABLE run_file (
                    run_id INTEGER NOT NULL REFERENCES run(id),
                    position INTEGER NOT NULL,
                    table_name TEXT NOT NULL,
                    path TEXT NOT NULL,
                    format TEXT NOT NULL,
                    encoding TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    bytes INTEGER NOT NULL,
                    rows_read INTEGER NOT NULL,
                    rows_accepted INTEGER NOT NULL,
                    rows_rejected INTEGER NOT NULL,
                    PRIMARY KEY (run_id, position)
                );
                CREATE TABLE unit_result (
                    quarter TEXT NOT NULL,
                    unit_id TEXT NOT NULL,
                    unit_name TEXT NOT NULL,
                    category TEXT NOT NULL,
                    region TEXT NOT NULL,
                    supervisor TEXT NOT NULL,
                    media_count INTEGER NOT NULL,
                    unmonitored_media INTEGER NOT NULL,
                    items_checked INTEGER NOT NULL,
                    errors INTEGER NOT NULL,
                    serious_errors INTEGER NOT NULL,
                    error_rate_permille TEXT NOT NULL,
                    max_silent_days INTEGER NOT NULL,
                    inactive_media INTEGER NOT NULL,
                    findings_due INTEGER NOT NULL,
                    late_fixes INTEGER NOT NULL,
                    late_serious INTEGER NOT NULL,
                    unfixed_overdue INTEGER NOT NULL,
                    missing_systems TEXT NOT NULL,
                    staffing_gaps INTEGER NOT NULL,
                    complaints INTEGER NOT NULL,
                    major_incidents INTEGER NOT NULL,
                    deduction_error TEXT NOT NULL,
                    deduction_inactivity TEXT NOT NULL,
                    deduction_late TEXT NOT NULL,
                    deduction_systems TEXT NOT NULL,
                    deduction_complaints TEXT NOT NULL,
                    score TEXT NOT NULL,
                    triggers TEXT NOT NULL,
                    previous_decision TEXT NOT NULL,
                    decision TEXT NOT NULL,
                    ideology_deduction TEXT NOT NULL,
                    letter_no TEXT NOT NULL,
                    letter_prefix TEXT,
                    letter_year INTEGER,
                    letter_sequence INTEGER,
                    run_id INTEGER NOT NULL REFERENCES run(id),
                    PRIMARY KEY (quarter, unit_id)
                );
                CREATE INDEX unit_result_by_unit ON unit_result(unit_id);
                """)
        }
        migrator.registerMigration(v2) { db in
            try db.execute(sql: """
                CREATE TABLE letter_number (
                    prefix TEXT NOT NULL,
                    year INTEGER NOT NULL,
                    sequence INTEGER NOT NULL,
                    quarter TEXT NOT NULL,
                    unit_id TEXT NOT NULL,
                    run_id INTEGER NOT NULL REFERENCES run(id),
                    PRIMARY KEY (prefix, year, sequence)
                );
                CREATE INDEX letter_number_by_quarter ON letter_number(quarter, unit_id);
                INSERT OR IGNORE INTO letter_number (prefix, year, sequence, quarter, unit_id, run_id)
                    SELECT letter_prefix, letter_year, letter_sequence, quarter, unit_id, run_id
                    FROM unit_result WHERE letter_sequence IS NOT NULL ORDER BY quarter, unit_id;
                ALTER TABLE run ADD COLUMN report_due_date TEXT NOT NULL DEFAULT '';
                """)
        }
        migrator.registerMigration(v3) { db in
            try db.execute(sql: """
                CREATE TABLE notice_number (
                    prefix TEXT NOT NULL,
                    year INTEGER NOT NULL,
                    sequence INTEGER NOT NULL,
                    quarter TEXT NOT NULL,
                    run_id INTEGER NOT NULL REFERENCES run(id),
                    PRIMARY KEY (prefix, year, sequence)
                );
                CREATE INDEX notice_number_by_quarter ON notice_number(quarter);
                CREATE TABLE number_floor (
                    kind TEXT NOT NULL,
                    year INTEGER NOT NULL,
                    highest INTEGER NOT NULL,
                    PRIMARY KEY (kind, year)
                );
                ALTER TABLE run ADD COLUMN output_token TEXT;
                """)
        }
        migrator.registerMigration(v4) { db in
            try db.execute(sql: """
                CREATE TABLE run_review (
                    run_id INTEGER NOT NULL REFERENCES run(id),
                    position INTEGER NOT NULL,
                    quarter TEXT NOT NULL,
                    review_id TEXT NOT NULL,
                    finding_id TEXT NOT NULL,
                    unit_id TEXT NOT NULL,
                    media_id TEXT NOT NULL,
                    outcome TEXT NOT NULL,
                    decided_on TEXT NOT NULL,
                    reviewer TEXT,
                    reason TEXT NOT NULL,
                    PRIMARY KEY (run_id, position)
                );
                CREATE INDEX run_review_by_quarter ON run_review(quarter);
                CREATE TABLE withdrawn_letter (
                    prefix TEXT NOT NULL,
                    year INTEGER NOT NULL,
                    sequence INTEGER NOT NULL,
                    quarter TEXT NOT NULL,
                    unit_id TEXT NOT NULL,
                    decision_before TEXT NOT NULL,
                    score_before TEXT NOT NULL,
                    review_ids TEXT NOT NULL,
                    run_id INTEGER NOT NULL REFERENCES run(id),
                    PRIMARY KEY (prefix, year, sequence)
                );
                CREATE INDEX withdrawn_letter_by_unit ON withdrawn_letter(unit_id);
                CREATE TABLE review_baseline_quarter (
                    quarter TEXT PRIMARY KEY,
                    has_before INTEGER NOT NULL
                );
                CREATE TABLE review_baseline (
                    quarter TEXT NOT NULL,
                    unit_id TEXT NOT NULL,
                    score TEXT NOT NULL,
                    decision TEXT NOT NULL,
                    letter_prefix TEXT,
                    letter_year INTEGER,
                    letter_sequence INTEGER,
                    PRIMARY KEY (quarter, unit_id)
                );
                """)
        }
        return migrator
    }
}
