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
    /// `联系138****5678`) — and landlines with an area code (`0871-65123456` → `0871-****3456`).
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

    /// A run of at least 7 ASCII digits: every phone number the patterns below match has one.
    static func hasLongDigitRun(_ text: String) -> Bool {
        var run = 0
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                run += 1
                if run >= 7 { return true }
            } else {
                run = 0
            }
        }
        return false
    }

    private static let mobile = try? NSRegularExpression(pattern: "(?<![0-9])(1[3-9][0-9])[0-9]{4}([0-9]{4})(?![0-9])")
    private static let landline = try? NSRegularExpression(pattern: "(?<![0-9])(0[0-9]{2,3}-?)[0-9]{3,4}([0-9]{4})(?![0-9])")
}
