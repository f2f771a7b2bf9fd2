import Foundation

/// The `%.2f` numbers of scores.csv (outputs.md) and the hundredths that rules.md compares.
public enum FixedPoint {
    /// C's `printf("%.2f")` of `x`: correctly rounded (ties of exactly representable values to even, as
    /// glibc does), and never `-0.00` (printed `0.00`).
    public static func format(_ x: Double) -> String {
        let text = String(format: "%.2f", x)
        return text == "-0.00" ? "0.00" : text
    }

    /// The hundredths of `x` as printed by `format` (`96.625` → 9662): what rules.md compares.
    public static func hundredths(of x: Double) -> Int { hundredths(format(x)) ?? 0 }

    /// The integer read from a printed score without its point: `96.62` → 9662, `-1.50` → -150.
    /// Accepts an optional minus sign, ASCII digits and at most two decimals (`96.6` → 9660, `96` → 9600);
    /// anything else gives nil.
    public static func hundredths(_ printed: String) -> Int? {
        var text = Substring(printed.trimmingASCIISpaces)
        var negative = false
        if text.first == "-" {
            negative = true
            text.removeFirst()
        } else if text.first == "+" {
            text.removeFirst()
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.count <= 15,
              whole.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        var fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.count <= 2, fraction.allSatisfy({ $0.isASCII && $0.isNumber }),
              parts.count == 1 || !fraction.isEmpty else { return nil }
        while fraction.count < 2 { fraction.append("0") }
        guard let w = Int(whole), let f = Int(fraction) else { return nil }
        let value = w * 100 + f
        return negative ? -value : value
    }
}
