import Testing
import TestSupport
@testable import AssessCore

@Suite struct WorkingCalendarTests {
    let calendar = Fixtures.calendar2026

    @Test(arguments: [
        ("2026-10-08", true),   // Thursday after National Day
        ("2026-10-10", true),   // Saturday make-up working day
        ("2026-10-05", false),  // official holiday (Monday)
        ("2026-10-11", false),  // plain Sunday
        ("2026-10-12", true),   // plain Monday
        ("2026-09-20", true),   // Sunday make-up working day
        ("2026-09-25", false),  // Friday holiday (中秋)
    ])
    func workingDays(day: String, working: Bool) {
        #expect(calendar.isWorkingDay(Fixtures.day(day)) == working)
    }

    @Test func weekdaysOnlyOutsideData() {
        let empty = WorkingCalendar.weekdaysOnly
        #expect(empty.isWorkingDay(Fixtures.day("2026-10-05")))
        #expect(!empty.isWorkingDay(Fixtures.day("2026-10-10")))
    }

    @Test func firstWorkingDayOnOrAfter() {
        #expect(calendar.firstWorkingDay(onOrAfter: Fixtures.day("2026-10-01")) == Fixtures.day("2026-10-08"))
        #expect(calendar.firstWorkingDay(onOrAfter: Fixtures.day("2026-10-08")) == Fixtures.day("2026-10-08"))
        #expect(calendar.firstWorkingDay(onOrAfter: Fixtures.day("2026-07-04")) == Fixtures.day("2026-07-06"))
    }

    @Test func nthWorkingDayStrictlyAfter() {
        // 10-08 issue: 10-09(1) 10-10 Sat make-up(2) 10-12(3) … 10-16(7) 10-19..23(8..12) 10-26..28(13..15)
        #expect(calendar.workingDay(1, after: Fixtures.day("2026-10-08")) == Fixtures.day("2026-10-09"))
        #expect(calendar.workingDay(2, after: Fixtures.day("2026-10-08")) == Fixtures.day("2026-10-10"))
        #expect(calendar.workingDay(15, after: Fixtures.day("2026-10-08")) == Fixtures.day("2026-10-28"))
        #expect(calendar.workingDay(0, after: Fixtures.day("2026-10-03")) == Fixtures.day("2026-10-03"))
        // From inside the holiday: the first working day after is 10-08.
        #expect(calendar.workingDay(1, after: Fixtures.day("2026-09-30")) == Fixtures.day("2026-10-08"))
    }

    @Test func uncoveredYears() {
        let range = DayRange(start: Fixtures.day("2026-12-01"), end: Fixtures.day("2028-01-02"))
        #expect(calendar.uncoveredYears(in: range) == [2027, 2028])
        #expect(calendar.uncoveredYears(in: DayRange(start: Fixtures.day("2026-01-01"),
                                                     end: Fixtures.day("2027-01-01"))) == [])
        #expect(calendar.uncoveredYears(in: DayRange(start: Fixtures.day("2027-01-01"),
                                                     end: Fixtures.day("2027-01-01"))) == [])
    }

    @Test func additionsCoverTheirYears() throws {
        let more = try calendar.adding(CalendarAdditions(holidays: ["2027-01-01..2027-01-03", " 2027-02-16 "],
                                                         workdays: ["2027-01-04"]))
        #expect(!more.isWorkingDay(Fixtures.day("2027-01-01")))
        #expect(!more.isWorkingDay(Fixtures.day("2027-02-16")))
        #expect(more.coveredYears == [2026, 2027])
        #expect(more.uncoveredYears(in: DayRange(start: Fixtures.day("2027-03-01"), end: Fixtures.day("2027-04-01"))) == [])
    }

    @Test(arguments: ["2027-1-01", "2027/01/01", "2027-02-30", "2027-01-05..2027-01-01", "2027-01-01..", "",
                      "２０２７-01-01", "2027-01-01..2027-01-02..2027-01-03"])
    func badEntryThrowsNamingIt(entry: String) {
        #expect(throws: CalendarError.invalidEntry(entry, field: "calendar.holidays")) {
            try calendar.adding(CalendarAdditions(holidays: [entry]))
        }
        let message = CalendarError.invalidEntry(entry, field: "calendar.holidays").description
        #expect(message.contains("“\(entry)”"))
    }

    @Test func makeUpDayWinsOverHoliday() {
        let both = WorkingCalendar(holidays: [Fixtures.day("2026-03-07")], workdays: [Fixtures.day("2026-03-07")],
                                   coveredYears: [])
        #expect(both.isWorkingDay(Fixtures.day("2026-03-07")))
    }
}
