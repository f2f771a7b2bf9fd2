import AssessCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a worksheet number turns into the text a person sees in Excel (inputs.md "Excel workbooks").
enum XLSXCellText {
    /// Appends the shortest decimal that reads back as the same double: `3`, `0.1`, `123456789012`, never an
    /// exponent (`1e+16` becomes `10000000000000000`). Text that is not a number is appended as it is.
    static func appendNumber(_ v: UnsafeRawBufferPointer, to out: ByteBuffer) {
        if isPlainInteger(v) {
            out.append(v)
            return
        }
        guard let value = double(v), value.isFinite else {
            out.append(v)
            return
        }
        appendDecimal(value, to: out)
    }

    /// The number a worksheet `<v>` holds; nil unless the whole text is a decimal number of at most 63 bytes.
    /// Plain decimals of up to 15 or 16 digits (every date serial) are exact in one division; the rest go to
    /// `strtod` on a stack copy (no String per cell).
    static func double(_ v: UnsafeRawBufferPointer) -> Double? {
        if let value = exactDecimal(v) { return value }
        guard !v.isEmpty, v.count < 64 else { return nil }
        for b in v {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "+"),
                 UInt8(ascii: "e"), UInt8(ascii: "E"): continue
            default: return nil
            }
        }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer -> Double? in
            guard let base = buffer.baseAddress, let source = v.baseAddress else { return nil }
            UnsafeMutableRawPointer(base).copyMemory(from: source, byteCount: v.count)
            base[v.count] = 0
            var end: UnsafeMutablePointer<CChar>?
            let value = strtod(base, &end)
            guard let end, end == base + v.count else { return nil }
            return value
        }
    }

    /// `[-]digits[.digits]` whose digits, read as one integer, fit a double's 53-bit mantissa, with at most 22
    /// fraction digits: that integer and the power of ten are exact doubles, so their quotient is the correctly
    /// rounded value, as `strtod` gives it (Clinger's fast path). nil for anything else.
    @inline(__always)
    private static func exactDecimal(_ v: UnsafeRawBufferPointer) -> Double? {
        var i = 0
        let negative = !v.isEmpty && v[0] == UInt8(ascii: "-")
        if negative { i = 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var seenPoint = false
        while i < v.count {
            let b = v[i]
            let digit = b &- UInt8(ascii: "0")
            if digit < 10 {
                guard digits < 19 else { return nil }
                mantissa = mantissa &* 10 &+ UInt64(digit)
                digits += 1
                if seenPoint { fractionDigits += 1 }
            } else if b == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else {
                return nil
            }
            i += 1
        }
        guard digits > 0, mantissa <= 1 << 53, fractionDigits < powersOfTen.count else { return nil }
        let value = Double(mantissa) / powersOfTen[fractionDigits]
        return negative ? -value : value
    }

    /// 1e0 … 1e22, each exact as a double (a literal, so the compiler lays it out statically: no lazy
    /// initialisation checked on every call).
    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// Up to 15 digits, optional minus, no leading zero: already the shortest form (the common case).
    @inline(__always)
    private static func isPlainInteger(_ v: UnsafeRawBufferPointer) -> Bool {
        var i = 0
        if i < v.count, v[i] == UInt8(ascii: "-") { i += 1 }
        let digits = v.count - i
        guard digits >= 1, digits <= 15 else { return false }
        if v[i] == UInt8(ascii: "0") { return digits == 1 && i == 0 }
        while i < v.count {
            guard v[i] &- UInt8(ascii: "0") < 10 else { return false }
            i += 1
        }
        return true
    }

    /// Swift's shortest round-trip `description`, rewritten without an exponent or a `.0`.
    static func appendDecimal(_ value: Double, to out: ByteBuffer) {
        if value == 0 {
            out.append(UInt8(ascii: "0"))
            return
        }
        let text = Array(value.magnitude.description.utf8)
        var mantissa = text[...]
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            mantissa = text[..<e]
            exponent = Int(String(decoding: text[(e + 1)...], as: UTF8.self)) ?? 0
        }
        var digits: [UInt8] = []
        var point = mantissa.count
        for (k, b) in mantissa.enumerated() {
            if b == UInt8(ascii: ".") { point = k } else { digits.append(b) }
        }
        point += exponent
        // Integer digits are digits[..<point] (zero-padded on the right), fraction the rest (zero-padded left).
        var integer: [UInt8] = []
        var fraction: [UInt8] = []
        if point <= 0 {
            fraction = Array(repeating: UInt8(ascii: "0"), count: -point) + digits
        } else if point >= digits.count {
            integer = digits + Array(repeating: UInt8(ascii: "0"), count: point - digits.count)
        } else {
            integer = Array(digits[..<point])
            fraction = Array(digits[point...])
        }
        while let first = integer.first, first == UInt8(ascii: "0") { integer.removeFirst() }
        while let last = fraction.last, last == UInt8(ascii: "0") { fraction.removeLast() }
        if value < 0 { out.append(UInt8(ascii: "-")) }
        if integer.isEmpty { out.append(UInt8(ascii: "0")) }
        integer.withUnsafeBytes { out.append($0) }
        if !fraction.isEmpty {
            out.append(UInt8(ascii: "."))
            fraction.withUnsafeBytes { out.append($0) }
        }
    }

    // MARK: - Dates

    /// What a date-formatted cell shows.
    enum DateShown {
        /// The text was appended.
        case shown
        /// Out of Excel's range (negative, or after 9999-12-31): Excel shows `#######`.
        case outOfRange
    }

    /// Appends the date (`2026-07-01`) or date-time (`2026-07-01 09:30:00`, rounded to the second) of an Excel
    /// serial, in the workbook's date system. Serials are local (China) time: no conversion.
    ///
    /// 1900 system: 1 = 1900-01-01; Excel's phantom 1900-02-29 (60) and day 0 (`1900-01-00`) are shown as Excel
    /// shows them, so they are not valid dates afterwards. 1904 system: 0 = 1904-01-01.
    static func appendDate(serial: Double, withTime: Bool, date1904: Bool, to out: ByteBuffer) -> DateShown {
        guard serial.isFinite, serial >= 0, serial < 3_000_000 else { return .outOfRange }
        let seconds = Int((serial * 86_400).rounded())
        let days = seconds / 86_400
        let secondOfDay = seconds - days * 86_400
        let ymd: (year: Int, month: Int, day: Int)
        if date1904 {
            ymd = Day(ordinal: days - 24_107).components
        } else if days == 0 {
            ymd = (1900, 1, 0)
        } else if days == 60 {
            ymd = (1900, 2, 29)
        } else {
            ymd = Day(ordinal: days - (days < 60 ? 25_568 : 25_569)).components
        }
        guard ymd.year <= 9999 else { return .outOfRange }
        // Written into reserved room at once (a date cell on every row: one append per digit was over a third of
        // this function's instructions).
        out.reserve(out.count + 19)
        let d = out.base + out.count
        writeDigits(ymd.year, 4, to: d)
        d[4] = UInt8(ascii: "-")
        writeDigits(ymd.month, 2, to: d + 5)
        d[7] = UInt8(ascii: "-")
        writeDigits(ymd.day, 2, to: d + 8)
        guard withTime else {
            out.didWrite(10)
            return .shown
        }
        d[10] = UInt8(ascii: " ")
        writeDigits(secondOfDay / 3600, 2, to: d + 11)
        d[13] = UInt8(ascii: ":")
        writeDigits(secondOfDay / 60 % 60, 2, to: d + 14)
        d[16] = UInt8(ascii: ":")
        writeDigits(secondOfDay % 60, 2, to: d + 17)
        out.didWrite(19)
        return .shown
    }

    /// Writes `value` (0 ≤ value < 10^width) as `width` zero-padded digits.
    @inline(__always)
    private static func writeDigits(_ value: Int, _ width: Int, to d: UnsafeMutablePointer<UInt8>) {
        var rest = value
        for k in stride(from: width - 1, through: 0, by: -1) {
            d[k] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
    }
}
