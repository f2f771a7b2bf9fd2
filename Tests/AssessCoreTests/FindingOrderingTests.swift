import Testing
import TestSupport
@testable import AssessCore

@Suite struct FindingOrderingTests {
    func outcome(_ id: String, _ outcome: FindingOutcome.Outcome, late: Int64, _ severity: Severity = .general,
                 notified: String = "2026-07-01 10:00", category: FindingCategory = .typo) -> FindingOutcome {
        let t = Fixtures.time(notified)
        return FindingOutcome(
            finding: Finding(id: id, mediaID: "M", detectedAt: t, category: category, severity: severity, notifiedAt: t),
            unitID: "U", notifiedInWorkingTime: true, limitMinutes: 60, deadline: t.adding(minutes: 60),
            outcome: outcome, secondsLate: late)
    }

    /// 问题明细 and the stored evidence: by outcome first.
    @Test func listingOrder() {
        let list = [
            outcome("on", .onTime, late: 0, .serious),
            outcome("late-small", .late, late: 60),
            outcome("pending", .pending, late: 0),
            outcome("late-big", .late, late: 600),
            outcome("late-small-serious", .late, late: 60, .serious),
            outcome("overdue", .overdue, late: 1),
            outcome("late-small-earlier", .late, late: 60, notified: "2026-07-01 09:00"),
        ]
        #expect(list.sorted(by: FindingOutcome.listingOrder).map(\.finding.id) == [
            "overdue", "late-big", "late-small-serious", "late-small-earlier", "late-small", "pending", "on",
        ])
    }

    /// The basis sorts by each outcome's plain fields, then moves the outcomes by swaps: the same order as the
    /// comparator on the values, down to the finding id, for any list (the longest delays included, where a
    /// negation would overflow).
    @Test func sortingInPlaceGivesTheListingOrder() {
        var generator = SystemRandomNumberGenerator()
        let outcomes = FindingOutcome.Outcome.allCases
        let delays: [Int64] = [0, 1, 59, 60, 3_600, .max, .max - 1]
        let times = ["2026-07-01 09:00", "2026-07-01 10:00", "2026-07-02 10:00"]
        for _ in 0..<300 {
            let ids = Array(0..<Int.random(in: 0...40, using: &generator)).shuffled(using: &generator)
            let list = ids.map { n in
                outcome("F\(n)", outcomes.randomElement(using: &generator)!, late: delays.randomElement(using: &generator)!,
                        Bool.random(using: &generator) ? .serious : .general,
                        notified: times.randomElement(using: &generator)!)
            }
            var sorted = list
            FindingOutcome.sortInListingOrder(&sorted)
            #expect(sorted == list.sorted(by: FindingOutcome.listingOrder))
        }
    }

    /// The letters: major incidents, then serious, then by outcome, the longest delay, the earliest detection.
    @Test func letterOrder() {
        let list = [
            outcome("on-serious", .onTime, late: 0, .serious),
            outcome("late-small", .late, late: 60),
            outcome("pending", .pending, late: 0),
            outcome("late-big", .late, late: 600),
            outcome("incident-on-time", .onTime, late: 0, .serious, category: .wrongExpression),
            outcome("overdue", .overdue, late: 1),
            outcome("late-small-earlier", .late, late: 60, notified: "2026-07-01 09:00"),
            outcome("late-serious", .late, late: 5, .serious),
        ]
        #expect(list.sorted(by: FindingOutcome.letterOrder).map(\.finding.id) == [
            "incident-on-time", "late-serious", "on-serious", "overdue", "late-big", "late-small-earlier",
            "late-small", "pending",
        ])
    }

    @Test func lateMeansLateOrOverdue() {
        #expect(FindingOutcome.Outcome.allCases.filter(\.isLate) == [.late, .overdue])
    }
}
