#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One step of an XML byte stream, as ranges into the scanned bytes (valid until the buffer moves).
enum XMLEvent {
    /// `<name attributes>` or `<name attributes/>`.
    case start(name: Range<Int>, attributes: Range<Int>, selfClosing: Bool)
    /// `</name>`.
    case end(name: Range<Int>)
    /// Character data between tags (entities not yet decoded), or the inside of a CDATA section.
    case text(Range<Int>, cdata: Bool)
}

/// A small byte-level pull scanner for the narrow XML of an xlsx package (docs/INPUT.md "Excel workbooks").
///
/// It knows tags, attributes, character data, CDATA, comments and processing instructions; no DTDs, no
/// namespace resolution (names are compared by local name), no validation. Foundation's `XMLParser` on Linux
/// needs the whole document in memory, which a worksheet of a million rows must not be, hence this scanner:
/// it works on whatever bytes are buffered and says when a token runs past them.
enum XMLPullScanner {
    /// The token starting at `i`, or nil when the bytes end inside it (`i` unchanged). At the end of the input
    /// (`isFinal`), an unfinished tag is `XMLPullScanner.Truncated`; trailing text is returned as text.
    struct Truncated: Error {}

    @inline(__always)
    static func next(_ p: UnsafePointer<UInt8>, _ i: inout Int, _ count: Int, isFinal: Bool) throws(Truncated) -> XMLEvent? {
        guard i < count else { return nil }
        let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">")
        if p[i] != lt {
            let start = i
            guard let found = memchr(p + i, Int32(lt), count - i) else {
                guard isFinal else { return nil }
                i = count
                return .text(start..<count, cdata: false)
            }
            let end = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - p
            i = end
            return .text(start..<end, cdata: false)
        }
        guard i + 1 < count else { return try needMore(isFinal) }
        switch p[i + 1] {
        case UInt8(ascii: "/"):
            guard let close = find(gt, p, from: i + 2, count) else { return try needMore(isFinal) }
            var nameEnd = close
            while nameEnd > i + 2, isSpace(p[nameEnd - 1]) { nameEnd -= 1 }
            let event = XMLEvent.end(name: (i + 2)..<nameEnd)
            i = close + 1
            return event
        case UInt8(ascii: "?"):
            guard let close = find(sequence: "?>", p, from: i + 2, count) else { return try needMore(isFinal) }
            i = close + 2
            return try next(p, &i, count, isFinal: isFinal)
        case UInt8(ascii: "!"):
            if starts(p, i, count, "<!--") {
                guard let close = find(sequence: "-->", p, from: i + 4, count) else { return try needMore(isFinal) }
                i = close + 3
                return try next(p, &i, count, isFinal: isFinal)
            }
            if starts(p, i, count, "<![CDATA[") {
                guard let close = find(sequence: "]]>", p, from: i + 9, count) else { return try needMore(isFinal) }
                let event = XMLEvent.text((i + 9)..<close, cdata: true)
                i = close + 3
                return event
            }
            guard i + 9 <= count || isFinal else { return nil } // may still become a comment or CDATA
            guard let close = find(gt, p, from: i + 2, count) else { return try needMore(isFinal) }
            i = close + 1 // <!DOCTYPE …> and the like: skipped
            return try next(p, &i, count, isFinal: isFinal)
        default:
            return try startTag(p, &i, count, isFinal: isFinal)
        }
    }

    private static func startTag(_ p: UnsafePointer<UInt8>, _ i: inout Int, _ count: Int,
                                 isFinal: Bool) throws(Truncated) -> XMLEvent? {
        var j = i + 1
        while j < count, !isSpace(p[j]), p[j] != UInt8(ascii: ">"), p[j] != UInt8(ascii: "/") { j += 1 }
        let name = (i + 1)..<j
        let attributesStart = j
        var quote: UInt8 = 0
        while j < count {
            let b = p[j]
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                quote = b
            } else if b == UInt8(ascii: ">") {
                let selfClosing = j > attributesStart && p[j - 1] == UInt8(ascii: "/")
                let event = XMLEvent.start(name: name, attributes: attributesStart..<(selfClosing ? j - 1 : j),
                                           selfClosing: selfClosing)
                i = j + 1
                return event
            }
            j += 1
        }
        return try needMore(isFinal)
    }

    @inline(__always)
    private static func needMore(_ isFinal: Bool) throws(Truncated) -> XMLEvent? {
        if isFinal { throw Truncated() }
        return nil
    }

    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    private static func find(_ byte: UInt8, _ p: UnsafePointer<UInt8>, from: Int, _ count: Int) -> Int? {
        guard from < count, let found = memchr(p + from, Int32(byte), count - from) else { return nil }
        return UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - p
    }

    private static func find(sequence: StaticString, _ p: UnsafePointer<UInt8>, from: Int, _ count: Int) -> Int? {
        let first = sequence.utf8Start[0]
        var k = from
        while let at = find(first, p, from: k, count) {
            if starts(p, at, count, sequence) { return at }
            k = at + 1
        }
        return nil
    }

    private static func starts(_ p: UnsafePointer<UInt8>, _ i: Int, _ count: Int, _ sequence: StaticString) -> Bool {
        let n = sequence.utf8CodeUnitCount
        guard i + n <= count else { return false }
        return memcmp(p + i, sequence.utf8Start, n) == 0
    }

    // MARK: - Names and attributes

    /// Whether the element name (`x:row` or `row`) has the local name `local`.
    @inline(__always)
    static func isNamed(_ p: UnsafePointer<UInt8>, _ name: Range<Int>, _ local: StaticString) -> Bool {
        let n = local.utf8CodeUnitCount
        guard name.count >= n else { return false }
        let start = name.upperBound - n
        guard start == name.lowerBound || p[start - 1] == UInt8(ascii: ":") else { return false }
        return memcmp(p + start, local.utf8Start, n) == 0
    }

    /// The raw value range of attribute `qualified` (exact name, e.g. `r` or `t`).
    static func attribute(_ p: UnsafePointer<UInt8>, _ range: Range<Int>, _ qualified: StaticString) -> Range<Int>? {
        var found: Range<Int>?
        forEachAttribute(p, range) { name, value in
            let n = qualified.utf8CodeUnitCount
            if name.count == n, memcmp(p + name.lowerBound, qualified.utf8Start, n) == 0 {
                found = value
                return false
            }
            return true
        }
        return found
    }

    /// The value of the first attribute with a namespace prefix and local name `local` (`r:id`, `rel:id`).
    static func prefixedAttribute(_ p: UnsafePointer<UInt8>, _ range: Range<Int>, local: StaticString) -> Range<Int>? {
        var found: Range<Int>?
        forEachAttribute(p, range) { name, value in
            let n = local.utf8CodeUnitCount
            let start = name.upperBound - n
            if start > name.lowerBound, p[start - 1] == UInt8(ascii: ":"), memcmp(p + start, local.utf8Start, n) == 0,
               !isNamed(p, name.lowerBound..<(start - 1), "xmlns") {
                found = value
                return false
            }
            return true
        }
        return found
    }

    /// Calls `body(name, value)` for each `name="value"` (or `'value'`) until it returns false.
    static func forEachAttribute(_ p: UnsafePointer<UInt8>, _ range: Range<Int>,
                                 _ body: (Range<Int>, Range<Int>) -> Bool) {
        var j = range.lowerBound
        let end = range.upperBound
        while j < end {
            while j < end, isSpace(p[j]) { j += 1 }
            let nameStart = j
            while j < end, p[j] != UInt8(ascii: "="), !isSpace(p[j]) { j += 1 }
            let name = nameStart..<j
            while j < end, isSpace(p[j]) { j += 1 }
            guard j < end, p[j] == UInt8(ascii: "=") else { return }
            j += 1
            while j < end, isSpace(p[j]) { j += 1 }
            guard j < end, p[j] == UInt8(ascii: "\"") || p[j] == UInt8(ascii: "'") else { return }
            let quote = p[j]
            j += 1
            let valueStart = j
            while j < end, p[j] != quote { j += 1 }
            guard j < end else { return }
            if !body(name, valueStart..<j) { return }
            j += 1
        }
    }
}
