/// A moment in China time (UTC+8, no daylight saving), to the second.
///
/// Stored as seconds since 1970-01-01 00:00 *China local time*, so that the day and the time of day
/// are plain integer arithmetic. Inputs with other offsets are converted to UTC+8 when read.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let secondsSinceEpoch: Int64

    public init(secondsSinceEpoch: Int64) { self.secondsSinceEpoch = secondsSinceEpoch }

    public init(day: Day, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        secondsSinceEpoch = Int64(day.ordinal) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        lhs.secondsSinceEpoch < rhs.secondsSinceEpoch
    }

    public func adding(seconds: Int64) -> LocalDateTime {
        LocalDateTime(secondsSinceEpoch: secondsSinceEpoch + seconds)
    }

    public func adding(minutes: Int) -> LocalDateTime { adding(seconds: Int64(minutes) * 60) }

    /// The calendar day (China) this moment falls on.
    public var day: Day {
        let (q, r) = secondsSinceEpoch.quotientAndRemainder(dividingBy: 86_400)
        return Day(ordinal: Int(r < 0 ? q - 1 : q))
    }

    /// Seconds since 00:00 of `day`, 0..<86400.
    public var secondOfDay: Int {
        let r = Int(secondsSinceEpoch % 86_400)
        return r < 0 ? r + 86_400 : r
    }

    /// `YYYY-MM-DD HH:MM:SS`.
    public var description: String {
        let s = secondOfDay
        let c = day.components
        guard c.year >= 0 else { return "\(day) \(pad(s / 3600, 2)):\(pad(s / 60 % 60, 2)):\(pad(s % 60, 2))" }
        return DateText.iso(year: c.year, month: c.month, day: c.day, secondOfDay: s)
    }

    /// The Chinese way: `2026年10月9日 09:30`.
    public var chinese: String {
        let s = secondOfDay
        let c = day.components
        guard c.year >= 0 else { return "\(day.chinese) \(pad(s / 3600, 2)):\(pad(s / 60 % 60, 2))" }
        return DateText.chinese(year: c.year, month: c.month, day: c.day, secondOfDay: s)
    }
}
