/// A calendar date (China), stored as the number of days since 1970-01-01.
///
/// Proleptic Gregorian, years 0001–9999. Pure arithmetic: no `Foundation.Calendar`, no time zones.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before).
    public let ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    /// A real calendar date, or nil (e.g. 2026-02-30, year 0).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        ordinal = Day.daysFromCivil(year: year, month: month, day: day)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// `(year, month, day)`.
    public var components: (year: Int, month: Int, day: Int) { Day.civil(fromDays: ordinal) }
    public var year: Int { components.year }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let w = (ordinal + 3) % 7 // 1970-01-01 was a Thursday (ISO 4)
        return (w < 0 ? w + 7 : w) + 1
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let c = components
        guard c.year >= 0 else { return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))" }
        return DateText.iso(year: c.year, month: c.month, day: c.day)
    }

    /// The Chinese way: `2026年10月9日`.
    public var chinese: String {
        let c = components
        guard c.year >= 0 else { return "\(c.year)年\(c.month)月\(c.day)日" }
        return DateText.chinese(year: c.year, month: c.month, day: c.day)
    }

    /// The moment 00:00 of this day.
    public var start: LocalDateTime { LocalDateTime(secondsSinceEpoch: Int64(ordinal) * 86_400) }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // MARK: - Civil conversion (H. Hinnant's algorithms)

    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

/// Zero-padded decimal, for fixed-width date and time fields.
func pad(_ value: Int, _ width: Int) -> String {
    let s = String(value)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}
