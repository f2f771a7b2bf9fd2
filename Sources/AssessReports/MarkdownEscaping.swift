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
        if isPlain(text) { return neutraliseLineStart(text) }
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
    /// whitespace but inner spaces, no control character, no `:` (for `://`), no phone-like digits. Most values
    /// (names, dates, numbers) are plain, and the letters of a province are rendered in seconds (PERFORMANCE.md).
    static func isPlain(_ text: String) -> Bool {
        guard text.utf8.first != 0x20, text.utf8.last != 0x20, !PhoneMask.hasLongDigitRun(text) else { return false }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: return false  // controls and line breaks
            case 0x5C, 0x60, 0x2A, 0x5F, 0x7C, 0x23, 0x5B, 0x5D, 0x3C, 0x3E, 0x7E, 0x26, 0x21, 0x3A: return false
            default: continue
            }
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
        guard let first = text.first else { return text }
        if first == "-" || first == "+" || first == "=" { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9 {
            let rest = text.dropFirst(digits.count)
            if let marker = rest.first, marker == "." || marker == ")" {
                let after = rest.dropFirst()
                if after.isEmpty || after.first == " " { return digits + "\\" + rest }
            }
        }
        return text
    }
}

/// The Mustache content type `MARKDOWN`: every `{{value}}` goes through `MarkdownEscaping.escape`.
struct MarkdownContentType: MustacheContentType {
    static let name = "MARKDOWN"

    func escapeText(_ text: String) -> String { MarkdownEscaping.escape(text) }
}
