/// The mobile and landline patterns of `PhoneMask`, matched on UTF-8 bytes with the regular expressions' own
/// semantics: the leftmost match first, at each position the choices in the order the expressions try them
/// (an optional part present before absent, the longer count first), matches never overlapping. The regular
/// expressions (`PhoneMask.maskAllByPatterns`) stay as the reference; a randomized test checks both give the
/// same text. On bytes, masking a description costs about a microsecond instead of tens
/// (docs/PERFORMANCE.md "The phone masker on bytes").
///
/// - Mobile: `(?<!D)((?:(?:[+＋]|00|００)?[8８][6６]S)?)([1１][3-9３-９]D)S D{4} S (D{4})(?!D)`
/// - Landline: `(?<!D)(\(?0[0-9]{2,3}\)?S)[0-9]{3,4}S([0-9]{4})(?!D)`
///
/// where D is an ASCII or full-width digit and S an optional separator (`-` `‐`…`―` `－` `.` `．` `/` `／`, a
/// space, an ideographic or a no-break space).
enum PhonePatterns {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    /// `text` with every mobile number masked (`PhoneMask.maskAll`'s first pass), or nil when there is none.
    static func maskMobiles(_ text: Bytes) -> [UInt8]? {
        replacing(text, match: mobile) { text, match, out in
            out.append(contentsOf: text[match.start..<match.keptEnd])
            appendASCIIDigits(text, match.head, to: &out)
            out.append(contentsOf: stars)
            appendASCIIDigits(text, match.tail, to: &out)
        }
    }

    /// `text` with every landline number masked (the second pass), or nil when there is none.
    static func maskLandlines(_ text: Bytes) -> [UInt8]? {
        replacing(text, match: landline) { text, match, out in
            out.append(contentsOf: text[match.start..<match.keptEnd])
            out.append(contentsOf: stars)
            out.append(contentsOf: text[match.tail])
        }
    }

    /// Where a match lies: it runs from `start` to `end`; `start..<keptEnd` is kept as written (the prefix or the
    /// area code with its separators), `head` (a mobile's first three digits) and `tail` (the last four) are the
    /// digits shown around the stars.
    struct Match {
        var start: Int
        var keptEnd: Int
        var head: Range<Int>
        var tail: Range<Int>
        var end: Int
    }

    private static let stars = Array("****".utf8)

    /// Every match of `match` from left to right, the text between copied and each match replaced by `replace`.
    private static func replacing(_ text: Bytes, match: (Bytes, Int) -> Match?,
                                  replace: (Bytes, Match, inout [UInt8]) -> Void) -> [UInt8]? {
        var out: [UInt8]?
        var copied = 0
        var position = 0
        while position < text.count {
            guard let found = match(text, position) else {
                position += scalarWidth(text, position)
                continue
            }
            if out == nil { out = []; out?.reserveCapacity(text.count) }
            out?.append(contentsOf: text[copied..<found.start])
            replace(text, found, &out!)
            copied = found.end
            position = found.end
        }
        out?.append(contentsOf: text[copied..<text.count])
        return out
    }

    // MARK: - The mobile pattern

    /// The mobile pattern matched at `start`: with a prefix (`+`/`＋`, `00` or `００`, or nothing, then `86` and an
    /// optional separator, every way tried in that order), else without one.
    static func mobile(_ text: Bytes, _ start: Int) -> Match? {
        let first = text[start]
        // Only these can begin a match: + ＋ 0 ０ 8 ８ 1 １ (the full-width ones begin with EF).
        guard first == 0x2B || first == 0x30 || first == 0x38 || first == 0x31 || first == 0xEF else { return nil }
        guard !precededByDigit(text, start) else { return nil }
        for afterMark in prefixMarks(text, start) {
            guard let eight = digit(text, afterMark), eight.value == 8,
                  let six = digit(text, afterMark + eight.width), six.value == 6 else { continue }
            for bodyStart in optionalSeparator(text, afterMark + eight.width + six.width) {
                if let match = mobileBody(text, bodyStart, start: start) { return match }
            }
        }
        return mobileBody(text, start, start: start)
    }

    /// Where the prefix's `86` may begin: after `+`/`＋`, after `00`, after `００`, or at `start` itself.
    private static func prefixMarks(_ text: Bytes, _ start: Int) -> [Int] {
        var marks: [Int] = []
        if text[start] == 0x2B { marks.append(start + 1) }
        if isBytes(text, start, 0xEF, 0xBC, 0x8B) { marks.append(start + 3) }
        if asciiZero(text, start), asciiZero(text, start + 1) { marks.append(start + 2) }
        if isBytes(text, start, 0xEF, 0xBC, 0x90), isBytes(text, start + 3, 0xEF, 0xBC, 0x90) { marks.append(start + 6) }
        marks.append(start)
        return marks
    }

    /// `[1１][3-9３-９]D S D{4} S D{4}(?!D)` at `body`.
    private static func mobileBody(_ text: Bytes, _ body: Int, start: Int) -> Match? {
        guard let one = digit(text, body), one.value == 1,
              let second = digit(text, body + one.width), second.value >= 3,
              let third = digit(text, body + one.width + second.width) else { return nil }
        let headEnd = body + one.width + second.width + third.width
        for middle in optionalSeparator(text, headEnd) {
            guard let middleEnd = digits(text, middle, 4) else { continue }
            for last in optionalSeparator(text, middleEnd) {
                guard let end = digits(text, last, 4), digit(text, end) == nil else { continue }
                return Match(start: start, keptEnd: body, head: body..<headEnd, tail: last..<end, end: end)
            }
        }
        return nil
    }

    // MARK: - The landline pattern

