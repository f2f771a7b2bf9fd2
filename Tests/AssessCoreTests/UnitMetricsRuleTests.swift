import Testing
import TestSupport
@testable import AssessCore

@Suite struct UnitMetricsRuleTests {
    func outcome(_ outcome: FindingOutcome.Outcome, _ severity: Severity = .general,
                 _ category: FindingCategory = .typo) -> FindingOutcome {
        let t = Fixtures.time("2026-07-01 10:00")
        return FindingOutcome(
            finding: Finding(id: "F", mediaID: "M1", detectedAt: t, category: category, severity: severity, notifiedAt: t),
            unitID: "U1", notifiedInWorkingTime: true, limitMinutes: 60, deadline: t.adding(minutes: 60),
            outcome: outcome, secondsLate: 0)
    }

    func media(_ id: String, silent: Int = 0, inactive: Bool = false, monitored: Bool = true,
               staffed: Bool = true) -> MediaAssessment {
        MediaAssessment(media: Media(id: id, unitID: "U1", kind: .weibo, name: id),
                        window: DayRange(start: Fixtures.day("2026-07-01"), end: Fixtures.day("2026-10-01")),
                        posts: 0, postDays: 0, silentDays: silent, longestSilence: nil, inactive: inactive,
                        itemsChecked: 0, monitored: monitored, staffed: staffed, majorIncidents: 0)
    }

    @Test func countsEveryOutcome() {
        let findings = [outcome(.onTime), outcome(.late), outcome(.late, .serious), outcome(.overdue),
                        outcome(.overdue, .serious, .secretLeak), outcome(.pending, .serious, .typo),
                        outcome(.onTime, .general, .fakeData)]
        let m = UnitMetricsRule.metrics(media: [media("M1", silent: 20, inactive: true, monitored: false),
                                                media("M2", silent: 3, staffed: false)],
                                        itemsChecked: 3500, findings: findings,
                                        missingSystems: [.security], complaints: 2)
        #expect(m.mediaCount == 2)
        #expect(m.unmonitoredMedia == 1)
        #expect(m.errors == 7)
        #expect(m.seriousErrors == 3)
        #expect(m.errorRatePermille == 2.0)
        #expect(m.maxSilentDays == 20)
        #expect(m.inactiveMedia == 1)
        #expect(m.findingsDue == 6)
        #expect(m.lateFixes == 4)
        #expect(m.lateSerious == 2)
        #expect(m.unfixedOverdue == 2)
        #expect(m.majorIncidents == 1) // general 数据造假 is not major
        #expect(m.staffingGaps == 1)
        #expect(m.missingSystems == [.security])
        #expect(m.complaints == 2)
    }

    @Test func zeroItemsCheckedLeavesRateUndefined() {
        let m = UnitMetricsRule.metrics(media: [media("M1")], itemsChecked: 0, findings: [outcome(.onTime)],
                                        missingSystems: [], complaints: 0)
        #expect(m.errorRatePermille == nil)
        #expect(m.errors == 1)
    }

    @Test func rateIsIEEEDivisionInOrder() {
        #expect(UnitMetricsRule.errorRatePermille(errors: 1, itemsChecked: 3) == Double(1) * 1000 / Double(3))
        #expect(UnitMetricsRule.errorRatePermille(errors: 0, itemsChecked: 10) == 0)
    }

    @Test func countedFindingsAreValidAndInsideTheQuarter() {
        let q3 = Fixtures.quarter("2026Q3")
        func f(_ at: String, _ verdict: Verdict = .valid) -> Finding {
            Finding(id: "F", mediaID: "M1", detectedAt: Fixtures.time(at), category: .typo, severity: .general,
                    notifiedAt: Fixtures.time(at), verdict: verdict)
        }
        #expect(UnitMetricsRule.isCounted(f("2026-07-01 00:00"), in: q3))
        #expect(UnitMetricsRule.isCounted(f("2026-09-30 23:59:59"), in: q3))
        #expect(!UnitMetricsRule.isCounted(f("2026-10-01 00:00"), in: q3))
        #expect(!UnitMetricsRule.isCounted(f("2026-06-30 23:59:59"), in: q3))
        #expect(!UnitMetricsRule.isCounted(f("2026-08-01 10:00", .falsePositive), in: q3))
    }
}
