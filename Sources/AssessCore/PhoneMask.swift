/// Masks phone numbers, which are personal data (inputs.md editors.phone): never printed unmasked.
public enum PhoneMask {
    /// `13812345678` → `138****5678`; any other text keeps its first three and last four digits
    /// around `****` (`0871-65551234` → `087****1234`); fewer than eight digits → `****`.
    public static func mask(_ phone: String) -> String {
        let digits = phone.filter { $0.isASCII && $0.isNumber }
        guard digits.count >= 8 else { return "****" }
        return String(digits.prefix(3)) + "****" + String(digits.suffix(4))
    }

    /// Masks every mainland mobile number inside free text: a run of exactly 11 ASCII digits that starts
    /// with `1` and a digit 3–9, not touching other digits (`联系13812345678` → `联系138****5678`).
    public static func maskAll(in text: String) -> String {
        var result = ""
        var run = ""
        func flush() {
            if run.count == 11, run.hasPrefix("1"), let second = run.dropFirst().first, "3456789".contains(second) {
                result += mask(run)
            } else {
                result += run
            }
            run = ""
        }
        for character in text {
            if character.isASCII, character.isNumber {
                run.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }
}
