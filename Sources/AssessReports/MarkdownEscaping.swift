import Foundation
import AssessCore
import Mustache

/// Escapes text from the input so that, dropped anywhere into a Markdown template, it stays plain text:
/// it cannot start a heading, list, quote or table cell, emphasise, link, embed HTML or break the line.
public enum MarkdownEscaping {
    /// Characters that get a backslash wherever they stand (CommonMark backslash escapes).
    static let alwaysEscaped: Set<Character> = ["\\", "`", "*", "_", "|", "#", "[", "]", "<", ">", "~", "&", "!"]

    /// Escapes `text`: line breaks and tabs collapse to one space, surrounding spaces are trimmed, Markdown
    /// punctuation gets a backslash, a leading `-`, `+`, `=` or `1.`/`1)` is neutralised, `://` is broken
    /// so no bare link forms, and mobile numbers are masked (`138****5678`).
    public static func escape(_ text: String) -> String {
        isPlain(text) ? neutraliseLineStart(text) : escapeEveryStep(text)
    }

    /// `escape` without the fast path: on the UTF-8 bytes where that gives the same text as
    /// `escapeByCharacters` (every character it looks at is ASCII), else by characters.
    static func escapeEveryStep(_ text: String) -> String {
        var masked = PhoneMask.maskAll(in: text)
        masked.makeContiguousUTF8()
        let escaped = masked.utf8.withContiguousStorageIfAvailable { escapedBytes($0) } ?? nil
        return escaped.map { neutraliseLineStart(trimSpaces($0)) } ?? escapeByCharacters(masked)
    }

    /// The reference steps, character by character: whitespace collapsed, punctuation escaped, `://` broken.
    static func escapeByCharacters(_ masked: String) -> String {
        let flat = collapseWhitespace(masked)
        var out = ""
        out.reserveCapacity(flat.utf8.count + 8)
        for character in flat {
            if alwaysEscaped.contains(character) { out.append("\\") }
            out.append(character)
        }
        if out.contains("://") { out = out.replacingOccurrences(of: "://", with: ":\\/\\/") }
        return neutraliseLineStart(out)
    }

