import AssessCore
import TestSupport
@testable import AssessReports

/// The report fixture with reviews (复核) and a withdrawn letter (reviews.md).
extension ReportFixture {
    static var reviews: [ReviewedFinding] {
        [
            ReviewedFinding(review: FindingReview(id: "R-01", findingID: "F7", outcome: .void, decidedOn: Fixtures.day("2026-10-12"),
                                                  reviewer: "李复核", reason: "链接指向的页面已于通知前更正 | 见截图"),
                            unitID: "U003", mediaID: "M05"),
            ReviewedFinding(review: FindingReview(id: "R-02", findingID: "F1", outcome: .upheld, decidedOn: Fixtures.day("2026-10-13"),
                                                  reason: "复核确认问题属实，电话 \(phone)"),
                            unitID: "U001", mediaID: "M01"),
        ]
    }

    static var withdrawal: LetterWithdrawal {
        LetterWithdrawal(unitID: "U003", unitName: "官渡区卫生健康局",
                         number: LetterNumber(prefix: "昆网信函", year: 2026, sequence: 7),
                         before: PriorResult(printedScore: "88.50", decision: .letter,
                                                letterNumber: LetterNumber(prefix: "昆网信函", year: 2026, sequence: 7)),
                         reviews: [reviews[0]])
    }

    static var inputsWithReviews: ReportInputs {
        var inputs = inputs
        inputs.reviews = reviews
        inputs.withdrawals = [withdrawal]
        inputs.before = [
            "U001": PriorResult(printedScore: letterUnit.score.description, decision: .letter, letterNumber: nil),
            "U003": withdrawal.before,
        ]
        return inputs
    }
}
