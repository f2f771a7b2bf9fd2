/// Decodes XML character data into UTF-8 bytes: the five named entities, numeric character references and,
/// for spreadsheet strings, the OOXML `_xHHHH_` escapes (how Excel stores control characters such as CR).
enum XMLText {
    /// Appends the decoded `range` of `p` to `out`. An unknown entity is kept as written.
    static func decode(_ p: UnsafePointer<UInt8>, _ range: Range<Int>, cdata: Bool = false, ooxmlEscapes: Bool,
                       into out: ByteBuffer) {
        guard !cdata else {
            out.append(UnsafeRawBufferPointer(start: p + range.lowerBound, count: range.count))
            return
        }
        out.reserve(out.count + range.count)
        var i = range.lowerBound
        var plainStart = i
        let end = range.upperBound
        func flush(_ upTo: Int) {
            if upTo > plainStart { out.append(UnsafeRawBufferPointer(start: p + plainStart, count: upTo - plainStart)) }
        }
        while i < end {
            let b = p[i]
            if b == UInt8(ascii: "&"), let (scalar, length) = entity(p, i, end) {
                flush(i)
                appendScalar(scalar, to: out)
                i += length
                plainStart = i
            } else if ooxmlEscapes, b == UInt8(ascii: "_"), let scalar = ooxmlEscape(p, i, end) {
                flush(i)
                appendScalar(scalar, to: out)
                i += 7
                plainStart = i
            } else {
                i += 1
            }
        }
        flush(end)
    }

    /// Decoded text as a String (for small documents: workbook, relationships, styles).
    static func string(_ p: UnsafePointer<UInt8>, _ range: Range<Int>) -> String {
        let buffer = ByteBuffer(capacity: range.count)
        decode(p, range, ooxmlEscapes: false, into: buffer)
        return ByteText.string(buffer.bytes)
    }

    /// `&amp;` … `&#x4E2D;` at `i`: the scalar and the entity's length.
    private static func entity(_ p: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> (UInt32, Int)? {
        var j = i + 1
        while j < end, j - i <= 12, p[j] != UInt8(ascii: ";") { j += 1 }
        guard j < end, p[j] == UInt8(ascii: ";") else { return nil }
        let body = UnsafeBufferPointer(start: p + i + 1, count: j - i - 1)
        let length = j - i + 1
        switch String(decoding: body, as: UTF8.self) {
        case "amp": return (0x26, length)
        case "lt": return (0x3C, length)
        case "gt": return (0x3E, length)
        case "quot": return (0x22, length)
        case "apos": return (0x27, length)
        default: break
        }
        guard body.count >= 2, body[0] == UInt8(ascii: "#") else { return nil }
        let hex = body[1] == UInt8(ascii: "x") || body[1] == UInt8(ascii: "X")
        let digits = body[(hex ? 2 : 1)...]
        guard !digits.isEmpty, let value = UInt32(String(decoding: digits, as: UTF8.self), radix: hex ? 16 : 10),
              Unicode.Scalar(value) != nil else { return nil }
        return (value, length)
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

    private static func appendScalar(_ value: UInt32, to out: ByteBuffer) {
        guard let scalar = Unicode.Scalar(value) else { return }
        for unit in String(Character(scalar)).utf8 { out.append(unit) }
    }
}
