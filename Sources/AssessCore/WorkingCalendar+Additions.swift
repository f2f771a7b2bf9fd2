extension WorkingCalendar {
    /// This calendar with the configuration's extra holidays and make-up days (calendar.md: for years the
    /// shipped data lacks). Every year an entry mentions becomes covered. A bad entry throws
    /// `CalendarError.invalidEntry` naming it.
    public func adding(_ additions: CalendarAdditions) throws(CalendarError) -> WorkingCalendar {
        var result = self
        for entry in additions.holidays {
            let range = try CalendarEntry.parse(entry, field: "calendar.holidays")
            result.insert(range, holiday: true)
        }
        for entry in additions.workdays {
            let range = try CalendarEntry.parse(entry, field: "calendar.workdays")
            result.insert(range, holiday: false)
        }
        return result
    }

    private mutating func insert(_ range: DayRange, holiday: Bool) {
        var d = range.start
        while d < range.end {
            if holiday { holidays.insert(d) } else { workdays.insert(d) }
            coveredYears.insert(d.year)
            d = d.adding(days: 1)
        }
    }
}
