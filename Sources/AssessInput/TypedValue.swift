import AssessCore

/// Dates and datetimes typed on the command line, parsed by exactly the rules of the input files (inputs.md
/// "Value types"): `2026-10-08`, `2026/10/8`; `2026-10-08 17:00`, `2026-10-08T17:00:00+08:00`.
public enum TypedValue {
    public static func dateTime(_ text: String) -> LocalDateTime? {
        Array(text.utf8).withUnsafeBytes { ValueParser.dateTime(ByteText.trimmed($0)) }
    }

    public static func date(_ text: String) -> Day? {
        Array(text.utf8).withUnsafeBytes { ValueParser.day(ByteText.trimmed($0)) }
    }
}
