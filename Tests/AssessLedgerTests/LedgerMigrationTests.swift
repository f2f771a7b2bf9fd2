import AssessCore
import Foundation
@testable import AssessLedger
import GRDB
import Testing

/// The committed `Fixtures/ledger-v1.sqlite` was made with only the first migration; opening it must upgrade
/// it and keep its data. Re-create it (only if the v1 migration itself had to change, which it must not) with
/// `RECORD_SNAPSHOTS=1`.
@Suite struct LedgerMigrationTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/ledger-v1.sqlite")

    @Test func aVersionOneLedgerIsUpgradedWithItsDataIntact() throws {
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try Self.recordFixture()
        }
        // Work on a copy: opening upgrades the file in place.
        let copy = try LedgerFixtures.ledgerPath()
        try FileManager.default.copyItem(at: Self.fixture, to: copy)
        let before = try DatabaseQueue(path: copy.path)
        let applied = try before.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        try before.close()
        #expect(applied == [LedgerSchema.v1])

        let ledger = try Ledger(path: copy)
        let upgraded = try ledger.queue.read { db in try LedgerSchema.migrator.completedMigrations(db) }
        #expect(upgraded == [LedgerSchema.v1, LedgerSchema.v2, LedgerSchema.v3, LedgerSchema.v4])

        let previous = try #require(try ledger.previousResults(for: LedgerFixtures.quarter("2026Q3")))
        #expect(previous["U1"] == PreviousResult(printedScore: "82.50", triggers: [.inactivity, .lateFixes],
                                                 decision: .letter, letterNumber: "昆网信函〔2026〕3号"))
        #expect(previous["U2"] == PreviousResult(printedScore: "100.00", triggers: [], decision: .noAction))
        // The letter register is back-filled from the v1 results.
        let book = try ledger.letterBook(for: LedgerFixtures.quarter("2026Q2"))
        #expect(book.existing == ["U1": LedgerFixtures.letter(3)])
        #expect(book.highestSequence == [2026: 3])
        let runs = try ledger.runs(of: LedgerFixtures.quarter("2026Q2"))
        #expect(runs.count == 1)
        #expect(runs.first?.toolVersion == "0.9.0")
        #expect(runs.first?.unitCount == 2)
        let due = try ledger.queue.read { db in try String.fetchOne(db, sql: "SELECT report_due_date FROM run") }
        #expect(due == "")

        // The upgraded ledger takes new runs.
        try LedgerFixtures.record(ledger, "2026Q3", [LedgerFixtures.unit("U1", score: 95)])
        #expect(try ledger.unitHistory("U1").map(\.printedScore) == ["82.50", "95.00"])
    }

    /// Writes the fixture with the v1 schema only, by plain SQL (as version 1 of the tool wrote it).
    static func recordFixture() throws {
        try? FileManager.default.removeItem(at: fixture)
        try FileManager.default.createDirectory(at: fixture.deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        let ledger = try Ledger(path: fixture, migrateUpTo: LedgerSchema.v1)
        try ledger.queue.write { db in
            try db.execute(sql: """
                INSERT INTO run (id, quarter, as_of, issue_date, configuration_json, tool_version, recorded_at,
                                 unit_count, letter_count)
                VALUES (1, '2026Q2', '2026-07-01 00:00:00', '2026-07-01', '{"city":"昆明市"}', '0.9.0',
                        '2026-07-02 01:30:00.000', 2, 1);
                INSERT INTO run_file VALUES (1, 0, 'units', 'data/units.csv', 'csv', 'UTF-8',
                        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 0, 2, 2, 0);
                INSERT INTO unit_result VALUES ('2026Q2', 'U1', '五华区教育局', '政府', '五华区',
                        '五华区人民政府办公室', 2, 0, 500, 0, 0, '0.00', 20, 1, 4, 3, 0, 0, '', 0, 0, 0,
                        '0.00', '10.00', '6.00', '0.00', '0.00', '82.50', 'inactivity;late_fixes', '', 'letter',
                        '1.00', '昆网信函〔2026〕3号', '昆网信函', 2026, 3, 1);
                INSERT INTO unit_result VALUES ('2026Q2', 'U2', '五华区卫健局', '政府', '五华区',
                        '五华区人民政府办公室', 1, 0, 200, 0, 0, '0.00', 3, 0, 0, 0, 0, 0, '', 0, 0, 0,
                        '0.00', '0.00', '0.00', '0.00', '0.00', '100.00', '', '', 'none',
                        '0.00', '', NULL, NULL, NULL, 1);
                """)
        }
        try ledger.queue.close()
    }
}
