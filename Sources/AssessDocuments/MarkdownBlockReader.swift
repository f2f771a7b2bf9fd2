/// Splits rendered Markdown into blocks: the restricted subset our templates use (headings, paragraphs,
/// numbered and bulleted list items, quoted lines, pipe tables, thematic breaks, `**bold**`).
enum MarkdownBlockReader {
    static func blocks(_ markdown: String) -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        var paragraph: [Substring] = []
        var table: [[[TextRun]]] = []
        func flushParagraph() {
            guard !paragraph.isEmpty else { return }
            blocks.append(.paragraph(InlineMarkdown.runs(Substring(paragraph.joined()))))
            paragraph = []
        }
        func flushTable() {
            guard !table.isEmpty else { return }
            blocks.append(.table(table))
            table = []
        }
        // Lines split on UTF-8 bytes: `\n` is ASCII, and a Character split walks grapheme clusters.
        for rawLine in markdown.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let text = trimmed(Substring(rawLine))
            // First bytes checked before the Character comparison (a `|` or `>` followed by a combining mark is
            // not one), which would walk grapheme clusters on every line.
            let first = text.utf8.first
            if first == 0x7C, text.hasPrefix("|") {
                flushParagraph()
                if let row = tableRow(text) { table.append(row) }
                continue
            }
            flushTable()
            if text.isEmpty {
                flushParagraph()
            } else if isRule(text) {
                flushParagraph()
                blocks.append(.rule)
            } else if let (level, heading) = heading(text) {
                flushParagraph()
                blocks.append(.heading(level, InlineMarkdown.runs(heading)))
            } else if let item = listItem(text) {
                flushParagraph()
                paragraph = [item]
            } else if first == 0x3E, text.hasPrefix(">") {
                flushParagraph()
                paragraph = [text.dropFirst().drop(while: { $0 == " " })]
            } else {
                paragraph.append(text)
            }
        }
        flushParagraph()
        flushTable()
        return blocks
    }

    /// The line without spaces, tabs and a carriage return at either end (on UTF-8: all of them are ASCII).
    private static func trimmed(_ line: Substring) -> Substring {
        let utf8 = line.utf8
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0D }
        guard let first = utf8.firstIndex(where: { !isBlank($0) }), let last = utf8.lastIndex(where: { !isBlank($0) }) else {
            return line[line.endIndex...]
        }
        return Substring(utf8[first...last])
    }

    /// `---` (three or more dashes): the only part boundary the templates use. `***` is not one here, so an
    /// empty bold value (`****`) stays an empty paragraph.
    /// On bytes: a line of only ASCII dashes and spaces has the same Characters.
    private static func isRule(_ line: Substring) -> Bool {
        var dashes = 0
        for byte in line.utf8 where byte != 0x20 {
            guard byte == 0x2D else { return false }
            dashes += 1
        }
        return dashes >= 3
    }

    private static func heading(_ line: Substring) -> (Int, Substring)? {
        guard line.utf8.first == 0x23 else { return nil }
        let hashes = line.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.first == " " else { return nil }
        return (hashes, rest.drop(while: { $0 == " " }))
    }

    /// A bullet item without its marker; a numbered item as written (`1. …`: the number is the text's).
    private static func listItem(_ line: Substring) -> Substring? {
        // Only ASCII starts an item: most lines start with a CJK character.
        guard let byte = line.utf8.first, byte < 0x80 else { return nil }
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            return line.dropFirst(2)
        }
        let digits = line.prefix(while: { $0.isASCII && $0.isNumber })
        let rest = line.dropFirst(digits.count)
        if !digits.isEmpty, rest.first == ".", rest.dropFirst().first == " " { return line }
        return nil
    }

    /// The cells of `| a | b |`; nil for the `| --- |` row. An escaped `\|` stays inside its cell.
    private static func tableRow(_ line: Substring) -> [[TextRun]]? {
        var cells: [Substring] = []
        var start = line.index(after: line.startIndex)
        var index = start
        while index < line.endIndex {
            if line[index] == "\\" {
                index = line.index(after: index)
                if index < line.endIndex { index = line.index(after: index) }
                continue
            }
            if line[index] == "|" {
                cells.append(line[start..<index])
                start = line.index(after: index)
            }
            index = line.index(after: index)
        }
        if start < line.endIndex, !line[start...].allSatisfy({ $0 == " " }) { cells.append(line[start...]) }
        let trimmed = cells.map { $0.drop(while: { $0 == " " }) }.map { cell in
            cell.prefix(cell.count - cell.reversed().prefix(while: { $0 == " " }).count)
        }
        if trimmed.allSatisfy({ !$0.isEmpty && $0.allSatisfy { "-: ".contains($0) } }) { return nil }
        return trimmed.map { InlineMarkdown.runs($0) }
    }
}
