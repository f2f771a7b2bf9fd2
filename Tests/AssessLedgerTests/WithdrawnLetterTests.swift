import AssessCore
import Foundation
@testable import AssessLedger
import Testing
import TestSupport

private typealias F = LedgerFixtures

/// Schema v4 (reviews.md): the run's reviews, withdrawn numbers that are never handed out again, and the
/// quarter's review baseline.
@Suite struct WithdrawnLetterTests {
    static let review = ReviewedFinding(
        review: FindingReview(id: "R1", findingID: "F1", outcome: .void, decidedOn: Day(year: 2026, month: 10, day: 15)!,
                              reviewer: "王复核", reason: "问题不成立"),
        unitID: "U2", mediaID: "M2")

    func record(_ ledger: Ledger, _ units: [UnitAssessment], reviews: [ReviewedFinding] = [],
                withdrawals: [LetterWithdrawal] = []) throws {
        let assessment = F.assessment("2026Q3", units)
        try ledger.record(F.run(assessment), assessment: assessment, reviews: reviews, withdrawals: withdrawals,
                          beforeCommit: {})
    }

    @Test func aWithdrawnNumberIsKeptAndNeverGivenAgain() throws {
        let ledger = try Ledger(path: try F.ledgerPath())
        let q3 = F.quarter("2026Q3")
        try record(ledger, [F.unit("U1", decision: .letter, letter: F.letter(7)),
                            F.unit("U2", score: 89.75, decision: .letter, letter: F.letter(8))])
        let before = try #require(try ledger.recordedResults(of: q3))
        #expect(before["U2"] == PriorResult(printedScore: "89.75", decision: .letter, letterNumber: F.letter(8)))
        #expect(try ledger.reviewBaseline(of: q3) == nil)

        let withdrawal = LetterWithdrawal(unitID: "U2", unitName: "单位U2", number: F.letter(8), before: before["U2"]!,
                                          reviews: [Self.review])
        try record(ledger, [F.unit("U1", decision: .letter, letter: F.letter(7)), F.unit("U2")],
                   reviews: [Self.review], withdrawals: [withdrawal])
        let withdrawn = try ledger.withdrawnLetters()
        #expect(withdrawn == [WithdrawnLetterRow(number: F.letter(8), quarter: "2026Q3", unitID: "U2", decisionBefore: "letter",
                                                 scoreBefore: "89.75", reviewIDs: ["R1"])])
        // The baseline is the quarter before the reviews; a rerun with them compares with it, not with itself.
        let baseline = try #require(try ledger.reviewBaseline(of: q3))
        #expect(baseline?["U2"]?.decision == .letter)

        // This quarter: U1 keeps 7, U2 does not get 8 back; the year continues after 8, here and next quarter.
        let book = try ledger.letterBook(for: q3)
        #expect(book.existing["U1"] == F.letter(7) && book.existing["U2"] == nil)
        #expect(book.highestSequence[2026] == 8)
        #expect(try ledger.letterBook(for: F.quarter("2026Q4")).highestSequence[2026] == 8)
        let numbering = book.numbering(["U1", "U2"], year: 2026, prefix: "昆网信函").numbers
        #expect(numbering["U2"] == F.letter(9))

        // A run without reviews clears the baseline.
        try record(ledger, [F.unit("U1", decision: .letter, letter: F.letter(7)), F.unit("U2")])
        #expect(try ledger.reviewBaseline(of: q3) == nil)
        #expect(try ledger.withdrawnLetters().count == 1)
    }

    @Test func theFirstRunWithReviewsOfANewQuarterHasNoBefore() throws {
        let ledger = try Ledger(path: try F.ledgerPath())
        try record(ledger, [F.unit("U2")], reviews: [Self.review])
        let baseline = try ledger.reviewBaseline(of: F.quarter("2026Q3"))
        #expect(baseline != nil)
        #expect(baseline! == nil)
    }
}
