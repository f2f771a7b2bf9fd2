/// Scans one flat JSON object from bytes into a record's values (inputs.md "JSON and JSON Lines").
///
/// Strings, numbers and booleans become text (trimmed of U+0020; `""` and `null` are absent); an object or
/// array value is skipped iteratively (no recursion, so hostile nesting cannot exhaust the stack) and
/// marked nested. Keys are matched like header names; unknown keys are ignored; a repeated key keeps its
/// first value.
struct JSONObjectScanner {
    enum Outcome {
        /// The object ends before this index.
        case complete(Int)
        /// The bytes end inside the object.
        case needMore
        case malformed(String)
    }

    let schema: TableSchema
    /// Where unescaped strings go; the caller reserves enough room for the whole object beforehand.
    let scratch: ByteBuffer

    /// Scans the object starting at `start` (a `{`). `values` must be all `.absent` on entry.
    func scan(_ p: UnsafePointer<UInt8>, from start: Int, count: Int,
              into values: UnsafeMutableBufferPointer<FieldValue>, seen: inout [Bool]) -> Outcome {
        var i = start + 1
        var first = true
        while true {
            i = skipSpace(p, i, count)
            guard i < count else { return .needMore }
            if p[i] == UInt8(ascii: "}") {
                guard first else { return .malformed("“,”后缺少键") }
                return .complete(i + 1)
            }
            guard p[i] == UInt8(ascii: "\"") else { return .malformed("应为用双引号括起的键") }
            let key: UnsafeRawBufferPointer
            switch string(p, from: i, count: count) {
            case .needMore: return .needMore
            case .malformed(let why): return .malformed(why)
            case .value(let bytes, let next):
                key = bytes
                i = next
            }
            i = skipSpace(p, i, count)
            guard i < count else { return .needMore }
            guard p[i] == UInt8(ascii: ":") else { return .malformed("键后应为“:”") }
            i = skipSpace(p, i + 1, count)
            guard i < count else { return .needMore }
            let column = schema.column(named: key)
            let value: FieldValue
            switch p[i] {
            case UInt8(ascii: "\""):
                switch string(p, from: i, count: count) {
                case .needMore: return .needMore
                case .malformed(let why): return .malformed(why)
                case .value(let bytes, let next):
                    let trimmed = ByteText.trimmed(bytes)
                    value = trimmed.isEmpty ? .absent : .bytes(trimmed)
                    i = next
                }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                guard let next = skipNested(p, from: i, count: count) else { return .needMore }
                value = .nested
                i = next
            default:
                let literalStart = i
                while i < count, Self.isLiteralByte(p[i]) { i += 1 }
                guard i < count else { return .needMore }
                let literal = UnsafeRawBufferPointer(start: p + literalStart, count: i - literalStart)
                if literal.elementsEqual("null".utf8) {
                    value = .absent
                } else if literal.elementsEqual("true".utf8) || literal.elementsEqual("false".utf8) || Self.isNumber(literal) {
                    value = .bytes(literal)
                } else {
                    return .malformed("无法识别的值")
                }
            }
            if let column, !seen[column] {
                seen[column] = true
                values[column] = value
            }
            first = false
            i = skipSpace(p, i, count)
            guard i < count else { return .needMore }
            if p[i] == UInt8(ascii: ",") { i += 1; continue }
            if p[i] == UInt8(ascii: "}") { return .complete(i + 1) }
            return .malformed("值后应为“,”或“}”")
        }
    }

    // MARK: - Pieces

    private enum StringOutcome {
        case value(UnsafeRawBufferPointer, next: Int)
        case needMore
        case malformed(String)
    }

    /// The string at `start` (a `"`), unescaped into the scratch buffer when it has escapes.
    private func string(_ p: UnsafePointer<UInt8>, from start: Int, count: Int) -> StringOutcome {
        var i = start + 1
        var escaped = false
        while i < count {
            let b = p[i]
            if b == UInt8(ascii: "\"") { break }
            if b == UInt8(ascii: "\\") { escaped = true; i += 2; continue }
            i += 1
        }
        guard i < count else { return .needMore }
        let body = UnsafeRawBufferPointer(start: p + start + 1, count: i - start - 1)
        guard escaped else { return .value(body, next: i + 1) }
        guard let bytes = unescape(body) else { return .malformed("字符串中有无效的转义") }
        return .value(bytes, next: i + 1)
    }

    private func unescape(_ body: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer? {
        let start = scratch.count
        var i = 0
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= body.count else { return nil }
            var v: UInt32 = 0
            for k in at..<(at + 4) {
                let c = body[k]
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x41...0x46: d = UInt32(c - 0x41 + 10)
                case 0x61...0x66: d = UInt32(c - 0x61 + 10)
                default: return nil
                }
                v = v * 16 + d
            }
            return v
        }
        while i < body.count {
            let b = body[i]
            guard b == UInt8(ascii: "\\") else { scratch.append(b); i += 1; continue }
            guard i + 1 < body.count else { return nil }
            let e = body[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(e)
            case UInt8(ascii: "b"): scratch.append(0x08)
            case UInt8(ascii: "f"): scratch.append(0x0C)
            case UInt8(ascii: "n"): scratch.append(0x0A)
            case UInt8(ascii: "r"): scratch.append(0x0D)
            case UInt8(ascii: "t"): scratch.append(0x09)
            case UInt8(ascii: "u"):
                guard var scalar = hex4(i) else { return nil }
                i += 4
                if (0xD800...0xDBFF).contains(scalar), i + 6 <= body.count, body[i] == UInt8(ascii: "\\"),
                   body[i + 1] == UInt8(ascii: "u"), let low = hex4(i + 2), (0xDC00...0xDFFF).contains(low) {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 6
                }
                let value = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                UTF8.encode(value) { scratch.append($0) }
            default: return nil
            }
        }
        return UnsafeRawBufferPointer(start: scratch.base + start, count: scratch.count - start)
    }

    /// Skips an object or array at `start`, counting depth; nil when the bytes end first.
    private func skipNested(_ p: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int? {
        var depth = 0
        var i = start
        while i < count {
            switch p[i] {
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return i + 1 }
            case UInt8(ascii: "\""):
                i += 1
                while i < count, p[i] != UInt8(ascii: "\"") { i += p[i] == UInt8(ascii: "\\") ? 2 : 1 }
            default: break
            }
            i += 1
        }
        return nil
    }

    func skipSpace(_ p: UnsafePointer<UInt8>, _ from: Int, _ count: Int) -> Int {
        var i = from
        while i < count, p[i] == 0x20 || p[i] == 0x0A || p[i] == 0x0D || p[i] == 0x09 { i += 1 }
        return i
    }

    private static func isLiteralByte(_ b: UInt8) -> Bool {
        (0x30...0x39).contains(b) || (0x61...0x7A).contains(b) || (0x41...0x5A).contains(b)
            || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || b == UInt8(ascii: ".")
    }

    /// JSON number grammar: `-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?`.
    private static func isNumber(_ b: UnsafeRawBufferPointer) -> Bool {
        var i = 0
        func digits() -> Int {
            let s = i
            while i < b.count, (0x30...0x39).contains(b[i]) { i += 1 }
            return i - s
        }
        if i < b.count, b[i] == UInt8(ascii: "-") { i += 1 }
        let intStart = i
        guard digits() > 0, !(b[intStart] == 0x30 && i - intStart > 1) else { return false }
        if i < b.count, b[i] == UInt8(ascii: ".") { i += 1; guard digits() > 0 else { return false } }
        if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
            i += 1
            if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            guard digits() > 0 else { return false }
        }
        return i == b.count
    }
}
