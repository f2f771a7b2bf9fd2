import Foundation
import Testing

/// The body's numbering levels 一、 / （一） / 1. / （1）: in order, never skipping a level, headings in their
/// styles (documents.md "正文").
@Suite struct NumberingLevelTests {
    static let chinese = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    /// The level and number a paragraph starts with, or nil.
    static func level(_ text: String) -> (Int, Int)? {
        for (index, numeral) in chinese.enumerated() {
            if text.hasPrefix(numeral + "、") { return (1, index + 1) }
            if text.hasPrefix("（" + numeral + "）") { return (2, index + 1) }
        }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if let n = Int(digits), text.dropFirst(digits.count).hasPrefix(".") { return (3, n) }
        if text.hasPrefix("（"), let n = Int(text.dropFirst().prefix { $0.isASCII && $0.isNumber }),
           text.dropFirst(1 + String(n).count).hasPrefix("）") { return (4, n) }
        return nil
    }

    static func documents() throws -> [String] {
        try ["notice.docx"] + SampleDocuments.letterUnits().map { "letters/\($0).docx" }
    }

    @Test func levelsRunInOrderWithoutSkipping() throws {
        for path in try Self.documents() {
            let doc = try SampleDocuments.docx(path)
            var last = [0, 0, 0, 0, 0]
            var deepest = 0
            for block in doc.blocks where block.kind == "p" {
                guard let (level, number) = Self.level(block.text) else { continue }
                #expect(level <= deepest + 1, "\(path): level \(level) after level \(deepest): \(block.text.prefix(20))")
                #expect(number == last[level] + 1, "\(path): \(block.text.prefix(20)) after number \(last[level])")
                last[level] = number
                for deeper in level..<4 { last[deeper + 1] = 0 }
                deepest = level
            }
        }
    }

    @Test func firstAndSecondLevelsAreHeadingsInTheirFonts() throws {
        for path in try Self.documents() {
            let doc = try SampleDocuments.docx(path)
            for heading in doc.paragraphs(style: "Heading1") { #expect(Self.level(heading.text)?.0 == 1, "\(path)") }
            for heading in doc.paragraphs(style: "Heading2") { #expect(Self.level(heading.text)?.0 == 2, "\(path)") }
            #expect(!doc.paragraphs(style: "Heading1").isEmpty)
        }
        let letter = try SampleDocuments.docx("letters/KM005.docx")
        #expect(letter.paragraphs(style: "Heading2").map(\.text).first?.hasPrefix("（一）") == true)
    }

    @Test func missingSystemsSitAtTheFourthLevelUnderTheirHeading() throws {
        let text = try SampleDocuments.docx("letters/KM005.docx").paragraphs
        let heading = try #require(text.firstIndex { $0.hasSuffix("未建立的制度：") })
        #expect(Self.level(text[heading])?.0 == 3)
        #expect(Self.level(text[heading + 1])?.0 == 4)
    }
}
