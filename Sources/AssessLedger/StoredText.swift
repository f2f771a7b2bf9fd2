import AssessCore
import Foundation
import GRDB

/// How values are written into and read back from the ledger's text columns.
///
/// Scores and deductions are stored as printed in scores.csv, so that a later quarter reads the previous
/// score exactly as the office saw it (rules.md "hundredths").
enum StoredText {
    /// A score column's value as its `unit_result` column holds it: counts as integers, numbers as printed in
    /// scores.csv, codes `;`-joined, nothing as the empty text.
    static func stored(_ value: ScoreValue) -> any DatabaseValueConvertible {
        switch value {
        case let .integer(n): n
        case .text, .number, .code, .codes, .empty: value.field.csvText
        }
    }

    /// Parses a `;`-joined code list; nil when some code is unknown.
    static func parseCodes<Value: CodedValue>(_ text: String, as type: Value.Type = Value.self) -> [Value]? {
        if text.isEmpty { return [] }
        var values: [Value] = []
        for part in text.split(separator: ";", omittingEmptySubsequences: false) {
            guard let value = Value(parsing: String(part)) else { return nil }
            values.append(value)
        }
        return values
    }

    /// `YYYY-MM-DD`.
    static func parseDay(_ text: String) -> Day? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return Day(year: y, month: m, day: d)
    }

    /// `YYYY-MM-DD HH:MM:SS`, as `LocalDateTime.description` writes it.
    static func parseDateTime(_ text: String) -> LocalDateTime? {
        let parts = text.split(separator: " ")
        guard parts.count == 2, let day = parseDay(String(parts[0])) else { return nil }
        let hms = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard hms.count == 3, hms.allSatisfy({ $0.count == 2 }),
              let h = Int(hms[0]), let m = Int(hms[1]), let s = Int(hms[2]),
              (0..<24).contains(h), (0..<60).contains(m), (0..<60).contains(s) else { return nil }
        return LocalDateTime(day: day, hour: h, minute: m, second: s)
    }
}
