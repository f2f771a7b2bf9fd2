import AssessCore
import Foundation
import Testing
import TestSupport
@testable import AssessInput

@Suite struct OfficialCalendarTests {
    @Test(arguments: [
        ("2026-10-08", true),    // Thursday after National Day
        ("2026-10-10", true),    // Saturday make-up working day
        ("2026-10-05", false),   // National Day holiday
        ("2024-02-09", true),    // 除夕 2024: not an official holiday, a Friday
        ("2023-12-30", false),   // Saturday, part of 2024's New Year holiday
        ("2024-01-01", false),
        ("2024-02-18", true),    // Sunday make-up day
        ("2025-10-08", false),   // 2025's National Day runs to 10-08
        ("2025-10-11", true),
        ("2026-02-23", false),
        ("2026-02-28", true),
    ])
    func shippedSchedule(day: String, working: Bool) throws {
        let calendar = try OfficialCalendar.load()
        #expect(calendar.isWorkingDay(Fixtures.day(day)) == working)
    }

    @Test func coversExactlyTheShippedYears() throws {
        let calendar = try OfficialCalendar.load()
        #expect(calendar.coveredYears == [2024, 2025, 2026])
        #expect(calendar.holidays.count == 32 + 28 + 33)
        #expect(calendar.workdays.count == 19)
    }

    @Test func badDataThrowsAChineseError() {
        let bytes = Data(#"{"years":[{"year":2027,"holidays":["2027-13-01"],"workdays":[]}]}"#.utf8)
        #expect(throws: OfficialCalendarError.self) {
            try OfficialCalendar.calendar(fromJSON: bytes, name: "official-calendar.json")
        }
        let message = OfficialCalendarError.missingResource.description
        #expect(message.contains("official-calendar.json"))
    }
}
