/// Reads the inline Markdown of one line as the templates write it: `**bold**` and backslash escapes
/// (every value from the input arrives escaped, `MarkdownEscaping`); anything else is text as it stands.
enum InlineMarkdown {
    static func runs(_ line: Substring) -> [TextRun] {
        var runs: [TextRun] = []
        var current = ""
        var bold = false
        var index = line.startIndex
        func flush() {
            if !current.isEmpty { runs.append(TextRun(current, bold: bold)) }
            current = ""
        }
        while index < line.endIndex {
            let character = line[index]
            let next = line.index(after: index)
            if character == "\\", next < line.endIndex, line[next].isASCII, line[next].isPunctuation || line[next].isSymbol {
                current.append(line[next])
                index = line.index(after: next)
            } else if character == "*", next < line.endIndex, line[next] == "*" {
                flush()
                bold.toggle()
                index = line.index(after: next)
            } else {
                current.append(character)
                index = next
            }
        }
        flush()
        return runs
    }
}
