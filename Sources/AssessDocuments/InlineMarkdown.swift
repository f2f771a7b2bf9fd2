/// Reads the inline Markdown of one line as the templates write it: `**bold**` and backslash escapes
/// (every value from the input arrives escaped, `MarkdownEscaping`); anything else is text as it stands.
///
/// Works on Unicode scalars: every mark it looks for is ASCII, and a letter has thousands of characters.
enum InlineMarkdown {
    static func runs(_ line: Substring) -> [TextRun] {
        let scalars = line.unicodeScalars
        // Most lines have neither marks nor escapes.
        if !scalars.contains(where: { $0 == "*" || $0 == "\\" }) { return line.isEmpty ? [] : [TextRun(String(line))] }
        var runs: [TextRun] = []
        var current = String.UnicodeScalarView()
        var bold = false
        var index = scalars.startIndex
        func flush() {
            if !current.isEmpty { runs.append(TextRun(String(current), bold: bold)) }
            current = String.UnicodeScalarView()
        }
        while index < scalars.endIndex {
            let scalar: Unicode.Scalar = scalars[index]
            let next = scalars.index(after: index)
            let following: Unicode.Scalar? = next < scalars.endIndex ? scalars[next] : nil
            if scalar == "\\", let escaped = following, isEscapable(escaped) {
                current.append(escaped)
                index = scalars.index(after: next)
            } else if scalar == "*", following == "*" {
                flush()
                bold.toggle()
                index = scalars.index(after: next)
            } else {
                current.append(scalar)
                index = next
            }
        }
        flush()
        return runs
    }

    /// ASCII punctuation and symbols: what a backslash escapes in Markdown.
    private static func isEscapable(_ scalar: Unicode.Scalar) -> Bool {
        (0x21...0x2F).contains(scalar.value) || (0x3A...0x40).contains(scalar.value)
            || (0x5B...0x60).contains(scalar.value) || (0x7B...0x7E).contains(scalar.value)
    }
}
