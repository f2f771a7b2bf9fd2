import Testing
import TestSupport
@testable import AssessCore

@Suite struct RectificationDeadlineTests {
    let hours = WorkingHours.lenient(Rules.default.workingHours).hours
    let calendar = Fixtures.calendar2026
    let limits = Rules.default.deadlines

    func finding(notified: String, severity: Severity = .general, fixed: String? = nil) -> Finding {
        Finding(id: "F1", mediaID: "M1", detectedAt: Fixtures.time(notified), category: .typo, severity: severity,
                notifiedAt: Fixtures.time(notified), fixedAt: fixed.map(Fixtures.time))
    }

    func judge(_ f: Finding, asOf: String = "2026-10-01 00:00") -> FindingOutcome {
        RectificationDeadline.judge(f, unitID: "U1", limits: limits, workingHours: hours, calendar: calendar,
                                    asOf: Fixtures.time(asOf))
    }

    @Test(arguments: [
        ("2026-07-01 09:00", Severity.general, 60),
        ("2026-07-01 09:00", Severity.serious, 30),
        ("2026-07-01 11:59:59", Severity.general, 60),
        ("2026-07-01 12:00", Severity.general, 240),
        ("2026-07-01 12:00", Severity.serious, 120),
        ("2026-07-01 13:00", Severity.general, 60),
        ("2026-07-01 17:59", Severity.serious, 30),
        ("2026-07-01 18:00", Severity.serious, 120),
        ("2026-07-04 10:00", Severity.general, 240),   // Saturday
        ("2026-10-05 10:00", Severity.general, 240),   // holiday
        ("2026-10-10 10:00", Severity.general, 60),    // make-up Saturday
    ])
    func limitByWhenNotified(notified: String, severity: Severity, minutes: Int) {
        let outcome = judge(finding(notified: notified, severity: severity))
        #expect(outcome.limitMinutes == minutes)
        #expect(outcome.deadline == Fixtures.time(notified).adding(minutes: minutes))
    }

    @Test func fixExactlyAtDeadlineIsOnTime() {
        let outcome = judge(finding(notified: "2026-07-01 17:59", fixed: "2026-07-01 18:59"))
        #expect(outcome.outcome == .onTime)
        #expect(outcome.secondsLate == 0)
    }

    @Test func fixOneSecondLateIsLate() {
        let outcome = judge(finding(notified: "2026-07-01 17:59", fixed: "2026-07-01 18:59:01"))
        #expect(outcome.outcome == .late)
        #expect(outcome.secondsLate == 1)
    }

    @Test func fixAfterAsOfStillCountsAsFixed() {
        let outcome = judge(finding(notified: "2026-09-30 20:00", fixed: "2026-10-01 00:30"))
        // Off-hours general: 4 h, deadline 2026-10-01 00:00 = as_of; fixed 30 min later, after as_of.
        #expect(outcome.outcome == .late)
        #expect(outcome.secondsLate == 30 * 60)
    }

    @Test func pendingVersusOverdueAtAsOf() {
        // Notified 2026-09-30 20:00 (off-hours, general): deadline 2026-10-01 00:00.
        let open = finding(notified: "2026-09-30 20:00")
        #expect(judge(open, asOf: "2026-10-01 00:00").outcome == .pending)      // as_of == deadline
        let overdue = judge(open, asOf: "2026-10-01 00:00:01")
        #expect(overdue.outcome == .overdue)
        #expect(overdue.secondsLate == 1)
        #expect(judge(open, asOf: "2026-09-30 23:00").outcome == .pending)
    }
}
