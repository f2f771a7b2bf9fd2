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

/// Dates written digit by digit (`DateText`) read exactly as the interpolated texts they replace, over
/// centuries of days and every kind of time of day; negative years keep the interpolation.
@Suite struct DateTextTests {
    @Test func everyDayAndTimeReadsAsBefore() {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<20_000 {
            let ordinal = Int.random(in: -800_000...3_000_000, using: &generator)
            let second = Int.random(in: 0..<86_400, using: &generator)
            let day = Day(ordinal: ordinal)
            let moment = LocalDateTime(secondsSinceEpoch: Int64(ordinal) * 86_400 + Int64(second))
            let c = day.components
            #expect(day.chinese == "\(c.year)年\(c.month)月\(c.day)日")
            #expect(day.description == "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))")
            #expect(moment.chinese == "\(day.chinese) \(pad(second / 3600, 2)):\(pad(second / 60 % 60, 2))")
            #expect(moment.description
                    == "\(day) \(pad(second / 3600, 2)):\(pad(second / 60 % 60, 2)):\(pad(second % 60, 2))")
        }
        #expect(LocalDateTime(day: Day(ordinal: 0), hour: 9, minute: 5, second: 7).description == "1970-01-01 09:05:07")
        #expect(LocalDateTime(day: Day(ordinal: 0), hour: 9, minute: 5).chinese == "1970年1月1日 09:05")
    }
}
