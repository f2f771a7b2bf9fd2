/// Reads the inline Markdown of one line as the templates write it: `**bold**` and backslash escapes
/// (every value from the input arrives escaped, `MarkdownEscaping`); anything else is text as it stands.
///
/// Works on UTF-8 bytes: every mark it looks for is ASCII, and ASCII bytes never occur inside a multi-byte
/// character.
enum InlineMarkdown {
    static func runs(_ line: Substring) -> [TextRun] {
        line.utf8.withContiguousStorageIfAvailable { runs(bytes: $0) }
            ?? Array(line.utf8).withUnsafeBufferPointer { runs(bytes: $0) }
    }

    /// The runs of a line's UTF-8 bytes (valid UTF-8: a slice of a String's bytes cut at ASCII bytes).
    static func runs(bytes: UnsafeBufferPointer<UInt8>) -> [TextRun] {
        // Most lines have neither marks nor escapes.
        if !bytes.contains(where: { $0 == 0x2A || $0 == 0x5C }) {
            return bytes.isEmpty ? [] : [TextRun(String(decoding: bytes, as: UTF8.self))]
        }
        var runs: [TextRun] = []
        var current: [UInt8] = []
        current.reserveCapacity(bytes.count)
        var bold = false
        var index = 0
        func flush() {
            if !current.isEmpty { runs.append(TextRun(String(decoding: current, as: UTF8.self), bold: bold)) }
            current.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            let following: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
            if byte == 0x5C, let escaped = following, isEscapable(escaped) {
                current.append(escaped)
                index += 2
            } else if byte == 0x2A, following == 0x2A {
                flush()
                bold.toggle()
                index += 2
            } else {
                current.append(byte)
                index += 1
            }
        }
        flush()
        return runs
    }

    /// ASCII punctuation and symbols: what a backslash escapes in Markdown.
    private static func isEscapable(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
            || (0x7B...0x7E).contains(byte)
    }
}
