import Foundation

/// Masks phone numbers, which are personal data (outputs.md "Personal data"): never printed unmasked in any
/// output file, workbook cell or console line.
///
/// The forms covered are those office exports use: a mainland mobile (11 digits starting `1[3-9]`), also after a
/// `+86`, `0086` or `86` prefix, in full-width digits (`１３８…`), and with spaces, dashes of any kind
/// (`-` `‐` `‑` `‒` `–` `—` `－`), dots or slashes between the groups (`138-1234-5678`, `138/1234/5678`);
/// and landlines with an area code (`0871-65123456`, `(0871) 6512 3456`).
public enum PhoneMask {
    /// `13812345678` → `138****5678`; any other text keeps its first three and last four digits
    /// around `****` (`0871-65551234` → `087****1234`); fewer than eight digits → `****`.
    /// Full-width digits count as digits (and come out ASCII).
    public static func mask(_ phone: String) -> String {
        let digits = asciiDigits(phone)
        guard digits.count >= 8 else { return "****" }
        return String(digits.prefix(3)) + "****" + String(digits.suffix(4))
    }

    /// Masks every phone number inside free text: a mobile keeps its prefix as written, its first three and
    /// last four digits (ASCII) around `****` (`联系１３８－１２３４－５６７８` → `联系138****5678`,
    /// `+86 138 1234 5678` → `+86 138****5678`); a landline keeps its area code and last four digits
    /// (`0871-65123456` → `0871-****3456`). Digits touching other digits are not a phone (`编号213812345678`).
    public static func maskAll(in text: String) -> String { maskAll(in: text, prefiltered: true) }

    /// `maskAll`, with the fast pre-check `mayHoldPhone` switched off when `prefiltered` is false (a test shows
    /// the pre-check never hides a phone that the patterns alone would mask). The patterns are matched on the
    /// UTF-8 bytes (`PhonePatterns`), mobiles first, then landlines in what is left.
    static func maskAll(in text: String, prefiltered: Bool) -> String {
        guard !prefiltered || mayHoldPhone(text) else { return text }  // fast path: most values hold no phone
        let result = masking(text, PhonePatterns.maskMobiles) ?? text
        guard !prefiltered || mayHoldPhone(result) else { return result }
        return masking(result, PhonePatterns.maskLandlines) ?? result
    }

    /// `text` passed through a byte-level masking pass, or nil when the pass found nothing.
    private static func masking(_ text: String, _ pass: (UnsafeBufferPointer<UInt8>) -> [UInt8]?) -> String? {
        var text = text
        return text.withUTF8(pass).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The reference for `PhonePatterns`: the regular expressions themselves, both passes, no pre-check (tests).
    static func maskAllByPatterns(in text: String) -> String {
        let result = replacing(mobile, in: text) { match, source in
            group(match, 1, source) + asciiDigits(group(match, 2, source)) + "****" + asciiDigits(group(match, 3, source))
        }
        return replacing(landline, in: result) { match, source in group(match, 1, source) + "****" + group(match, 2, source) }
    }

    /// A field value of a table output (CSV, JSON): masked as in `maskAll`, except a value that is only ASCII
    /// digits, which is a count or a numeric id (an 11-digit sum of items must stay a number).
    public static func maskValue(_ value: String) -> String {
        value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) ? value : maskAll(in: value)
    }

    /// Whether `text` may hold a phone number the patterns match: a group of digits not preceded by a digit that
    /// starts like a mobile (`1[3-9]`, three digits or more), a landline's area code (`0`, three digits or more)
    /// or a `86` prefix, followed — across separators — by at least ten digits in all. Every match of the
    /// patterns has one, and dates (`2026-07-14 10:00`), times and URL paths with a date mostly do not, so
    /// the regular expressions (microseconds a value) run only where they may find something.
    public static func mayHoldPhone(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { mayHoldPhone(utf8: $0) }
    }

    static func mayHoldPhone(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Most values (names, ids, categories, descriptions) hold fewer than ten digits: settled by one tight
        // count over the bytes, before `hasPhoneLikeRun` looks at each character.
        mayHoldTenDigits(utf8: bytes) && hasPhoneLikeRun(utf8: bytes)
    }

