/// The working-day calendar (calendar.md): Monday–Friday, minus official holidays, plus official make-up
/// working days (调休上班), whatever their weekday.
///
/// Built from data (the shipped official schedule plus the configuration's additions). Years outside
/// `coveredYears` still work, weekends only; `uncoveredYears(in:)` tells the run which ones to warn about.
public struct WorkingCalendar: Hashable, Sendable {
    /// Official holidays (放假).
    public internal(set) var holidays: Set<Day>
    /// Official make-up working days (调休上班); a make-up day wins over a holiday on the same date.
    public internal(set) var workdays: Set<Day>
    /// Years whose official schedule the data holds.
    public internal(set) var coveredYears: Set<Int>

    public init(holidays: Set<Day>, workdays: Set<Day>, coveredYears: Set<Int>) {
        self.holidays = holidays
        self.workdays = workdays
        self.coveredYears = coveredYears
    }

    /// No holidays, no make-up days, no covered year: Monday–Friday only.
    public static let weekdaysOnly = WorkingCalendar(holidays: [], workdays: [], coveredYears: [])

    /// Is `day` a working day (calendar.md)?
    public func isWorkingDay(_ day: Day) -> Bool {
        if workdays.contains(day) { return true }
        if holidays.contains(day) { return false }
        return day.weekday <= 5
    }

    /// The first working day on or after `day` (the default issue date, rules.md "Letters").
    public func firstWorkingDay(onOrAfter day: Day) -> Day {
        var d = day
        // Terminates: the holiday set is finite, so a plain weekday outside it always comes.
        while !isWorkingDay(d) { d = d.adding(days: 1) }
        return d
    }

    /// The `n`th working day strictly after `day` (the report due date: the 15th working day after the
    /// issue date). `n <= 0` gives `day` itself.
    public func workingDay(_ n: Int, after day: Day) -> Day {
        var d = day
        var remaining = n
        while remaining > 0 {
            d = d.adding(days: 1)
            if isWorkingDay(d) { remaining -= 1 }
        }
        return d
    }

    /// Years touched by `range` that neither the shipped data nor the configuration covers, ascending.
    public func uncoveredYears(in range: DayRange) -> [Int] {
        guard !range.isEmpty else { return [] }
        return (range.start.year...range.last.year).filter { !coveredYears.contains($0) }
    }
}
