/// One value of a unit's score row (`ScoreColumn`), typed so that each output writes it its own way: scores.csv
/// and the ledger print numbers with `FixedPoint.format` and codes, scores.json prints numbers and arrays,
/// 单位评分 keeps numbers as numbers and shows the Chinese of each code.
public enum ScoreValue: Hashable, Sendable {
    case text(String)
    case integer(Int)
    /// A number shown with two decimals: points, or a rate already in permille (the sheet adds `‰`).
    case number(Double, NumberKind)
    /// One coded value (a decision).
    case code(Coded)
    /// Coded values in rulebook order (triggers, missing systems).
    case codes([Coded])
    /// Absent: empty in CSV, the ledger and the sheet, null in JSON.
    case empty

    public enum NumberKind: Hashable, Sendable {
        case points
        case permille
    }

    /// A code as files store it and its Chinese as people read it.
    public struct Coded: Hashable, Sendable {
        public let code: String
        public let chinese: String

        public init(_ value: some CodedValue) {
            code = value.code
            chinese = value.chinese
        }
    }

    /// The value as scores.csv and scores.json write it.
    public var field: ScoreField {
        switch self {
        case let .text(s): .text(s)
        case let .integer(n): .integer(n)
        case let .number(x, _): .decimal(FixedPoint.format(x))
        case let .code(c): .text(c.code)
        case let .codes(list): .list(list.map(\.code))
        case .empty: .empty
        }
    }
}
