import Foundation

/// Masks phone numbers in free text (raw rejected rows may come from editors.csv): `13812345678` →
/// `138****5678`, `0871-65123456` → `0871-****3456`. Phone numbers never reach the workbook unmasked.
enum PhoneMask {
    private static let mobile = try? NSRegularExpression(pattern: "(?<![0-9])(1[3-9][0-9])[0-9]{4}([0-9]{4})(?![0-9])")
    private static let landline = try? NSRegularExpression(pattern: "(?<![0-9])(0[0-9]{2,3}-?)[0-9]{3,4}([0-9]{4})(?![0-9])")

    static func mask(_ text: String) -> String {
        guard text.contains(where: \.isNumber) else { return text }
        var result = text
        for (regex, template) in [(mobile, "$1****$2"), (landline, "$1****$2")] {
            guard let regex else { continue }
            let range = NSRange(result.startIndex..., in: result)
            result = regex.stringByReplacingMatches(in: result, range: range, withTemplate: template)
        }
        return result
    }
}
