/// One value of a scores.csv / scores.json row (outputs.md), typed so each writer formats it its own way.
public enum ScoreField: Hashable, Sendable {
    case text(String)
    case integer(Int)
    /// The `%.2f` text (`FixedPoint.format`); a JSON writer prints it as a number.
    case decimal(String)
    /// Codes in rulebook order; joined by `;` in CSV, an array in JSON.
    case list([String])
    /// Absent: empty in CSV, null in JSON.
    case empty

    /// The CSV cell before RFC 4180 quoting (the writer quotes where needed).
    public var csvText: String {
        switch self {
        case let .text(s), let .decimal(s): s
        case let .integer(n): String(n)
        case let .list(items): items.joined(separator: ";")
        case .empty: ""
        }
    }
}
