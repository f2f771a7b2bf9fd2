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

    /// `escape` without the fast path.
    static func escapeEveryStep(_ text: String) -> String {
        let flat = collapseWhitespace(PhoneMask.maskAll(in: text))
        var out = ""
        out.reserveCapacity(flat.utf8.count + 8)
        for character in flat {
            if alwaysEscaped.contains(character) { out.append("\\") }
            out.append(character)
        }
        if out.contains("://") { out = out.replacingOccurrences(of: "://", with: ":\\/\\/") }
        return neutraliseLineStart(out)
    }

    /// Text that no step below would change except the line-start rule: no Markdown punctuation, no
    /// whitespace but inner spaces, no control character, no `://`, no phone-like digits. Most values (names,
    /// dates, times, numbers) are plain; checked on the UTF-8 bytes, because a province's letters hold
    /// millions of values (docs/PERFORMANCE.md "Letters").
    static func isPlain(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.first != 0x20, bytes.last != 0x20, !PhoneMask.hasLongDigitRun(text) else { return false }
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