    /// The scan of `mayHoldPhone`, character by character, without the digit count before it.
    static func hasPhoneLikeRun(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var runDigits = 0          // digits since the run (digits joined by separators) began
        var candidate: Int?        // runDigits where the earliest phone-like group of the run began
        var chunkLength = 0        // digits of the current group (no separator inside)
        var chunkStart = 0
        var first = 0, second = 0
        var i = 0
        let count = bytes.count
        func endChunk() {
            if candidate == nil, chunkLength == 2, first == 8, second == 6 { candidate = chunkStart }
            chunkLength = 0
        }
        while i < count {
            let (kind, digit, width) = token(bytes, at: i)
            i += width
            switch kind {
            case .digit:
                if chunkLength == 0 {
                    chunkStart = runDigits
                    first = digit
                }
                chunkLength += 1
                runDigits += 1
                if chunkLength == 2 { second = digit }
                if candidate == nil, chunkLength == 3,
                   (first == 1 && second >= 3) || first == 0 || (first == 8 && second == 6) {
                    candidate = chunkStart
                }
                if let start = candidate, runDigits - start >= 10 { return true }
            case .separator:
                endChunk()
            case .other:
                endChunk()
                runDigits = 0
                candidate = nil
            }
        }
        return false
    }

    /// Fewest digits of any phone the patterns match (a landline `010 123 4567`; a mobile has 11), and so of
    /// any text `mayHoldPhone` accepts: it needs ten digits from the start of a phone-like group.
    static let fewestPhoneDigits = 10

