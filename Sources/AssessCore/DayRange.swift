/// Half-open range of dates `[start, end)`.
public struct DayRange: Hashable, Sendable, CustomStringConvertible {
    public var start: Day
    public var end: Day

    public init(start: Day, end: Day) {
        self.start = start
        self.end = end
    }

    public var isEmpty: Bool { end <= start }
    public var count: Int { max(0, end.ordinal - start.ordinal) }
    public func contains(_ day: Day) -> Bool { day >= start && day < end }

    /// Last date inside the range (for printing inclusive ranges).
    public var last: Day { end.adding(days: -1) }

    /// `2026-07-01..2026-07-14` (inclusive, as people read it).
    public var description: String { "\(start)..\(last)" }
}
