import AssessCore

extension Fixtures {
    /// calendar.md's 2026 row, built by hand (the core cannot read the shipped resource).
    public static let calendar2026: WorkingCalendar = {
        let holidays = ["2026-01-01..2026-01-03", "2026-02-15..2026-02-23", "2026-04-04..2026-04-06",
                        "2026-05-01..2026-05-05", "2026-06-19..2026-06-21", "2026-09-25..2026-09-27",
                        "2026-10-01..2026-10-07"]
        let workdays = ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]
        var calendar = WorkingCalendar(holidays: [], workdays: [], coveredYears: [2026])
        calendar = (try? calendar.adding(CalendarAdditions(holidays: holidays, workdays: workdays))) ?? calendar
        return calendar
    }()

    /// `Quarter` from `2026Q3` (tests only).
    public static func quarter(_ text: String) -> Quarter { Quarter(text)! }
}
