import AssessCore

/// RFC 4180 output: a field is quoted only when it needs it (comma, quote, CR or LF); LF line ends.
///
/// This is the phone-masking boundary of every CSV output (outputs.md "Personal data"): a field that is not
/// only ASCII digits (a count or a numeric id) has its phone numbers masked.
public enum CSVText {
    /// The UTF-8 byte-order mark that starts a CSV file for people (outputs.md "CSV files for people").
    public static let byteOrderMark = "\u{FEFF}"

    public static func field(_ value: String) -> String {
        let value = PhoneMask.maskValue(value)
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func row(_ values: [String]) -> String {
        values.map(field).joined(separator: ",") + "\n"
    }
}
