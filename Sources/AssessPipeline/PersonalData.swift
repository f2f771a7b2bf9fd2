import AssessCore

/// Keeps personal data (phone numbers) out of every output, log and message.
public enum PersonalData {
    /// Masks every run of 7 or more ASCII digits that looks like a phone number (`13812345678` → `138****5678`).
    /// Used on raw rejected rows of the editors table, which may contain a phone number.
    public static func redact(_ text: String) -> String {
        var out = ""
        var digits = ""
        func flush() {
            out += digits.count >= 7 ? PhoneMask.mask(digits) : digits
            digits = ""
        }
        for ch in text {
            if ch.isASCII, ch.isNumber { digits.append(ch) } else { flush(); out.append(ch) }
        }
        flush()
        return out
    }
}