    /// Whether `bytes` may hold `fewestPhoneDigits` digits: ASCII digits plus `EF` bytes, the lead byte of every
    /// full-width digit (`EF BC 90`–`99`), reach ten. An over-count never hides a phone.
    ///
    /// The count runs in blocks of 255 bytes into a byte-wide counter (a byte adds at most 1), which the compiler
    /// turns into vector code over 16 or more bytes at a time; an `Int` counter kept it to 4 bytes a step
    /// (docs/PERFORMANCE.md "The workbook's rows, eighth session").
    static func mayHoldTenDigits(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= fewestPhoneDigits else { return false }
        var count = 0
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + 255)
            var block: UInt8 = 0
            for i in start..<end {
                let byte = bytes[i]
                block &+= (byte &- 0x30 < 10 ? 1 : 0) | (byte == 0xEF ? 1 : 0)
            }
            count += Int(block)
            if count >= fewestPhoneDigits { return true }
            start = end
        }
        return false
    }

    private enum TokenKind { case digit, separator, other }

    /// The character at `i`: a digit (ASCII or full-width) with its value, a separator phones are written with,
    /// or anything else; and its width in bytes.
    @inline(__always)
    private static func token(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (TokenKind, Int, Int) {
        let byte = bytes[i]
        if byte < 0x80 {
            switch byte {
            case 0x30...0x39: return (.digit, Int(byte - 0x30), 1)
            case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: " "), UInt8(ascii: "("), UInt8(ascii: ")"),
                 UInt8(ascii: "+"), UInt8(ascii: "/"):
                return (.separator, 0, 1)
            default: return (.other, 0, 1)
            }
        }
        let count = bytes.count
        let b1 = i + 1 < count ? bytes[i + 1] : 0
        let b2 = i + 2 < count ? bytes[i + 2] : 0
        if byte == 0xEF, b1 == 0xBC, (0x90...0x99).contains(b2) { return (.digit, Int(b2 - 0x90), 3) }
        if (byte == 0xEF && b1 == 0xBC && (b2 == 0x8B || b2 == 0x8D || b2 == 0x8E || b2 == 0x8F))
            || (byte == 0xE2 && b1 == 0x80 && (0x90...0x95).contains(b2))
            || (byte == 0xE3 && b1 == 0x80 && b2 == 0x80) {
            return (.separator, 0, 3)
        }
        if byte == 0xC2, b1 == 0xA0 { return (.separator, 0, 2) }
        return (.other, 0, 1)
    }

    /// Seven or more digits (ASCII or full-width) in a row, allowing the separators phone numbers are written
    /// with: every phone number the patterns match has them. Checked on the UTF-8 bytes without decoding,
    /// because a province's outputs hold millions of values.
    public static func hasLongDigitRun(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { hasLongDigitRun(utf8: $0) }
    }

    public static func hasLongDigitRun(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var digits = 0
        var i = 0
        let count = bytes.count
        while i < count {
            let byte = bytes[i]
            if byte < 0x80 {
                switch byte {
                case 0x30...0x39:
                    digits += 1
                    if digits >= 7 { return true }
                case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: " "), UInt8(ascii: "("), UInt8(ascii: ")"),
                     UInt8(ascii: "+"), UInt8(ascii: "/"):
                    break
                default:
                    digits = 0
                }
                i += 1
                continue
            }
            // Multi-byte: full-width digits EF BC 90–99; separators EF BC 8B/8D/8E/8F (＋－．／),
            // E2 80 90–95 (‐ ‑ ‒ – — ―), E3 80 80 (ideographic space), C2 A0 (no-break space).
            let b1 = i + 1 < count ? bytes[i + 1] : 0
            let b2 = i + 2 < count ? bytes[i + 2] : 0
            if byte == 0xEF, b1 == 0xBC, (0x90...0x99).contains(b2) {
                digits += 1
                if digits >= 7 { return true }
                i += 3
            } else if (byte == 0xEF && b1 == 0xBC && [0x8B, 0x8D, 0x8E, 0x8F].contains(b2))
                        || (byte == 0xE2 && b1 == 0x80 && (0x90...0x95).contains(b2))
                        || (byte == 0xE3 && b1 == 0x80 && b2 == 0x80) {
                i += 3
            } else if byte == 0xC2, b1 == 0xA0 {
                i += 2
            } else {
                digits = 0
                i += 1
            }
        }
        return false
    }

    /// Masks a rejected row's raw text (rejects.csv, the workbook's 数据质量 sheet): every phone as in
    /// `maskAll`, and in a row of the editors table, whose phone column may hold any local form, every run
    /// of 7 or more digits (groups joined by a separator) down to its last four (`6512 3456` → `****3456`).
    public static func maskRejectedRow(_ raw: String, file: String) -> String {
        let masked = maskAll(in: raw)
        guard file.lowercased().hasPrefix("editors."), hasLongDigitRun(masked) else { return masked }
        return replacing(digitRun, in: masked) { match, source in "****" + String(asciiDigits(group(match, 0, source)).suffix(4)) }
    }

    // MARK: - Patterns

    private static let digit = "[0-9\u{FF10}-\u{FF19}]"
    private static let separator = "[-\u{2010}-\u{2015}\u{FF0D}.\u{FF0E}/\u{FF0F} \u{3000}\u{00A0}]?"
    private static let mobile = try? NSRegularExpression(pattern:
        "(?<!\(digit))((?:(?:[+\u{FF0B}]|00|\u{FF10}\u{FF10})?[8\u{FF18}][6\u{FF16}]\(separator))?)"
        + "([1\u{FF11}][3-9\u{FF13}-\u{FF19}]\(digit))\(separator)\(digit){4}\(separator)(\(digit){4})(?!\(digit))")
    private static let landline = try? NSRegularExpression(
        pattern: "(?<!\(digit))(\\(?0[0-9]{2,3}\\)?\(separator))[0-9]{3,4}\(separator)([0-9]{4})(?!\(digit))")
    private static let digitRun = try? NSRegularExpression(
        pattern: "(?<!\(digit))\(digit)(?:\(separator)\(digit)){6,}(?!\(digit))")

    // MARK: - Helpers

    /// The digits of `text`, full-width ones as ASCII; everything else dropped.
    static func asciiDigits<S: StringProtocol>(_ text: S) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39: out.unicodeScalars.append(scalar)
            case 0xFF10...0xFF19:
                if let ascii = Unicode.Scalar(scalar.value - 0xFF10 + 0x30) { out.unicodeScalars.append(ascii) }
            default: continue
            }
        }
        return out
    }

    private static func group(_ match: NSTextCheckingResult, _ index: Int, _ text: String) -> String {
        guard let range = Range(match.range(at: index), in: text) else { return "" }
        return String(text[range])
    }

    /// `text` with every match of `regex` replaced by `replacement(match, text)`.
    private static func replacing(_ regex: NSRegularExpression?, in text: String,
                                  _ replacement: (NSTextCheckingResult, String) -> String) -> String {
        guard let regex else { return text }
        let matches = regex.matches(in: text, range: NSRange(text.startIndex..., in: text))
        guard !matches.isEmpty else { return text }
        var result = ""
        var last = text.startIndex
        for match in matches {
            guard let found = Range(match.range, in: text) else { continue }
            result += text[last..<found.lowerBound]
            result += replacement(match, text)
            last = found.upperBound
        }
        return result + text[last...]
    }
}
