import Foundation
import Testing

/// The `.md` and the `.docx` of every letter and of the notice carry the same text (documents.md: one wording,
/// two formats). The Markdown is read here with a few independent rules, not with the module's reader.
@Suite struct SameTextTests {
    /// The Markdown's visible text, line by line: heading marks, bold marks and escapes removed, table rows as
    /// cells, part boundaries and table rules dropped, runs of spaces as one.
    static func markdownText(_ markdown: String) -> [String] {
        var lines: [String] = []
        for raw in markdown.split(separator: "\n") {
            var line = String(raw).trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("{{") || line.allSatisfy({ $0 == "-" }) { continue }
            if line.hasPrefix("|") {
                if line.allSatisfy({ "|-: ".contains($0) }) { continue }
                let cells = line.replacingOccurrences(of: "\\|", with: "\u{0}").split(separator: "|")
                    .map { $0.replacingOccurrences(of: "\u{0}", with: "|").trimmingCharacters(in: .whitespaces) }
                lines += cells.map(unescape)
                continue
            }
            while line.hasPrefix("#") { line.removeFirst() }
            lines.append(unescape(line.replacingOccurrences(of: "**", with: "")))
        }
        return lines.map(spaces).filter { !$0.isEmpty }
    }

    static func unescape(_ text: String) -> String {
        var out = ""
        var escaped = false
        for character in text {
            if !escaped && character == "\\" { escaped = true; continue }
            escaped = false
            out.append(character)
        }
        return out
    }

    static func spaces(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
    }

    /// The Word document's text in reading order: paragraphs, table cells, then the 版记.
    static func docxText(_ doc: ReadDocx) -> [String] {
        var lines: [String] = []
        for block in doc.blocks {
            if block.kind == "t" { lines += (block.rows ?? []).flatMap { $0 } } else { lines.append(block.text) }
        }
        lines += doc.record?.rows ?? []
        // A title broken into lines is one line of the Markdown.
        return lines.map { $0.replacingOccurrences(of: "\n", with: "") }.map(spaces).filter { !$0.isEmpty }
    }

    @Test func everyLetterAndTheNoticeSayTheSame() throws {
        let paths = try ["notice"] + SampleDocuments.letterUnits().map { "letters/\($0)" }
        #expect(paths.count > 5)
        for path in paths {
            let markdown = Self.markdownText(try SampleDocuments.markdown(path + ".md"))
            let word = Self.docxText(try SampleDocuments.docx(path + ".docx"))
            #expect(markdown == word, "\(path)")
        }
    }
}
