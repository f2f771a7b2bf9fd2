import Testing
import TestSupport
@testable import AssessCore

@Suite struct InactivityRuleTests {
    let q3 = Fixtures.quarter("2026Q3")

    func activity(_ days: [String]) -> MediaActivity {
        var a = MediaActivity()
        for day in days { a.addPost(at: Fixtures.time("\(day) 10:00"), quarter: q3) }
        return a
    }

    func silence(_ posts: [String], from: String = "2026-07-01", to: String = "2026-10-01", days: Int = 14)
        -> InactivityRule.Silence {
        InactivityRule.silence(window: DayRange(start: Fixtures.day(from), end: Fixtures.day(to)),
                               activity: activity(posts), quarter: q3, inactivityDays: days)
    }

    @Test func thirteenSilentDaysIsActive() {
        // Posts on 07-01 and 07-15: silent 07-02..07-14 = 13 days; then silent 07-16..09-30 is broken by posts.
        let s = silence(["2026-07-01", "2026-07-15", "2026-07-28", "2026-08-10", "2026-08-23", "2026-09-05",
                         "2026-09-18", "2026-09-30"])
        #expect(s.days == 13)
        #expect(!s.inactive)
        #expect(s.range == DayRange(start: Fixtures.day("2026-07-02"), end: Fixtures.day("2026-07-15")))
    }

    @Test func fourteenSilentDaysIsInactive() {
        let s = silence(["2026-07-01", "2026-07-16"], from: "2026-07-01", to: "2026-07-17")
        #expect(s.days == 14)
        #expect(s.inactive)
        #expect(s.range?.description == "2026-07-02..2026-07-15")
        #expect(s.postDays == 2)
    }

    @Test func noPostsAtAllSilencesTheWholeWindow() {
        let s = silence([])
        #expect(s.days == 92)
        #expect(s.inactive)
        #expect(s.range == DayRange(start: Fixtures.day("2026-07-01"), end: Fixtures.day("2026-10-01")))
        #expect(s.postDays == 0)
    }

    @Test func windowCutByOpeningIgnoresEarlierSilence() {
        // Opened 09-20, posts every few days: the silence before opening does not count.
        let s = silence(["2026-09-22", "2026-09-30"], from: "2026-09-20", to: "2026-10-01")
        #expect(s.days == 7) // 09-23..09-29
        #expect(!s.inactive)
    }

    @Test func windowCutByClosingEndsTheSilence() {
        // Closed 07-14 (excluded): last post 07-01, silent 07-02..07-13 = 12 days.
        let s = silence(["2026-07-01"], from: "2026-07-01", to: "2026-07-14")
        #expect(s.days == 12)
        #expect(!s.inactive)
    }

    @Test func postsOutsideTheWindowDoNotBreakSilence() {
        let s = silence(["2026-07-05"], from: "2026-07-10", to: "2026-07-24")
        #expect(s.days == 14)
        #expect(s.postDays == 0)
    }

    @Test func postedEveryDayIsZero() {
        let s = silence(["2026-07-01", "2026-07-02"], from: "2026-07-01", to: "2026-07-03")
        #expect(s.days == 0)
        #expect(s.range == nil)
    }

    @Test func categoryThresholdApplies() {
        #expect(silence([], from: "2026-07-01", to: "2026-07-31", days: 31).inactive == false)
        #expect(silence([], from: "2026-07-01", to: "2026-07-31", days: 30).inactive)
    }
}
