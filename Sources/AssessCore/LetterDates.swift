/// The dates of a quarter's letters (rules.md "Letters").
public enum LetterDates {
    /// The default issue date: the first working day on or after the date of `asOf`
    /// (2026-10-08 for 2026Q3 with the default `as_of`), so a run needs no clock.
    public static func defaultIssueDate(asOf: LocalDateTime, calendar: WorkingCalendar) -> Day {
        calendar.firstWorkingDay(onOrAfter: asOf.day)
    }

    /// The report due date: the `workingDays`th (default 15th) working day after the issue date.
    public static func reportDueDate(issueDate: Day, workingDays: Int, calendar: WorkingCalendar) -> Day {
        calendar.workingDay(workingDays, after: issueDate)
    }
}
