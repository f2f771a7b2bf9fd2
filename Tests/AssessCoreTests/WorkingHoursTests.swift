import Testing
import TestSupport
@testable import AssessCore

@Suite struct WorkingHoursTests {
    let hours = WorkingHours.lenient(Rules.default.workingHours).hours
    let calendar = Fixtures.calendar2026

    @Test(arguments: [
        ("2026-07-01 08:59:59", false),
        ("2026-07-01 09:00", true),
        ("2026-07-01 11:59:59", true),
        ("2026-07-01 12:00", false),
        ("2026-07-01 12:59:59", false),
        ("2026-07-01 13:00", true),
        ("2026-07-01 17:59", true),
        ("2026-07-01 17:59:59", true),
        ("2026-07-01 18:00", false),
        ("2026-07-04 10:00", false),   // Saturday
        ("2026-10-05 10:00", false),   // official holiday, a Monday
        ("2026-10-10 10:00", true),    // make-up working Saturday
        ("2026-10-10 12:30", false),   // make-up day's lunch break
    ])
    func boundaries(moment: String, inside: Bool) {
        #expect(hours.contains(Fixtures.time(moment), calendar: calendar) == inside)
    }

    @Test func parsesStrictly() throws {
        let parsed = try WorkingHours(parsing: ["08:30-12:00", "14:00-24:00"])
        #expect(parsed.intervals == [30_600..<43_200, 50_400..<86_400])
        for bad in ["9:00-12:00", "12:00-09:00", "09:00-09:00", "09:60-10:00", "24:30-25:00", "09:00", "a-b"] {
            #expect(throws: WorkingHoursError.invalidInterval(bad)) { try WorkingHours(parsing: [bad]) }
        }
        let (lenient, invalid) = WorkingHours.lenient(["09:00-12:00", "bad"])
        #expect(lenient.intervals.count == 1)
        #expect(invalid == ["bad"])
    }

    /// The one reader the validator and the rule book share (issue #18: they used to disagree on both).
    @Test func signsAreRefusedAndSurroundingSpacesIgnored() throws {
        #expect(WorkingHours.interval("+9:00-12:00") == nil)
        #expect(WorkingHours.interval("09:00-+1:00") == nil)
        #expect(WorkingHours.interval(" 09:00-12:00") == 32_400..<43_200)
        #expect(WorkingHours.interval("09:00-12:00  ") == 32_400..<43_200)
        #expect(WorkingHours.interval("\t09:00-12:00") == nil)  // only U+0020 is trimmed (inputs.md)
        #expect(try WorkingHours(parsing: [" 09:00-12:00"]).intervals == [32_400..<43_200])
        #expect(WorkingHours.lenient(["+9:00-12:00"]).invalid == ["+9:00-12:00"])
    }
}
