import AssessCore
import Foundation
@testable import AssessLedger
import GRDB
import Testing
import TestSupport

private typealias F = LedgerFixtures

@Suite struct LedgerTests {
    struct Boom: Error {}

    @Test func newLedgerHasNoPreviousQuarter() throws {
        let ledger = try Ledger(path: try F.ledgerPath())
        #expect(try ledger.previousResults(for: F.quarter("2026Q3")) == nil)
        #expect(try ledger.trend(before: F.quarter("2026Q3"), limit: 4).isEmpty)
        #expect(try ledger.letterBook(for: F.quarter("2026Q3")).highestSequence.isEmpty)
    }

    @Test func recordsAndReadsBackPreviousResults() throws {
        let path = try F.ledgerPath()
        do {
            let ledger = try Ledger(path: path)
            try F.record(ledger, "2026Q2", [
                F.unit("U1", score: 96.625, triggers: [.errorRate, .inactivity], decision: .letter, letter: F.letter(1)),
                F.unit("U2"),
            ])
        }
        // Reopening reads the file, not a cache.
        let ledger = try Ledger(path: path)
        let previous = try #require(try ledger.previousResults(for: F.quarter("2026Q3")))
        #expect(previous.count == 2)
        #expect(previous["U1"] == PreviousResult(printedScore: "96.62", triggers: [.errorRate, .inactivity],
                                                 decision: .letter, letterNumber: "昆网信函〔2026〕1号"))
        #expect(previous["U2"] == PreviousResult(printedScore: "100.00", triggers: [], decision: .noAction))
        // Q3's previous is Q2; Q4's previous (Q3) was never recorded.
        #expect(try ledger.previousResults(for: F.quarter("2026Q4")) == nil)
    }

    @Test func previousOfFirstQuarterIsLastYearsFourth() throws {
        let ledger = try Ledger(path: try F.ledgerPath())
        try F.record(ledger, "2025Q4", [F.unit("U1", score: 80)])
        let previous = try #require(try ledger.previousResults(for: F.quarter("2026Q1")))
        #expect(previous["U1"]?.printedScore == "80.00")
    }

    @Test func storesEveryScoresColumnAsPrinted() throws {
        let ledger = try Ledger(path: try F.ledgerPath())
        var unit = F.unit("U1", score: 89.995, triggers: [.missingSystems], decision: .notice, letter: F.letter(7),
                          previous: PreviousResult(printedScore: "70.00", triggers: [.missingSystems],
                                                   decision: .letter),
                          errorRate: 2.005)
        unit.deductions.inactivity = -0.0
        try F.record(ledger, "2026Q3", [unit, F.unit("U2")])
        let row = try ledger.queue.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM unit_result WHERE unit_id = 'U1'")
        }
        let stored = try #require(row)
        #expect(stored["score"] as String == "89.99" || stored["score"] as String == "90.00")
        #expect(stored["score"] as String == String(format: "%.2f", 89.995))
        #expect(stored["error_rate_permille"] as String == String(format: "%.2f", 2.005))
        #expect(stored["deduction_inactivity"] as String == "0.00")
        #expect(stored["missing_systems"] as String == "three_review;contingency_plan")
        #expect(stored["triggers"] as String == "missing_systems")
        #expect(stored["previous_decision"] as String == "letter")
        #expect(stored["decision"] as String == "notice")
        #expect(stored["category"] as String == "政府")
        #expect(stored["letter_no"] as String == "昆网信函〔2026〕7号")
        #expect(stored["ideology_deduction"] as String == "1.00")
        let other = try ledger.queue.read { db in
            try Row.fetchOne(db, sql: "SELECT error_rate_permille, previous_decision, letter_no, letter_sequence FROM unit_result WHERE unit_id = 'U2'")
        }
        let plain = try #require(other)
        #expect(plain["error_rate_permille"] as String == "")
        #expect(plain["previous_decision"] as String == "")
        #expect(plain["letter_no"] as String == "")
        #expect(plain["letter_sequence"] as Int? == nil)
    }

    @Test func rowsMadeBeforehandAreStoredAsRowsMadeInTheTransaction() throws {
        let units = [F.unit("U1", score: 89.995, triggers: [.missingSystems], decision: .letter, letter: F.letter(7),
                            errorRate: 2.005), F.unit("U2", score: 62.875)]
        let assessment = F.assessment("2026Q3", units)
        let dump = { (ledger: Ledger) in
            try ledger.queue.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM unit_result ORDER BY unit_id").map { row in
                    Array(row.columnNames.filter { $0 != "run_id" }.map { "\($0)=\(row[$0] as DatabaseValue)" })
                }
            }
        }
        let madeHere = try Ledger(path: try F.ledgerPath())
        try madeHere.record(F.run(assessment), assessment: assessment) {}
        let madeBefore = try Ledger(path: try F.ledgerPath())
        try madeBefore.record(F.run(assessment), assessment: assessment, results: UnitResultRows(assessment)) {}
        #expect(try dump(madeBefore) == dump(madeHere))
        #expect(try dump(madeHere).count == 2)
    }

    @Test func rowsOfAnotherAssessmentAreRefused() throws {
        let ledger = try Ledger(path: try F.ledgerPath())
        let assessment = F.assessment("2026Q3", [F.unit("U1"), F.unit("U2")])
        let fewer = UnitResultRows(F.assessment("2026Q3", [F.unit("U1")]))
        let otherQuarter = UnitResultRows(F.assessment("2026Q2", [F.unit("U1"), F.unit("U2")]))
        for rows in [fewer, otherQuarter] {
            #expect(throws: LedgerError.resultsMismatch(quarter: "2026Q3")) {
                try ledger.record(F.run(assessment), assessment: assessment, results: rows) {}
            }
        }
        #expect(try ledger.previousResults(for: F.quarter("2026Q4")) == nil)
    }

    @Test func letterBookContinuesWithinAYearAndRestartsInANewYear() throws {
        let ledger = try Ledger(path: try F.ledgerPath())
        try F.record(ledger, "2026Q1", [F.unit("A", triggers: [.inactivity], decision: .letter, letter: F.letter(1)),
                                        F.unit("B", triggers: [.inactivity], decision: .letter, letter: F.letter(2))])
        try F.record(ledger, "2026Q2", [F.unit("A", triggers: [.inactivity], decision: .notice, letter: F.letter(3))])

        let q3 = try ledger.letterBook(for: F.quarter("2026Q3"))
        #expect(q3.existing.isEmpty)
        #expect(q3.highestSequence == [2026: 3])

        let q2 = try ledger.letterBook(for: F.quarter("2026Q2"))
        #expect(q2.existing == ["A": F.letter(3)])

        // 2026Q4 letters are issued in 2027 (issue date's year): a new year starts from 1.
        try F.record(ledger, "2026Q4", [F.unit("C", triggers: [.inactivity], decision: .letter,
                                               letter: F.letter(1, year: 2027))])
        let next = try ledger.letterBook(for: F.quarter("2027Q1"))
        #expect(next.highestSequence == [2026: 3, 2027: 1])
    }

    @Test func rerunReplacesResultsAndKeepsEveryRun() throws {
        let ledger = try Ledger(path: try F.ledgerPath())
        let q = F.quarter("2026Q3")
        let first = F.assessment("2026Q3", [
            F.unit("A", score: 70, triggers: [.inactivity], decision: .letter, letter: F.letter(4)),
            F.unit("B", score: 75, triggers: [.inactivity], decision: .letter, letter: F.letter(5)),
        ])
        try ledger.record(F.run(first, version: "1.0.0"), assessment: first, beforeCommit: {})
        // The core hands back A's number from the letter book; B no longer needs one; C is new.
        let book = try ledger.letterBook(for: q)
        #expect(book.existing == ["A": F.letter(4), "B": F.letter(5)])
        let second = F.assessment("2026Q3", [
            F.unit("A", score: 72, triggers: [.inactivity], decision: .letter, letter: book.existing["A"]),
            F.unit("B", score: 100),
            F.unit("C", score: 60, triggers: [.errorRate], decision: .letter, letter: F.letter(6)),
        ])
        try ledger.record(F.run(second, version: "1.0.1"), assessment: second, beforeCommit: {})

        let history = try ledger.unitHistory("A")
        #expect(history.map(\.printedScore) == ["72.00"])
        #expect(history.first?.letterNumber == F.letter(4))
        #expect(try ledger.unitHistory("B").map(\.decision) == [.noAction])
        #expect(try ledger.unitHistory("B").first?.letterNumber == nil)

        let runs = try ledger.runs(of: q)
        #expect(runs.map(\.toolVersion) == ["1.0.0", "1.0.1"])
        #expect(runs.map(\.unitCount) == [2, 3])
        #expect(runs.map(\.letterCount) == [2, 2])
        #expect(runs[0].id < runs[1].id)
        #expect(runs[1].asOf == q.end)
        #expect(runs[1].issueDate == q.endDay.adding(days: 7))
        #expect(runs[1].recordedAt == Date(timeIntervalSince1970: 1_790_000_000))

        // B's dropped number 5 stays used: no later letter may reuse it, and B would get it back.
        let after = try ledger.letterBook(for: q)
        #expect(after.highestSequence == [2026: 6])
        #expect(after.existing["B"] == F.letter(5))
        let files = try ledger.queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM run_file") }
        #expect(files == 2)
    }

    @Test func aNumberHeldByAnotherUnitIsRefused() throws {
        let ledger = try Ledger(path: try F.ledgerPath())
        try F.record(ledger, "2026Q2", [F.unit("A", triggers: [.inactivity], decision: .letter, letter: F.letter(1))])
        #expect(throws: LedgerError.self) {
            try F.record(ledger, "2026Q3", [F.unit("B", triggers: [.inactivity], decision: .letter,
                                                   letter: F.letter(1))])
        }
        #expect(try ledger.runs(of: F.quarter("2026Q3")).isEmpty)
    }

    @Test func throwingBeforeCommitLeavesTheLedgerUnchanged() throws {
        let ledger = try Ledger(path: try F.ledgerPath())
        try F.record(ledger, "2026Q3", [F.unit("A", score: 70, triggers: [.inactivity], decision: .letter,
                                               letter: F.letter(1))])
        let replacement = F.assessment("2026Q3", [
            F.unit("B", score: 50, triggers: [.inactivity], decision: .letter, letter: F.letter(2)),
        ])
        var called = false
        #expect(throws: Boom.self) {
            try ledger.record(F.run(replacement), assessment: replacement) {
                called = true
                throw Boom()
            }
        }
        #expect(called)
        #expect(try ledger.runs(of: F.quarter("2026Q3")).count == 1)
        #expect(try ledger.unitHistory("A").map(\.printedScore) == ["70.00"])
        #expect(try ledger.unitHistory("B").isEmpty)
        #expect(try ledger.letterBook(for: F.quarter("2026Q3")).highestSequence == [2026: 1])
    }

    @Test func mismatchedQuarterIsRefused() throws {
        let ledger = try Ledger(path: try F.ledgerPath())
        let assessment = F.assessment("2026Q3", [])
        let run = F.run(F.assessment("2026Q2", []))
        #expect(throws: LedgerError.quarterMismatch(run: "2026Q2", assessment: "2026Q3")) {
            try ledger.record(run, assessment: assessment, beforeCommit: {})
        }
    }

    @Test func trendListsEarlierQuartersAscendingUpToTheLimit() throws {
        let ledger = try Ledger(path: try F.ledgerPath())
        try F.record(ledger, "2025Q4", [F.unit("A", score: 90)])
        try F.record(ledger, "2026Q1", [F.unit("A", score: 80, triggers: [.inactivity], decision: .letter,
                                               letter: F.letter(1)),
                                        F.unit("B", score: 95)])
        try F.record(ledger, "2026Q2", [F.unit("A", score: 70, triggers: [.inactivity], decision: .notice,
                                               letter: F.letter(2)),
                                        F.unit("B", score: 100), F.unit("C", score: 96.625)])
        try F.record(ledger, "2026Q3", [F.unit("A", score: 10)])
        let trend = try ledger.trend(before: F.quarter("2026Q3"), limit: 2)
        #expect(trend.map(\.quarter.description) == ["2026Q1", "2026Q2"])
        #expect(trend[0] == QuarterTrend(quarter: F.quarter("2026Q1"), units: 2, letters: 1, notices: 0,
                                         averageScore: 87.5))
        #expect(trend[1].notices == 1 && trend[1].letters == 0 && trend[1].units == 3)
        #expect(trend[1].averageScore == (70.0 + 100.0 + 96.62) / 3)
        #expect(try ledger.trend(before: F.quarter("2026Q3"), limit: 10).count == 3)
        #expect(try ledger.trend(before: F.quarter("2026Q3"), limit: 0).isEmpty)
    }

    @Test func unitHistoryIsOldestFirst() throws {
        let ledger = try Ledger(path: try F.ledgerPath())
        try F.record(ledger, "2026Q2", [F.unit("A", score: 70, triggers: [.lateFixes, .ineffective],
                                               decision: .letter, letter: F.letter(1))])
        try F.record(ledger, "2026Q1", [F.unit("A", score: 90)])
        let history = try ledger.unitHistory("A")
        #expect(history.map(\.quarter.description) == ["2026Q1", "2026Q2"])
        #expect(history[1] == UnitHistoryRow(quarter: F.quarter("2026Q2"), unitName: "单位A", printedScore: "70.00",
                                             triggers: [.lateFixes, .ineffective], decision: .letter,
                                             letterNumber: F.letter(1)))
    }

    // MARK: - Damaged and foreign files

    @Test func randomBytesGiveACorruptLedgerError() throws {
        let path = try F.ledgerPath()
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) }
        try Data(bytes).write(to: path)
        #expect(throws: LedgerError.corrupt(path: path.path)) { try Ledger(path: path) }
        let message = LedgerError.corrupt(path: path.path).description
        #expect(message.contains("已损坏") && message.contains("备份"))
    }

    @Test func aTextFileIsNotALedger() throws {
        let path = try F.ledgerPath()
        try Data("quarter,unit_id\n2026Q3,U1\n".utf8).write(to: path)
        #expect(throws: LedgerError.corrupt(path: path.path)) { try Ledger(path: path) }
    }

    @Test func anotherSQLiteDatabaseIsNotALedger() throws {
        let path = try F.ledgerPath()
        let other = try DatabaseQueue(path: path.path)
        try other.write { db in try db.execute(sql: "CREATE TABLE something (x INTEGER)") }
        try other.close()
        #expect(throws: LedgerError.notALedger(path: path.path)) { try Ledger(path: path) }
    }

    @Test func aLedgerFromANewerVersionIsRefused() throws {
        let path = try F.ledgerPath()
        do {
            let ledger = try Ledger(path: path)
            try ledger.queue.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99_future')")
            }
        }
        #expect(throws: LedgerError.newerVersion(path: path.path)) { try Ledger(path: path) }
    }

    @Test func aFolderIsNotALedger() throws {
        let folder = try F.folder()
        #expect(throws: LedgerError.self) { try Ledger(path: folder) }
    }

    // MARK: - Default path

    @Test(arguments: [
        (["ASSESS_LEDGER": "/data/ledger.db", "XDG_DATA_HOME": "/xdg"], "/data/ledger.db"),
        (["XDG_DATA_HOME": "/xdg"], "/xdg/assess/ledger.sqlite"),
        (["ASSESS_LEDGER": "", "XDG_DATA_HOME": "relative"], "/home/clerk/.local/share/assess/ledger.sqlite"),
        ([:], "/home/clerk/.local/share/assess/ledger.sqlite"),
    ])
    func defaultPath(environment: [String: String], expected: String) {
        let url = Ledger.defaultPath(environment: environment, home: URL(fileURLWithPath: "/home/clerk"))
        #expect(url.path == expected)
    }
}
