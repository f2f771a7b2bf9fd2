/// A calendar quarter, written `YYYYQn`; its window is `[start, end)` in China time (rules.md).
public struct Quarter: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let year: Int
    /// 1…4
    public let number: Int

    public init?(year: Int, number: Int) {
        guard (1...9999).contains(year), (1...4).contains(number) else { return nil }
        self.year = year
        self.number = number
    }

    /// Parses `2026Q3` (also `2026q3`).
    public init?(_ text: String) {
        let parts = text.uppercased().split(separator: "Q", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 1,
              parts[0].allSatisfy(\.isASCII), let y = Int(parts[0]), let n = Int(parts[1]) else { return nil }
        self.init(year: y, number: n)
    }

    public var description: String { "\(year)Q\(number)" }

    /// `2026年第3季度`.
    public var chinese: String { "\(year)年第\(number)季度" }

    public static func < (lhs: Quarter, rhs: Quarter) -> Bool {
        (lhs.year, lhs.number) < (rhs.year, rhs.number)
    }

    /// First day of the quarter.
    public var startDay: Day { Day(year: year, month: number * 3 - 2, day: 1) ?? Day(ordinal: 0) }

    /// First day of the next quarter (exclusive end).
    public var endDay: Day {
        let next = number == 4 ? Day(year: year + 1, month: 1, day: 1) : Day(year: year, month: number * 3 + 1, day: 1)
        return next ?? startDay.adding(days: 92)
    }

    public var start: LocalDateTime { startDay.start }
    public var end: LocalDateTime { endDay.start }

    public func contains(_ moment: LocalDateTime) -> Bool { moment >= start && moment < end }
    public func contains(_ day: Day) -> Bool { day >= startDay && day < endDay }

    /// The previous quarter (`2026Q1` → `2025Q4`).
    public var previous: Quarter? {
        number == 1 ? Quarter(year: year - 1, number: 4) : Quarter(year: year, number: number - 1)
    }

    public var next: Quarter? {
        number == 4 ? Quarter(year: year + 1, number: 1) : Quarter(year: year, number: number + 1)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let q = Quarter(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a quarter: \(text)"))
        }
        self = q
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
