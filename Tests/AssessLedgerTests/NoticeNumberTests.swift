import AssessCore
import Foundation
@testable import AssessLedger
import Testing

/// documents.md "Numbers": the notice's own sequence in the ledger — continued across the quarters of a year,
/// kept on reruns, never handed out twice.
@Suite struct NoticeNumberTests {
    func notice(_ sequence: Int, year: Int = 2026) -> LetterNumber {
        LetterNumber(prefix: "昆网信通", year: year, sequence: sequence)
    }

    func record(_ ledger: Ledger, _ quarter: String, notice: LetterNumber?) throws {
        var assessment = LedgerFixtures.assessment(quarter, [LedgerFixtures.unit("U1")])
        assessment.noticeNumber = notice
        try ledger.record(LedgerFixtures.run(assessment), assessment: assessment) {}
    }

    @Test func theSequenceContinuesAcrossQuartersAndARerunKeepsItsNumber() throws {
        let ledger = try Ledger(path: try LedgerFixtures.ledgerPath())
        #expect(try ledger.noticeBook(for: LedgerFixtures.quarter("2026Q2")).highestSequence.isEmpty)
        try record(ledger, "2026Q2", notice: notice(1))
        let q3 = try ledger.noticeBook(for: LedgerFixtures.quarter("2026Q3"))
        #expect(q3.existing == nil)
        #expect(q3.highestSequence == [2026: 1])
        #expect(q3.number(year: 2026, prefix: "昆网信通") == notice(2))
        try record(ledger, "2026Q3", notice: notice(2))
        // A rerun of Q2 keeps its number; the year's highest stays 2.
        let rerun = try ledger.noticeBook(for: LedgerFixtures.quarter("2026Q2"))
        #expect(rerun.existing == notice(1))
        #expect(rerun.number(year: 2026, prefix: "昆网信通") == notice(1))
        #expect(rerun.highestSequence == [2026: 2])
        // A new year starts again at 1.
        #expect(rerun.number(year: 2027, prefix: "昆网信通").sequence == 1)
    }

    @Test func aNumberHeldByAnotherQuarterIsRefusedAndNothingIsRecorded() throws {
        let ledger = try Ledger(path: try LedgerFixtures.ledgerPath())
        try record(ledger, "2026Q2", notice: notice(1))
        #expect(throws: LedgerError.self) { try record(ledger, "2026Q3", notice: notice(1)) }
        #expect(try ledger.runs(of: LedgerFixtures.quarter("2026Q3")).isEmpty)
        // The same quarter may record its own number again (a rerun).
        try record(ledger, "2026Q2", notice: notice(1))
        #expect(try ledger.runs(of: LedgerFixtures.quarter("2026Q2")).count == 2)
    }

    @Test func aRerunWithoutANoticeKeepsTheNumberOutOfUse() throws {
        let ledger = try Ledger(path: try LedgerFixtures.ledgerPath())
        try record(ledger, "2026Q2", notice: notice(1))
        try record(ledger, "2026Q2", notice: nil)
        #expect(try ledger.noticeBook(for: LedgerFixtures.quarter("2026Q3")).number(year: 2026, prefix: "昆网信通")
                == notice(2))
    }

    @Test func hasRunsKnowsWhichQuartersWereRecorded() throws {
        let ledger = try Ledger(path: try LedgerFixtures.ledgerPath())
        try record(ledger, "2026Q1", notice: nil)
        #expect(try ledger.hasRuns(of: []))
        #expect(try ledger.hasRuns(of: [LedgerFixtures.quarter("2026Q1")]))
        #expect(try !ledger.hasRuns(of: [LedgerFixtures.quarter("2026Q1"), LedgerFixtures.quarter("2026Q2")]))
    }

    @Test func aFloorIsKeptForTheYearEvenWhenNoNumberWasHandedOut() throws {
        let ledger = try Ledger(path: try LedgerFixtures.ledgerPath())
        let assessment = LedgerFixtures.assessment("2026Q2", [LedgerFixtures.unit("U1")])
        var run = LedgerFixtures.run(assessment)
        run.letterFloor = [2026: 39]
        run.noticeFloor = [2026: 0]
        try ledger.record(run, assessment: assessment) {}
        #expect(try ledger.letterBook(for: LedgerFixtures.quarter("2026Q3")).highestSequence == [2026: 39])
        #expect(try ledger.noticeBook(for: LedgerFixtures.quarter("2026Q3")).highestSequence == [2026: 0])
        // A lower floor later never lowers it; numbers handed out above it win.
        run.letterFloor = [2026: 5]
        try ledger.record(run, assessment: assessment) {}
        #expect(try ledger.letterBook(for: LedgerFixtures.quarter("2026Q3")).highestSequence == [2026: 39])
        try LedgerFixtures.record(ledger, "2026Q3", [LedgerFixtures.unit("U1", triggers: [.inactivity], decision: .letter,
                                                                         letter: LedgerFixtures.letter(40))])
        #expect(try ledger.letterBook(for: LedgerFixtures.quarter("2026Q4")).highestSequence == [2026: 40])
    }
}