    /// Punctuation escaped and `://` broken on bytes; nil when the text needs `escapeByCharacters`: it has a line
    /// break, tab or other control character to collapse, or a mark that combines with the ASCII byte before it
    /// (then that byte is not the character `alwaysEscaped` or `://` means).
    private static func escapedBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x7F || isC1OrLineSeparator(bytes, at: index) { return nil }
            if byte < 0x80, index + 1 < bytes.count, bytes[index + 1] >= 0x80, combinesWithPrevious(bytes, at: index + 1) {
                return nil
            }
            if byte == 0x3A, index + 2 < bytes.count, bytes[index + 1] == 0x2F, bytes[index + 2] == 0x2F {
                if index + 3 < bytes.count, bytes[index + 3] >= 0x80, combinesWithPrevious(bytes, at: index + 3) { return nil }
                out.append(contentsOf: ":\\/\\/".utf8)
                index += 3
                continue
            }
            if isAlwaysEscaped(byte) { out.append(0x5C) }
            out.append(byte)
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes of `alwaysEscaped`: `\ ` * _ | # [ ] < > ~ & !`.
    private static func isAlwaysEscaped(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x5C, 0x60, 0x2A, 0x5F, 0x7C, 0x23, 0x5B, 0x5D, 0x3C, 0x3E, 0x7E, 0x26, 0x21: true
        default: false
        }
    }

    /// C1 controls (U+0080–U+009F, `C2 80`–`C2 9F`, NEL among them) and U+2028/U+2029 (`E2 80 A8`/`A9`) start at
    /// `index`.
    private static func isC1OrLineSeparator(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 1 < bytes.count else { return false }
        if bytes[index] == 0xC2 { return (0x80...0x9F).contains(bytes[index + 1]) }
        return bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
    }

    /// The scalar starting at `index` joins the character before it (Unicode's grapheme rules GB9, GB9a: an
    /// extending mark, a spacing mark, a zero-width joiner).
    private static func combinesWithPrevious(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var iterator = bytes[index...].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return true }
        let properties = scalar.properties
        return properties.isGraphemeExtend || properties.isEmojiModifier || scalar == "\u{200D}"
            || properties.generalCategory == .spacingMark
    }

    /// Text that no step below would change except the line-start rule: no Markdown punctuation, no
    /// whitespace but inner spaces, no control character, no `://`, no phone-like digits. Most values (names,
    /// dates, times, numbers) are plain; checked on the UTF-8 bytes, because a province's letters hold
    /// millions of values (docs/PERFORMANCE.md "Letters").
    static func isPlain(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(isPlain(bytes:))
    }

    /// `isPlain` on the text's UTF-8 bytes in place.
    private static func isPlain(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.first != 0x20, bytes.last != 0x20, !PhoneMask.hasLongDigitRun(utf8: bytes) else { return false }
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in bytes {
            switch byte {
            case 0x00...0x1F, 0x7F: return false  // C0 controls and DEL
            case 0x5C, 0x60, 0x2A, 0x5F, 0x7C, 0x23, 0x5B, 0x5D, 0x3C, 0x3E, 0x7E, 0x26, 0x21: return false
            case 0x80...0x9F where previous == 0xC2: return false  // C1 controls U+0080–U+009F
            case 0xA8...0xA9 where previous == 0x80 && beforePrevious == 0xE2: return false  // U+2028, U+2029
            case 0x2F where previous == 0x2F && beforePrevious == 0x3A: return false  // "://"
            default: break
            }
            beforePrevious = previous
            previous = byte
        }
        return true
    }

    /// One line: every run of line breaks, tabs and other vertical space becomes one space; any other control
    /// character becomes U+FFFD.
    static func collapseWhitespace(_ text: String) -> String {
        var out = ""
        var pendingSpace = false
        for character in text {
            if character.isNewline || character == "\t" || character == "\u{0B}" || character == "\u{0C}" {
                pendingSpace = true
                continue
            }
            if pendingSpace {
                if !out.isEmpty, out.last != " ", character != " " { out.append(" ") }
                pendingSpace = false
            }
            // Other control characters (NUL, ESC, …) would reach the letter raw: shown as U+FFFD instead.
            let isControl = character.unicodeScalars.contains { $0.properties.generalCategory == .control }
            out.append(isControl ? "\u{FFFD}" : character)
        }
        return trimSpaces(out)
    }

    static func trimSpaces(_ text: String) -> String {
        var slice = Substring(text)
        while slice.first == " " { slice = slice.dropFirst() }
        while slice.last == " " { slice = slice.dropLast() }
        return String(slice)
    }

    /// A value placed at the start of a line must not open a list, a setext underline or an ordered list.
    static func neutraliseLineStart(_ text: String) -> String {
        let bytes = text.utf8
        guard let first = bytes.first else { return text }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "=") { return "\\" + text }
        let digits = bytes.prefix { (0x30...0x39).contains($0) }.count
        guard digits > 0, digits <= 9 else { return text }
        let rest = bytes.dropFirst(digits)
        guard let marker = rest.first, marker == UInt8(ascii: ".") || marker == UInt8(ascii: ")") else { return text }
        let after = rest.dropFirst()
        guard after.isEmpty || after.first == UInt8(ascii: " ") else { return text }
        let split = text.utf8.index(text.utf8.startIndex, offsetBy: digits)
        return text[..<split] + "\\" + text[split...]
    }
}

/// The Mustache content type `MARKDOWN`: every `{{value}}` goes through `MarkdownEscaping.escape`.
struct MarkdownContentType: MustacheContentType {
    static let name = "MARKDOWN"

    func escapeText(_ text: String) -> String { MarkdownEscaping.escape(text) }
}
