import Testing
import TestSupport
@testable import AssessCore

@Suite struct ScoreRuleTests {
    let rules = Rules.default

    @Test func cleanUnitScoresFull() {
        let d = ScoreRule.deductions(UnitMetrics(), rules: rules)
        #expect(d == Deductions(error: 0, inactivity: 0, late: 0, systems: 0, complaints: 0))
        #expect(ScoreRule.score(d, rules: rules) == 100)
    }

    @Test func everyDeductionBelowItsCap() {
        var m = UnitMetrics()
        m.itemsChecked = 8000
        m.errors = 5
        m.errorRatePermille = 0.625
        m.seriousErrors = 1
        m.inactiveMedia = 1
        m.lateFixes = 3
        m.lateSerious = 1
        m.missingSystems = [.security]
        m.staffingGaps = 1
        m.complaints = 2
        let d = ScoreRule.deductions(m, rules: rules)
        #expect(d.error == 8.125)
        #expect(d.inactivity == 10)
        #expect(d.late == 9)
        #expect(d.systems == 6)
        #expect(d.complaints == 4)
        let score = ScoreRule.score(d, rules: rules)
        let total: Double = (((8.125 + 10) + 9) + 6) + 4
        #expect(score == 100 - total)
        #expect(FixedPoint.format(score) == "62.88")  // 62.875 exactly → 62.88 (tie to even)
    }

    @Test func capsReached() {
        var m = UnitMetrics()
        m.errorRatePermille = 4.2
        m.seriousErrors = 2
        m.inactiveMedia = 3
        m.lateFixes = 10
        m.lateSerious = 4
        m.missingSystems = SystemKind.allCases
        m.staffingGaps = 2
        m.complaints = 6
        let d = ScoreRule.deductions(m, rules: rules)
        #expect(d == Deductions(error: 25, inactivity: 25, late: 25, systems: 15, complaints: 10))
        #expect(ScoreRule.score(d, rules: rules) == 0)
        #expect(FixedPoint.format(ScoreRule.score(d, rules: rules)) == "0.00")
    }

    @Test func exactlyAtTheCap() {
        var m = UnitMetrics()
        m.errorRatePermille = 5
        let d = ScoreRule.deductions(m, rules: rules)
        #expect(d.error == 25)
    }

    @Test func undefinedRateCountsAsZero() {
        var m = UnitMetrics()
        m.errorRatePermille = nil
        m.seriousErrors = 1
        #expect(ScoreRule.deductions(m, rules: rules).error == 5)
    }

    @Test func sumsInTheWrittenOrder() {
        // 0.1 + 0.2 + 0.3 differs from 0.1 + (0.2 + 0.3) in IEEE doubles: the order is part of the contract.
        let d = Deductions(error: 0.1, inactivity: 0.2, late: 0.3, systems: 0, complaints: 0)
        let total: Double = (0.1 + 0.2) + 0.3
        #expect(ScoreRule.score(d, rules: rules) == 100 - total)
    }

    @Test func weightsAndCapsComeFromTheRules() {
        var custom = rules
        custom.weights.complaint = 4
        custom.caps.complaints = 6
        custom.fullScore = 120
        var m = UnitMetrics()
        m.complaints = 1
        #expect(ScoreRule.deductions(m, rules: custom).complaints == 4)
        m.complaints = 2
        let d = ScoreRule.deductions(m, rules: custom)
        #expect(d.complaints == 6)
        #expect(ScoreRule.score(d, rules: custom) == 114)
    }
}
