import AssessCore

/// Minimal JSON writing where key order matters (scores.json keeps the scores.csv column order).
public enum JSONText {
    /// A JSON string literal, phone numbers masked unless the value is only ASCII digits (as `CSVText.field`).
    public static func string(_ value: String) -> String {
        let value = PhoneMask.maskValue(value)
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let s where s.value < 0x20:
                let hex = String(s.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// `{"k":v,…}` from already-encoded values, in the given order.
    public static func object(_ members: [(String, String)]) -> String {
        "{" + members.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }
}
