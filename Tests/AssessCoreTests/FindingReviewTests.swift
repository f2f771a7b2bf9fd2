import AssessCore
import Testing
import TestSupport

/// reviews.md "Effect": a void review is a 误报, upheld changes nothing; which letters a rerun withdraws.
@Suite struct FindingReviewTests {
    func finding(_ id: String, verdict: Verdict = .valid) -> Finding {
        Finding(id: id, mediaID: "M1", detectedAt: Fixtures.time("2026-07-01 09:00"), category: .typo,
                severity: .general, notifiedAt: Fixtures.time("2026-07-01 09:10"), verdict: verdict)
    }

    func review(_ id: String, _ finding: String, _ outcome: ReviewOutcome) -> FindingReview {
        FindingReview(id: id, findingID: finding, outcome: outcome, decidedOn: Fixtures.day("2026-10-12"), reason: "理由")
    }

    @Test func voidGivesVerdict误报AndUpheldNothing() {
        let findings = [finding("F1"), finding("F2"), finding("F3", verdict: .falsePositive)]
        let applied = FindingReview.apply([review("R1", "F1", .void), review("R2", "F2", .upheld), review("R3", "F3", .void)],
                                          to: findings)
        #expect(applied.map(\.verdict) == [.falsePositive, .valid, .falsePositive])
        #expect(applied.map(\.id) == ["F1", "F2", "F3"])
        #expect(FindingReview.apply([], to: findings) == findings)
    }

    @Test func aDropToNoneWithdrawsWithTheUnitsVoidReviews() {
        let number = LetterNumber(prefix: "昆网信函", year: 2026, sequence: 24)
        let before = [
            "U1": PriorResult(printedScore: "89.75", decision: .letter, letterNumber: number),
            "U2": PriorResult(printedScore: "85.99", decision: .notice,
                                 letterNumber: LetterNumber(prefix: "昆网信函", year: 2026, sequence: 20)),
            "U3": PriorResult(printedScore: "100.00", decision: .noAction, letterNumber: nil),
        ]
        let quarter = Quarter(year: 2026, number: 3)!
        func unit(_ id: String, _ decision: Decision) -> UnitAssessment {
            UnitAssessment(unit: Unit(id: id, name: "单位\(id)", category: .government, region: "市级"), supervisor: "",
                           metrics: UnitMetrics(), deductions: Deductions(error: 0, inactivity: 0, late: 0, systems: 0, complaints: 0),
                           score: 100, triggers: [], previous: nil, decision: decision, ideologyDeduction: 0,
                           letterNumber: nil, evidence: UnitEvidence(media: []))
        }
        let assessment = QuarterAssessment(quarter: quarter, asOf: quarter.end, issueDate: Fixtures.day("2026-10-08"),
                                           reportDueDate: Fixtures.day("2026-10-28"),
                                           units: [unit("U1", .noAction), unit("U2", .letter), unit("U3", .noAction)],
                                           warnings: [])
        let reviews = [
            ReviewedFinding(review: review("R1", "F1", .void), unitID: "U1", mediaID: "M1"),
            ReviewedFinding(review: review("R2", "F2", .upheld), unitID: "U1", mediaID: "M1"),
            ReviewedFinding(review: review("R3", "F3", .void), unitID: "U2", mediaID: "M2"),
        ]
        let withdrawn = LetterWithdrawal.find(before: before, after: assessment, reviews: reviews, unitNames: [:])
        #expect(withdrawn.map(\.unitID) == ["U1"])
        #expect(withdrawn.first?.number == number)
        #expect(withdrawn.first?.reviews.map(\.review.id) == ["R1"])
    }
}
