import Foundation

/// The `%.2f` numbers of scores.csv (outputs.md) and the hundredths that rules.md compares.
public enum FixedPoint {
    /// C's `printf("%.2f")` of `x`: correctly rounded (ties of exactly representable values to even, as
    /// glibc does), and never `-0.00` (printed `0.00`).
    ///
    /// Scores and deductions (every finite value below 10¹³ in magnitude) are rounded in integers by
    /// `roundedHundredths`, exactly as printf rounds; anything else goes through printf itself (Foundation's
    /// `String(format:)`, which took a third of the ledger's record step: docs/PERFORMANCE.md "The ledger step").
    public static func format(_ x: Double) -> String {
        guard let hundredths = roundedHundredths(x) else {
            let text = String(format: "%.2f", x)
            return text == "-0.00" ? "0.00" : text
        }
        return text(hundredths: hundredths)
    }

    /// `x × 100` rounded to the nearest integer, ties to even, computed exactly from the binary value (as
    /// glibc's printf rounds the exact value); nil for NaN, infinities and magnitudes of 10¹³ or more.
    static func roundedHundredths(_ x: Double) -> Int? {
        guard x.isFinite, x.magnitude < 1e13 else { return nil }
        // x = ±significand × 2^exponent, significand < 2^53.
        let bits = x.significandBitPattern
        let biased = Int(x.exponentBitPattern)
        let significand = biased == 0 ? bits : bits | 1 << 52
        let exponent = (biased == 0 ? 1 : biased) - 1075
        let magnitude: UInt64
        if exponent >= 0 {
            magnitude = (significand << UInt64(exponent)) * 100  // an integer below 10¹³: no overflow
        } else {
            let scaled = significand * 100  // below 2^60
            let shift = UInt64(-exponent)
            if shift >= 64 {
                magnitude = 0  // below 2^60 / 2^64: under one half
            } else {
                let quotient = scaled >> shift
                let remainder = scaled & (1 << shift - 1)
                let half: UInt64 = 1 << (shift - 1)
                let up = remainder > half || (remainder == half && quotient & 1 == 1)
                magnitude = up ? quotient + 1 : quotient
            }
        }
        return x.sign == .minus ? -Int(magnitude) : Int(magnitude)
    }

    /// `-12.50` for -1250; `0.00` for 0.
    static func text(hundredths: Int) -> String {
        let magnitude = hundredths.magnitude
        let cents = magnitude % 100
        return (hundredths < 0 ? "-" : "") + String(magnitude / 100) + (cents < 10 ? ".0" : ".") + String(cents)
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
