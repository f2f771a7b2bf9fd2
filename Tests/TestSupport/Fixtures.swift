import AssessCore

/// Shorthands for building test values.
public enum Fixtures {
    /// `Day` from `YYYY-MM-DD`; traps on a bad literal (tests only).
    public static func day(_ text: String) -> Day {
        let p = text.split(separator: "-").compactMap { Int($0) }
        return Day(year: p[0], month: p[1], day: p[2])!
    }

    /// `LocalDateTime` from `YYYY-MM-DD HH:MM[:SS]` China time (tests only).
    public static func time(_ text: String) -> LocalDateTime {
        let parts = text.split(separator: " ")
        let hms = parts[1].split(separator: ":").compactMap { Int($0) }
        return LocalDateTime(day: day(String(parts[0])), hour: hms[0], minute: hms[1], second: hms.count > 2 ? hms[2] : 0)
    }
}
