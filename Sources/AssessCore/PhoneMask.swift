import Foundation

/// Masks phone numbers, which are personal data (inputs.md editors.phone): never printed unmasked.
public enum PhoneMask {
    /// `13812345678` → `138****5678`; any other text keeps its first three and last four digits
    /// around `****` (`0871-65551234` → `087****1234`); fewer than eight digits → `****`.
    public static func mask(_ phone: String) -> String {
        let digits = phone.filter { $0.isASCII && $0.isNumber }
        guard digits.count >= 8 else { return "****" }
        return String(digits.prefix(3)) + "****" + String(digits.suffix(4))
    }

    /// Masks every phone number inside free text (raw rejected rows may come from editors.csv): mainland
    /// mobiles — 11 ASCII digits starting `1[3-9]`, not touching other digits (`联系13812345678` →
    /// `联系138****5678`), also written in groups (`138-1234-5678`, `138 1234 5678`, `138.1234.5678`) or after
    /// `86` / `+86` — and landlines with an area code (`0871-65123456` → `0871-****3456`, `(0871) 6512 3456`
    /// → `(0871) ****3456`).
    public static func maskAll(in text: String) -> String {
        guard hasLongDigitRun(text) else { return text }  // fast path: most values hold no phone number
        var result = text
        for (regex, template) in [(mobile, "$1****$2"), (landline, "$1****$2")] {
            guard let regex else { continue }
            let range = NSRange(result.startIndex..., in: result)
            result = regex.stringByReplacingMatches(in: result, range: range, withTemplate: template)
        }
        return result
    }

    /// Seven or more ASCII digits in a row, allowing the separators phone numbers are written with
    /// (`-`, `.`, space, brackets, `+`): every phone number the patterns below match has them.
    public static func hasLongDigitRun(_ text: String) -> Bool {
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39:
                digits += 1
                if digits >= 7 { return true }
            case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: " "), UInt8(ascii: "("), UInt8(ascii: ")"),
                 UInt8(ascii: "+"):
                continue
            default:
                digits = 0
            }
        }
        return false
    }

    /// Masks a rejected row's raw text (rejects.csv, the workbook's 数据质量 sheet): every phone as in
    /// `maskAll`, and in a row of the editors table, whose phone column may hold any local form, every run
    /// of 7 or more digits (groups joined by `-`, `.` or a space) down to its last four (`6512 3456` → `****3456`).
    public static func maskRejectedRow(_ raw: String, file: String) -> String {
        let masked = maskAll(in: raw)
        guard file.hasPrefix("editors."), let digitRun else { return masked }
        var result = ""
        var last = masked.startIndex
        let range = NSRange(masked.startIndex..., in: masked)
        for match in digitRun.matches(in: masked, range: range) {
            guard let found = Range(match.range, in: masked) else { continue }
            result += masked[last..<found.lowerBound]
            result += "****" + String(masked[found].filter { $0.isASCII && $0.isNumber }.suffix(4))
            last = found.upperBound
        }
        return result + masked[last...]
    }

    private static let separator = "[-. ]?"
    private static let mobile = try? NSRegularExpression(
        pattern: "(?<![0-9])((?:\\+?86\(separator))?1[3-9][0-9])\(separator)[0-9]{4}\(separator)([0-9]{4})(?![0-9])")
    private static let landline = try? NSRegularExpression(
        pattern: "(?<![0-9])(\\(?0[0-9]{2,3}\\)?\(separator))[0-9]{3,4}\(separator)([0-9]{4})(?![0-9])")
    private static let digitRun = try? NSRegularExpression(pattern: "(?<![0-9])[0-9](?:\(separator)[0-9]){6,}(?![0-9])")
}
