import AssessCore
import Foundation
import Testing
import ZIPFoundation
@testable import AssessDocuments

/// The package: the same bytes on every write, entries in a fixed order with a fixed time, the constant parts
/// made once and carrying the configured fonts.
@Suite struct DocxWriterTests {
    static let markdown = OfficialDocumentReadingTests.letter

    @Test func theSameDocumentGivesTheSameBytes() throws {
        let a = try DocxWriter(settings: .default).docx(markdown: Self.markdown, kind: .letter)
        let b = try DocxWriter(settings: .default).docx(markdown: Self.markdown, kind: .letter)
        #expect(a == b)
        #expect(a.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }

    @Test func entriesInAFixedOrderWithAFixedTime() throws {
        let data = try DocxWriter(settings: .default).docx(markdown: Self.markdown, kind: .notice)
        let archive = try Archive(data: data, accessMode: .read)
        let entries = Array(archive)
        #expect(entries.map(\.path) == ["[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels",
                                        "word/styles.xml", "word/settings.xml", "word/footer1.xml", "word/footer2.xml",
                                        "word/document.xml"])
        for entry in entries {
            #expect(entry.fileAttributes[.modificationDate] as? Date == DocxWriter.entryTime)
            #expect(entry.type == .file)
        }
    }

    @Test func theFontsComeFromTheSettings() throws {
        var settings = DocumentSettings.default
        settings.fonts.body = "宋体"
        let data = try DocxWriter(settings: settings).docx(markdown: Self.markdown, kind: .letter)
        let archive = try Archive(data: data, accessMode: .read)
        let entry = try #require(archive["word/styles.xml"])
        var styles = Data()
        _ = try archive.extract(entry) { styles.append($0) }
        #expect(String(decoding: styles, as: UTF8.self).contains(#"w:eastAsia="宋体""#))
    }

    @Test func textThatXMLForbidsIsEscapedOrDropped() {
        #expect(WordML.escaped("a<b>&\"c\u{1}") == "a&lt;b&gt;&amp;&quot;c")
        #expect(WordML.escaped("（一）：\u{FFFE}x\u{FFFF}\t\u{FFFD}\r") == "（一）：x\t\u{FFFD}")
        #expect(WordML.escaped("全角（）：；") == "全角（）：；")
    }

    @Test func theMarkShrinksToStayOnOneLine() {
        #expect(PageLayout.markSize(for: "某办") == 72)
        #expect(PageLayout.markSize(for: "中共昆明市委网络安全和信息化委员会办公室") == 44)
    }
}
