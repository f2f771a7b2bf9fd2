import Foundation

/// One entry of calendar data: `YYYY-MM-DD` or an inclusive range `YYYY-MM-DD..YYYY-MM-DD`.
///
/// Used for the configuration's `calendar.holidays` / `calendar.workdays` and for the shipped
/// official schedule, so both are read by the same rules.
public enum CalendarEntry {
    /// The days of `text` as a half-open range, or throws `CalendarError.invalidEntry` naming it.
    public static func parse(_ text: String, field: String = "") throws(CalendarError) -> DayRange {
        let trimmed = text.trimmingASCIISpaces
        let parts = trimmed.components(separatedBy: "..")
        guard parts.count == 1 || parts.count == 2,
              let first = isoDay(parts[0]) else { throw .invalidEntry(text, field: field) }
        let last: Day
        if parts.count == 2 {
            guard let end = isoDay(parts[1]), end >= first else { throw .invalidEntry(text, field: field) }
            last = end
        } else {
            last = first
        }
        return DayRange(start: first, end: last.adding(days: 1))
    }

    /// A strict `YYYY-MM-DD` date (ASCII digits, two-digit month and day), or nil.
    public static func isoDay(_ text: String) -> Day? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for b in bytes[range] {
                guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(b - UInt8(ascii: "0"))
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        return Day(year: y, month: m, day: d)
    }
}

/// A calendar entry that cannot be read.
public enum CalendarError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The entry as written and the field it came from (`calendar.holidays`).
    case invalidEntry(String, field: String)

    public var description: String {
        switch self {
        case let .invalidEntry(entry, field):
            let place = field.isEmpty ? "" : "（\(field)）"
            return "日历数据\(place)中的“\(entry)”无法识别：应为 YYYY-MM-DD 或 YYYY-MM-DD..YYYY-MM-DD（起始日不晚于结束日）"
        }
    }
}

extension String {
    /// Trimmed of surrounding U+0020 spaces only (inputs.md: tabs and other spaces are data).
    var trimmingASCIISpaces: String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
