#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes XML character data into UTF-8 bytes: the five named entities, numeric character references and,
/// for spreadsheet strings, the OOXML `_xHHHH_` escapes (how Excel stores control characters such as CR).
enum XMLText {
    /// Appends the decoded `range` of `p` to `out`. An unknown entity is kept as written. Decoding never makes
    /// text longer (`&#24037;` is 8 bytes for a 3-byte character), so the room is reserved once and written directly.
    static func decode(_ p: UnsafePointer<UInt8>, _ range: Range<Int>, cdata: Bool = false, ooxmlEscapes: Bool,
                       into out: ByteBuffer) {
        guard !cdata, needsDecoding(p, range, ooxmlEscapes: ooxmlEscapes) else {
            out.append(UnsafeRawBufferPointer(start: p + range.lowerBound, count: range.count))
            return
        }
        out.reserve(out.count + range.count)
        let d = out.base + out.count
        var w = 0
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let b = p[i]
            if b == UInt8(ascii: "&"), let (scalar, length) = entity(p, i, end) {
                w += writeScalar(scalar, to: d + w)
                i += length
            } else if ooxmlEscapes, b == UInt8(ascii: "_"), let scalar = ooxmlEscape(p, i, end) {
                w += writeScalar(scalar, to: d + w)
                i += 7
            } else {
                d[w] = b
                w += 1
                i += 1
            }
        }
        out.didWrite(w)
    }

    /// Whether the text holds a `&` (or, with OOXML escapes, a `_`): most ids and codes hold neither and are
    /// copied as they are.
    @inline(__always)
    static func needsDecoding(_ p: UnsafePointer<UInt8>, _ range: Range<Int>, ooxmlEscapes: Bool) -> Bool {
        for i in range where p[i] == UInt8(ascii: "&") || (ooxmlEscapes && p[i] == UInt8(ascii: "_")) { return true }
        return false
    }

    /// Decoded text as a String (for small documents: workbook, relationships, styles).
    static func string(_ p: UnsafePointer<UInt8>, _ range: Range<Int>) -> String {
        let buffer = ByteBuffer(capacity: range.count)
        decode(p, range, ooxmlEscapes: false, into: buffer)
        return ByteText.string(buffer.bytes)
    }

    /// `&amp;` … `&#x4E2D;` at `i`: the scalar and the entity's length. Byte comparisons only: exporters such as
    /// openpyxl write every non-ASCII character as a numeric reference, so this runs for most text.
    @inline(__always)
    private static func entity(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> (UInt32, Int)? {
        guard i + 3 < end else { return nil }
        if p[i + 1] == UInt8(ascii: "#"), p[i + 2] &- UInt8(ascii: "0") < 10 {
            // Decimal, the common case (`&#24037;`): a tight digit loop.
            var j = i + 2
            var value: UInt32 = 0
            while j < end, j - i < 9 { // at most 7 digits, as below
                let digit = p[j] &- UInt8(ascii: "0")
                guard digit < 10 else { break }
                value = value &* 10 &+ UInt32(digit)
                j += 1
            }
            guard j < end, p[j] == UInt8(ascii: ";"), Unicode.Scalar(value) != nil else { return nil }
            return (value, j - i + 1)
        }
        if p[i + 1] == UInt8(ascii: "#") {
            let hex = p[i + 2] == UInt8(ascii: "x") || p[i + 2] == UInt8(ascii: "X")
            var j = i + (hex ? 3 : 2)
            let digitsStart = j
            var value: UInt32 = 0
            while j < end, j - digitsStart < 8 {
                let b = p[j]
                let digit: UInt32
                switch b {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(b - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: digit = UInt32(b - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: digit = UInt32(b - UInt8(ascii: "A") + 10)
                case UInt8(ascii: ";"):
                    guard j > digitsStart, Unicode.Scalar(value) != nil else { return nil }
                    return (value, j - i + 1)
                default: return nil
                }
                value = value * (hex ? 16 : 10) + digit
                j += 1
            }
            return nil
        }
        func named(_ text: StaticString) -> Bool {
            let n = text.utf8CodeUnitCount
            return i + 1 + n <= end && memcmp(p + i + 1, text.utf8Start, n) == 0
        }
        switch p[i + 1] {
        case UInt8(ascii: "a"):
            if named("amp;") { return (0x26, 5) }
            if named("apos;") { return (0x27, 6) }
        case UInt8(ascii: "l"): if named("lt;") { return (0x3C, 4) }
        case UInt8(ascii: "g"): if named("gt;") { return (0x3E, 4) }
        case UInt8(ascii: "q"): if named("quot;") { return (0x22, 6) }
        default: break
        }
        return nil
    }

    /// `_x000D_` at `i` (always 7 bytes).
    private static func ooxmlEscape(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> UInt32? {
        guard i + 7 <= end, p[i + 1] == UInt8(ascii: "x"), p[i + 6] == UInt8(ascii: "_") else { return nil }
        var value: UInt32 = 0
        for k in 2..<6 {
            let b = p[i + k]
            let digit: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return Unicode.Scalar(value) == nil ? nil : value
    }

    /// Writes the UTF-8 of a valid scalar (callers check `Unicode.Scalar(value) != nil`); returns the byte count.
    @inline(__always)
    private static func writeScalar(_ value: UInt32, to d: UnsafeMutablePointer<UInt8>) -> Int {
        switch value {
        case 0..<0x80:
            d[0] = UInt8(value)
            return 1
        case 0x80..<0x800:
            d[0] = UInt8(0xC0 | value >> 6)
            d[1] = UInt8(0x80 | value & 0x3F)
            return 2
        case 0x800..<0x10000:
            d[0] = UInt8(0xE0 | value >> 12)
            d[1] = UInt8(0x80 | value >> 6 & 0x3F)
            d[2] = UInt8(0x80 | value & 0x3F)
            return 3
        default:
            d[0] = UInt8(0xF0 | value >> 18)
            d[1] = UInt8(0x80 | value >> 12 & 0x3F)
            d[2] = UInt8(0x80 | value >> 6 & 0x3F)
            d[3] = UInt8(0x80 | value & 0x3F)
            return 4
        }
    }
}