    /// The landline pattern matched at `start`: `(`, `0` and two or three digits (three tried first), `)`, a
    /// separator, three or four digits (four first), a separator, four digits.
    static func landline(_ text: Bytes, _ start: Int) -> Match? {
        let first = text[start]
        guard first == 0x28 || first == 0x30, !precededByDigit(text, start) else { return nil }
        for zero in optional(0x28, text, start) where asciiZero(text, zero) {
            for areaDigits in [3, 2] {
                guard let areaEnd = asciiDigits(text, zero + 1, areaDigits) else { continue }
                for close in optional(0x29, text, areaEnd) {
                    for local in optionalSeparator(text, close) {
                        if let match = landlineNumber(text, local, start: start) { return match }
                    }
                }
            }
        }
        return nil
    }

    /// `[0-9]{3,4}S([0-9]{4})(?!D)` at `local`; everything before `local` is kept.
    private static func landlineNumber(_ text: Bytes, _ local: Int, start: Int) -> Match? {
        for localDigits in [4, 3] {
            guard let localEnd = asciiDigits(text, local, localDigits) else { continue }
            for last in optionalSeparator(text, localEnd) {
                guard let end = asciiDigits(text, last, 4), digit(text, end) == nil else { continue }
                return Match(start: start, keptEnd: local, head: local..<local, tail: last..<end, end: end)
            }
        }
        return nil
    }

    // MARK: - Characters

    /// An ASCII or full-width digit at `i`: its value and its width in bytes.
    @inline(__always)
    static func digit(_ text: Bytes, _ i: Int) -> (value: UInt8, width: Int)? {
        guard i < text.count else { return nil }
        let byte = text[i]
        if byte &- 0x30 < 10 { return (byte - 0x30, 1) }
        if byte == 0xEF, i + 2 < text.count, text[i + 1] == 0xBC, text[i + 2] &- 0x90 < 10 { return (text[i + 2] - 0x90, 3) }
        return nil
    }

    /// The end of `count` digits (ASCII or full-width) from `i`, or nil.
    private static func digits(_ text: Bytes, _ i: Int, _ count: Int) -> Int? {
        var end = i
        for _ in 0..<count {
            guard let d = digit(text, end) else { return nil }
            end += d.width
        }
        return end
    }

    /// The end of `count` ASCII digits from `i`, or nil.
    private static func asciiDigits(_ text: Bytes, _ i: Int, _ count: Int) -> Int? {
        guard i + count <= text.count else { return nil }
        for j in i..<(i + count) where text[j] &- 0x30 >= 10 { return nil }
        return i + count
    }

    private static func asciiZero(_ text: Bytes, _ i: Int) -> Bool { i < text.count && text[i] == 0x30 }

    /// Whether the character before `i` is a digit, ASCII or full-width (the patterns' `(?<!D)`).
    static func precededByDigit(_ text: Bytes, _ i: Int) -> Bool {
        if i >= 1, text[i - 1] &- 0x30 < 10 { return true }
        return i >= 3 && text[i - 3] == 0xEF && text[i - 2] == 0xBC && text[i - 1] &- 0x90 < 10
    }

    /// Positions after an optional separator at `i`: past it first when there is one, then `i`.
    private static func optionalSeparator(_ text: Bytes, _ i: Int) -> [Int] {
        let width = separatorWidth(text, i)
        return width > 0 ? [i + width, i] : [i]
    }

    /// Positions after an optional ASCII `byte` at `i`: past it first when it is there, then `i`.
    private static func optional(_ byte: UInt8, _ text: Bytes, _ i: Int) -> [Int] {
        i < text.count && text[i] == byte ? [i + 1, i] : [i]
    }

    /// Width of the separator at `i`, 0 for none: `-` `.` `/` space; U+00A0; U+2010–U+2015; U+3000; `－` `．` `／`.
    static func separatorWidth(_ text: Bytes, _ i: Int) -> Int {
        guard i < text.count else { return 0 }
        switch text[i] {
        case 0x2D, 0x2E, 0x2F, 0x20: return 1
        case 0xC2: return isBytes(text, i, 0xC2, 0xA0) ? 2 : 0
        case 0xE2: return isBytes(text, i, 0xE2, 0x80) && i + 2 < text.count && text[i + 2] &- 0x90 <= 5 ? 3 : 0
        case 0xE3: return isBytes(text, i, 0xE3, 0x80, 0x80) ? 3 : 0
        case 0xEF:
            return isBytes(text, i, 0xEF, 0xBC) && i + 2 < text.count && text[i + 2] &- 0x8D <= 2 ? 3 : 0
        default: return 0
        }
    }

    private static func isBytes(_ text: Bytes, _ i: Int, _ a: UInt8, _ b: UInt8) -> Bool {
        i + 1 < text.count && text[i] == a && text[i + 1] == b
    }

    private static func isBytes(_ text: Bytes, _ i: Int, _ a: UInt8, _ b: UInt8, _ c: UInt8) -> Bool {
        i + 2 < text.count && text[i] == a && text[i + 1] == b && text[i + 2] == c
    }

    /// Bytes of the UTF-8 character starting at `i` (1 for a stray continuation byte).
    private static func scalarWidth(_ text: Bytes, _ i: Int) -> Int {
        let byte = text[i]
        let width = byte < 0xC0 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
        return min(width, text.count - i)
    }

    /// The digits of `range` as ASCII.
    private static func appendASCIIDigits(_ text: Bytes, _ range: Range<Int>, to out: inout [UInt8]) {
        var i = range.lowerBound
        while i < range.upperBound {
            guard let d = digit(text, i) else { i += 1; continue }
            out.append(0x30 + d.value)
            i += d.width
        }
    }
}
