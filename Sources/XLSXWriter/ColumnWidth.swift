/// Column widths (in Excel character units) that fit Chinese text: East-Asian wide characters count 2.
public enum ColumnWidth {
    /// Display width of `text`'s longest line: wide and full-width characters count 2, others 1.
    public static func of(_ text: String) -> Int {
        text.utf8.withContiguousStorageIfAvailable(of(utf8:)) ?? scalarWidth(text)
    }

    /// Width to give a column whose widest content is `content` display units: padding, bounds.
    public static func fitting(_ content: Int, minimum: Double = 6, maximum: Double = 60) -> Double {
        min(maximum, max(minimum, Double(content) + 2))
    }

    /// East-Asian Wide (W) and Fullwidth (F) ranges of Unicode's EastAsianWidth.txt, coarsened to blocks.
    public static func isWide(_ scalar: Unicode.Scalar) -> Bool { isWide(scalar.value) }

    // MARK: - Counting

    /// `of(_:)` on valid UTF-8, one code unit at a time, without decoding Characters.
    ///
    /// ASCII and two-byte sequences (below U+0800) are never wide; three- and four-byte sequences are
    /// decoded to their scalar value for `isWide`. Swift strings are always valid UTF-8, so every lead
    /// byte is followed by its continuation bytes.
    static func of(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var longest = 0
        var current = 0
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            if lead < 0x80 {
                if lead == UInt8(ascii: "\n") {
                    longest = max(longest, current)
                    current = 0
                } else {
                    current += 1
                }
                i += 1
            } else if lead < 0xE0 {
                current += 1
                i += 2
            } else if lead < 0xF0 {
                let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                current += isWide(value) ? 2 : 1
                i += 3
            } else {
                let value = UInt32(lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                    | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                current += isWide(value) ? 2 : 1
                i += 4
            }
        }
        return max(longest, current)
    }

    /// `of(_:)` scalar by scalar, for strings without contiguous UTF-8 storage.
    static func scalarWidth(_ text: String) -> Int {
        var longest = 0
        var current = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                longest = max(longest, current)
                current = 0
            } else {
                current += isWide(scalar) ? 2 : 1
            }
        }
        return max(longest, current)
    }

    /// `isWide(_:)` on a scalar's value.
    static func isWide(_ v: UInt32) -> Bool {
        if v < 0x1100 { return false }
        switch v {
        case 0x1100...0x115F,      // Hangul Jamo
             0x2E80...0x303E,      // CJK radicals, Kangxi, CJK symbols and punctuation (、。〔〕)
             0x3041...0x33FF,      // Hiragana … CJK compatibility
             0x3400...0x4DBF,      // CJK extension A
             0x4E00...0x9FFF,      // CJK unified ideographs
             0xA000...0xA4CF,      // Yi
             0xAC00...0xD7A3,      // Hangul syllables
             0xF900...0xFAFF,      // CJK compatibility ideographs
             0xFE30...0xFE4F,      // CJK compatibility forms
             0xFF00...0xFF60,      // Fullwidth forms (，：（）)
             0xFFE0...0xFFE6,      // Fullwidth signs (￥)
             0x1F300...0x1F64F,    // Emoji
             0x1F900...0x1F9FF,
             0x20000...0x3FFFD:    // CJK extensions B…
            return true
        default:
            return false
        }
    }
}

/// The widest content seen per column, folded cell by cell while a sheet is written.
public struct ColumnWidths: Sendable {
    public private(set) var widths: [Int]
    /// No width is noted above this: a column that reached it measures no more text (a caller whose widths are
    /// capped anyway, such as `ColumnWidth.fitting`'s maximum, gives the width that reaches the cap).
    public let limit: Int

    public init(columns: Int = 0, limit: Int = .max) {
        widths = Array(repeating: 0, count: columns)
        self.limit = limit
    }

    /// Notes a cell of `width` display units in `column`.
    public mutating func note(_ width: Int, column: Int) {
        if column >= widths.count { widths.append(contentsOf: repeatElement(0, count: column - widths.count + 1)) }
        let width = min(width, limit)
        if width > widths[column] { widths[column] = width }
    }

    /// Notes a text cell in `column`.
    ///
    /// No character is wider than its UTF-8 bytes (1 byte: 1, 2 bytes: 1, 3 or 4 bytes: at most 2), so text
    /// with no more bytes than the column's width so far cannot widen it and is not measured; nor is any text
    /// once the column reached the limit (long descriptions, after the first).
    public mutating func note(_ text: String, column: Int) {
        if column < widths.count, text.utf8.count <= widths[column] || widths[column] >= limit { return }
        note(ColumnWidth.of(text), column: column)
    }
}
