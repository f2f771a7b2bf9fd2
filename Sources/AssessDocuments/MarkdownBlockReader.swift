/// Splits rendered Markdown into blocks: the restricted subset our templates use (headings, paragraphs,
/// numbered and bulleted list items, quoted lines, pipe tables, thematic breaks, `**bold**`).
///
/// Works on the UTF-8 bytes of the text, in place: every mark it looks for (`#`, `|`, `>`, `-`, `*`, `+`, digits,
/// `.`, space, tab, line ends) is ASCII, and ASCII bytes never occur inside a multi-byte character. A mark is
/// the byte alone: a combining character after it does not change it. Reading the letters back as Strings
/// per line cost more than writing their Word files (docs/PERFORMANCE.md "The Word document of a letter").
enum MarkdownBlockReader {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    static func blocks(_ markdown: String) -> [MarkdownBlock] {
        var markdown = markdown
        markdown.makeContiguousUTF8()
        return markdown.utf8.withContiguousStorageIfAvailable { blocks(bytes: $0) }
            ?? Array(markdown.utf8).withUnsafeBufferPointer { blocks(bytes: $0) }
    }

    private static func blocks(bytes: Bytes) -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        var paragraph: [UInt8] = []
        var inParagraph = false
        var table: [[[TextRun]]] = []
        func flushParagraph() {
            guard inParagraph else { return }
            blocks.append(.paragraph(paragraph.withUnsafeBufferPointer { InlineMarkdown.runs(bytes: $0) }))
            paragraph.removeAll(keepingCapacity: true)
            inParagraph = false
        }
        func flushTable() {
            guard !table.isEmpty else { return }
            blocks.append(.table(table))
            table = []
        }
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let line = trimmed(Bytes(rebasing: bytes[start..<end]))
            start = end + 1
            let first = line.first
            if first == 0x7C {
                flushParagraph()
                if let row = tableRow(line) { table.append(row) }
                continue
            }
            flushTable()
            if line.isEmpty {
                flushParagraph()
            } else if isRule(line) {
                flushParagraph()
                blocks.append(.rule)
            } else if let (level, heading) = heading(line) {
                flushParagraph()
                blocks.append(.heading(level, InlineMarkdown.runs(bytes: heading)))
            } else if let item = listItem(line) {
                flushParagraph()
                paragraph.append(contentsOf: item)
                inParagraph = true
            } else if first == 0x3E {
                flushParagraph()
                paragraph.append(contentsOf: line.dropFirst().drop(while: { $0 == 0x20 }))
                inParagraph = true
            } else {
                paragraph.append(contentsOf: line)
                inParagraph = true
            }
        }
        flushParagraph()
        flushTable()
        return blocks
    }

    /// The line without spaces, tabs and a carriage return at either end.
    private static func trimmed(_ line: Bytes) -> Bytes {
        let isBlank = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0D }
        guard let first = line.firstIndex(where: { !isBlank($0) }), let last = line.lastIndex(where: { !isBlank($0) }) else {
            return Bytes(rebasing: line[0..<0])
        }
        return Bytes(rebasing: line[first...last])
    }

    /// `---` (three or more dashes): the only part boundary the templates use. `***` is not one here, so an
    /// empty bold value (`****`) stays an empty paragraph.
    private static func isRule(_ line: Bytes) -> Bool {
        var dashes = 0
        for byte in line where byte != 0x20 {
            guard byte == 0x2D else { return false }
            dashes += 1
        }
        return dashes >= 3
    }

    /// `#` to `######`, a space, the text.
    private static func heading(_ line: Bytes) -> (Int, Bytes)? {
        let hashes = line.prefix(while: { $0 == 0x23 }).count
        guard (1...6).contains(hashes), hashes < line.count, line[hashes] == 0x20 else { return nil }
        return (hashes, Bytes(rebasing: line[hashes...].drop(while: { $0 == 0x20 })))
    }

    /// A bullet item without its marker; a numbered item as written (`1. …`: the number is the text's).
    private static func listItem(_ line: Bytes) -> Bytes? {
        guard line.count >= 2 else { return nil }
        if line[0] == 0x2D || line[0] == 0x2A || line[0] == 0x2B, line[1] == 0x20 {
            return Bytes(rebasing: line[2...])
        }
        let digits = line.prefix(while: { (0x30...0x39).contains($0) }).count
        if digits > 0, digits + 1 < line.count, line[digits] == 0x2E, line[digits + 1] == 0x20 { return line }
        return nil
    }

    /// The cells of `| a | b |`; nil for the `| --- |` row. An escaped `\|` stays inside its cell.
    private static func tableRow(_ line: Bytes) -> [[TextRun]]? {
        var cells: [Bytes] = []
        var start = 1
        var index = 1
        while index < line.count {
            if line[index] == 0x5C {
                index += 2
                continue
            }
            if line[index] == 0x7C {
                cells.append(Bytes(rebasing: line[start..<index]))
                start = index + 1
            }
            index += 1
        }
        if start < line.count, line[start...].contains(where: { $0 != 0x20 }) {
            cells.append(Bytes(rebasing: line[start...]))
        }
        let trimmed = cells.map { cell in
            let head = cell.prefix(while: { $0 == 0x20 }).count
            let tail = cell.reversed().prefix(while: { $0 == 0x20 }).count
            return Bytes(rebasing: cell[head..<max(head, cell.count - tail)])
        }
        let isRuleCell = { (cell: Bytes) in !cell.isEmpty && cell.allSatisfy { $0 == 0x2D || $0 == 0x3A || $0 == 0x20 } }
        if trimmed.allSatisfy(isRuleCell) { return nil }
        return trimmed.map { InlineMarkdown.runs(bytes: $0) }
    }
}
