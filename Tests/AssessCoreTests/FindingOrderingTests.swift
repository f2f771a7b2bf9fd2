import Testing
import TestSupport
@testable import AssessCore

@Suite struct FindingOrderingTests {
    func outcome(_ id: String, _ outcome: FindingOutcome.Outcome, late: Int64, _ severity: Severity = .general,
                 notified: String = "2026-07-01 10:00") -> FindingOutcome {
        let t = Fixtures.time(notified)
        return FindingOutcome(
            finding: Finding(id: id, mediaID: "M", detectedAt: t, category: .typo, severity: severity, notifiedAt: t),
            unitID: "U", notifiedInWorkingTime: true, limitMinutes: 60, deadline: t.adding(minutes: 60),
            outcome: outcome, secondsLate: late)
    }

    @Test func worstFirst() {
        let list = [
            outcome("on", .onTime, late: 0, .serious),
            outcome("late-small", .late, late: 60),
            outcome("pending", .pending, late: 0),
            outcome("late-big", .late, late: 600),
            outcome("late-small-serious", .late, late: 60, .serious),
            outcome("overdue", .overdue, late: 1),
            outcome("late-small-earlier", .late, late: 60, notified: "2026-07-01 09:00"),
        ]
        #expect(list.sorted(by: FindingOutcome.worstFirst).map(\.finding.id) == [
            "overdue", "late-big", "late-small-serious", "late-small-earlier", "late-small", "pending", "on",
        ])
    }
}
