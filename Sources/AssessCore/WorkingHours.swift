/// Art. 15 working time (rules.md "Rectification deadlines"): a working day between the configured
/// intervals, each half-open (`09:00-12:00`: 09:00 inside, 12:00 outside). Everything else is off-hours.
public struct WorkingHours: Hashable, Sendable {
    /// Half-open intervals in seconds since 00:00.
    public let intervals: [Range<Int>]

    public init(intervals: [Range<Int>]) { self.intervals = intervals }

    /// Parses `HH:MM-HH:MM` strings (`Rules.workingHours`); throws `WorkingHoursError` naming a bad entry.
    public init(parsing entries: [String]) throws(WorkingHoursError) {
        var intervals: [Range<Int>] = []
        for entry in entries {
            guard let interval = WorkingHours.interval(entry) else { throw .invalidInterval(entry) }
            intervals.append(interval)
        }
        self.intervals = intervals
    }

    /// Parses what it can and returns the entries it could not read (the run warns about them).
    public static func lenient(_ entries: [String]) -> (hours: WorkingHours, invalid: [String]) {
        var intervals: [Range<Int>] = []
        var invalid: [String] = []
        for entry in entries {
            if let interval = interval(entry) { intervals.append(interval) } else { invalid.append(entry) }
        }
        return (WorkingHours(intervals: intervals), invalid)
    }

    /// Is `moment` inside working time on `calendar`?
    public func contains(_ moment: LocalDateTime, calendar: WorkingCalendar) -> Bool {
        guard calendar.isWorkingDay(moment.day) else { return false }
        let second = moment.secondOfDay
        return intervals.contains { $0.contains(second) }
    }

    /// The one reader of a working-time interval, used by the configuration's validator and the rule book
    /// alike: `HH:MM-HH:MM` (two ASCII digits each) with 00:00 ≤ start < end ≤ 24:00, surrounding U+0020
    /// spaces ignored as for every value (inputs.md); seconds since 00:00, or nil. `+9:00-12:00` is refused.
    public static func interval(_ text: String) -> Range<Int>? {
        let parts = text.trimmingASCIISpaces.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let start = minuteOfDay(parts[0]), let end = minuteOfDay(parts[1]),
              start < end else { return nil }
        return start * 60..<end * 60
    }

    private static func minuteOfDay(_ text: Substring) -> Int? {
        let bytes = Array(text.utf8)
        guard bytes.count == 5, bytes[2] == UInt8(ascii: ":"),
              bytes.enumerated().allSatisfy({ $0.offset == 2 || ($0.element >= 48 && $0.element <= 57) })
        else { return nil }
        let h = Int(bytes[0] - 48) * 10 + Int(bytes[1] - 48)
        let m = Int(bytes[3] - 48) * 10 + Int(bytes[4] - 48)
        guard m < 60, h < 24 || (h == 24 && m == 0) else { return nil }
        return h * 60 + m
    }
}

/// A working-time interval that cannot be read.
public enum WorkingHoursError: Error, Hashable, Sendable, CustomStringConvertible {
    case invalidInterval(String)

    public var description: String {
        switch self {
        case let .invalidInterval(entry):
            "工作时间“\(entry)”无法识别：应为 HH:MM-HH:MM，且开始早于结束"
        }
    }
}
