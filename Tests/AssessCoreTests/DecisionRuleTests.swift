import Testing
import TestSupport
@testable import AssessCore

@Suite struct DecisionRuleTests {
    func decide(_ triggers: [Trigger], score: Double, previous: PreviousResult?) -> Decision {
        DecisionRule.decide(triggers: triggers, score: score, previous: previous, improvementMargin: 10)
    }

    @Test func noTriggerNoAction() {
        #expect(decide([], score: 40, previous: PreviousResult(printedScore: "30.00", triggers: [.inactivity],
                                                                 decision: .notice)) == .noAction)
    }

    @Test func firstTimeOrNoPreviousIsALetter() {
        #expect(decide([.inactivity], score: 80, previous: nil) == .letter)
        #expect(decide([.inactivity], score: 80, previous: PreviousResult(printedScore: "95.00", triggers: [],
                                                                           decision: .noAction)) == .letter)
    }

    @Test(arguments: [
        // previous 70.00 → the 10-point margin is 1000 hundredths.
        (79.99, Decision.notice),   // 999 hundredths: not improved
        (80.00, Decision.letter),   // 1000: improved, a renewed letter
        (80.004, Decision.letter),  // prints 80.00
        (79.995, Decision.letter),  // prints 80.00 (79.995 is stored just above): 1000
        (79.994, Decision.notice),
        (60.00, Decision.notice),
    ])
    func noticeVersusRenewedLetterAroundTheMargin(score: Double, expected: Decision) {
        let previous = PreviousResult(printedScore: "70.00", triggers: [.inactivity, .errorRate], decision: .letter)
        #expect(decide([.inactivity], score: score, previous: previous) == expected)
    }

    @Test func noticeAfterANotice() {
        let previous = PreviousResult(printedScore: "50.00", triggers: [.lateFixes], decision: .notice)
        #expect(decide([.lateFixes], score: 55, previous: previous) == .notice)
    }

    @Test func differentTriggersCountAsImproved() {
        let previous = PreviousResult(printedScore: "70.00", triggers: [.errorRate], decision: .letter)
        #expect(decide([.inactivity], score: 10, previous: previous) == .letter)
    }

    @Test func unreadablePreviousScoreFailsOnlyTheScoreTest() {
        let previous = PreviousResult(printedScore: "n/a", triggers: [.inactivity], decision: .letter)
        #expect(decide([.inactivity], score: 100, previous: previous) == .notice)
        #expect(decide([.errorRate], score: 10, previous: previous) == .letter)
    }

    @Test func marginInHundredths() {
        let previous = PreviousResult(printedScore: "70.00", triggers: [.inactivity], decision: .letter)
        #expect(DecisionRule.decide(triggers: [.inactivity], score: 75.5, previous: previous,
                                    improvementMargin: 5.5) == .letter)
        #expect(DecisionRule.decide(triggers: [.inactivity], score: 75.49, previous: previous,
                                    improvementMargin: 5.5) == .notice)
    }
}
