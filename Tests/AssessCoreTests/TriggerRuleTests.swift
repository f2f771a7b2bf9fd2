import Testing
import TestSupport
@testable import AssessCore

@Suite struct TriggerRuleTests {
    let t = Rules.default.thresholds

    func metrics(_ change: (inout UnitMetrics) -> Void) -> UnitMetrics {
        var m = UnitMetrics()
        m.mediaCount = 1
        m.itemsChecked = 1000
        m.errorRatePermille = 0
        change(&m)
        return m
    }

    @Test func noneForACleanUnit() {
        #expect(TriggerRule.triggers(metrics { _ in }, thresholds: t) == [])
    }

    @Test func errorRateAtTheThreshold() {
        #expect(TriggerRule.triggers(metrics { $0.errorRatePermille = 2.0 }, thresholds: t) == [.errorRate])
        #expect(TriggerRule.triggers(metrics { $0.errorRatePermille = 1.999 }, thresholds: t) == [])
        #expect(TriggerRule.triggers(metrics { $0.seriousErrors = 1 }, thresholds: t) == [.errorRate])
    }

    @Test func zeroItemsCheckedNeedsASeriousError() {
        #expect(TriggerRule.triggers(metrics { $0.itemsChecked = 0; $0.errorRatePermille = nil; $0.errors = 5 },
                                     thresholds: t) == [])
        #expect(TriggerRule.triggers(metrics { $0.itemsChecked = 0; $0.errorRatePermille = nil; $0.seriousErrors = 1 },
                                     thresholds: t) == [.errorRate])
    }

    @Test func eachCriterion() {
        #expect(TriggerRule.triggers(metrics { $0.inactiveMedia = 1 }, thresholds: t) == [.inactivity])
        #expect(TriggerRule.triggers(metrics { $0.lateFixes = 2 }, thresholds: t) == [])
        #expect(TriggerRule.triggers(metrics { $0.lateFixes = 3 }, thresholds: t) == [.lateFixes])
        #expect(TriggerRule.triggers(metrics { $0.lateFixes = 1; $0.lateSerious = 1 }, thresholds: t) == [.lateFixes])
        #expect(TriggerRule.triggers(metrics { $0.missingSystems = [.security] }, thresholds: t) == [.missingSystems])
        #expect(TriggerRule.triggers(metrics { $0.staffingGaps = 1 }, thresholds: t) == [.missingSystems])
        #expect(TriggerRule.triggers(metrics { $0.unfixedOverdue = 1 }, thresholds: t) == [.ineffective])
        #expect(TriggerRule.triggers(metrics { $0.unmonitoredMedia = 1 }, thresholds: t) == [.ineffective])
        #expect(TriggerRule.triggers(metrics { $0.complaints = 2 }, thresholds: t) == [])
        #expect(TriggerRule.triggers(metrics { $0.complaints = 3 }, thresholds: t) == [.dissatisfaction])
    }

    @Test func allSixInRulebookOrder() {
        let m = metrics {
            $0.complaints = 3; $0.unfixedOverdue = 1; $0.staffingGaps = 1; $0.lateSerious = 1
            $0.inactiveMedia = 1; $0.seriousErrors = 1
        }
        #expect(TriggerRule.triggers(m, thresholds: t) == Trigger.allCases)
    }

    @Test func thresholdsComeFromTheRules() {
        var custom = t
        custom.complaints = 5
        custom.errorRatePermille = 1
        #expect(TriggerRule.triggers(metrics { $0.complaints = 4; $0.errorRatePermille = 1 }, thresholds: custom)
                == [.errorRate])
    }
}
