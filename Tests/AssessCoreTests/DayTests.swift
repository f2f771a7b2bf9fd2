import Testing
import TestSupport
@testable import AssessCore

@Suite struct DayTests {
    @Test func roundTripsCivilDates() {
        let d = Fixtures.day("2026-10-09")
        #expect(d.description == "2026-10-09")
        #expect(d.chinese == "2026年10月9日")
        #expect(d.weekday == 5)
        #expect(Day(year: 2026, month: 2, day: 29) == nil)
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
        #expect(Day(year: 1, month: 1, day: 1)?.description == "0001-01-01")
    }

    @Test func quarterWindows() {
        let q = Quarter("2026Q1")!
        #expect(q.previous?.description == "2025Q4")
        #expect(q.startDay.description == "2026-01-01")
        #expect(q.endDay.description == "2026-04-01")
        #expect(Quarter("2026Q4")!.endDay.description == "2027-01-01")
        #expect(Quarter("2026Q5") == nil)
        #expect(LocalDateTime(secondsSinceEpoch: -1).day.description == "1969-12-31")
    }
}
