import Testing
import TestSupport
@testable import AssessDocuments

/// The template conventions a Word document is read by (Templates/README.md「公文版式约定」).
@Suite struct OfficialDocumentReadingTests {
    static let letter = """
        # 发文机关

        **某函〔2026〕1号**

        ## 关于某单位的整改函

        某单位：

        正文第一段，**加粗**。

        ### 一、存在的问题

        #### （一）问题

        1\\. 第一条

        （1）第一项

        | 甲 | 乙 |
        | --- | --- |
        | a\\|b | c |

        附件：某附件

        ---

        发文机关

        2026年10月8日

        （联系人：张三；联系电话：0871-12345678）

        ---

        附件

        ## 附件标题

        附件正文

        ---

        抄送：主管单位。

        印发机关  2026年10月8日印发
        """

    @Test func everyPartIsFound() throws {
        let document = try OfficialDocument(markdown: Self.letter, kind: .letter)
        #expect(document.mark == "发文机关")
        #expect(document.number == "某函〔2026〕1号")
        #expect(document.title == "关于某单位的整改函")
        #expect(document.recipient?.plainText == "某单位：")
        #expect(document.body.first == .paragraph([TextRun("正文第一段，"), TextRun("加粗", bold: true), TextRun("。")]))
        #expect(document.body.contains(.heading(1, [TextRun("一、存在的问题")])))
        #expect(document.body.contains(.heading(2, [TextRun("（一）问题")])))
        #expect(document.body.contains(.paragraph([TextRun("1. 第一条")])))
        #expect(document.body.contains(.table([[[TextRun("甲")], [TextRun("乙")]], [[TextRun("a|b")], [TextRun("c")]]])))
        #expect(document.attachmentNotes.map(\.plainText) == ["附件：某附件"])
        #expect(document.signer == "发文机关" && document.date == "2026年10月8日")
        #expect(document.note?.plainText == "（联系人：张三；联系电话：0871-12345678）")
        #expect(document.attachment == Attachment(label: "附件", title: "附件标题", body: [.paragraph([TextRun("附件正文")])]))
        #expect(document.record == Record(copyTo: "抄送：主管单位。", printer: "印发机关", printed: "2026年10月8日印发"))
    }

    @Test func anEmptyNumberIsNoNumber() throws {
        let text = Self.letter.replacingOccurrences(of: "**某函〔2026〕1号**", with: "****")
        #expect(try OfficialDocument(markdown: text, kind: .notice).number == nil)
    }

    @Test(arguments: [
        ("## 关于", "关于", "缺少标题"),
        ("# 发文机关\n", "", "缺少发文机关标志"),
        ("2026年10月8日\n\n（联系人：张三；联系电话：0871-12345678）", "", "署名部分应有"),
        ("抄送：主管单位。\n\n印发机关  2026年10月8日印发", "另一部分", "附件（第一行为“附件”）或版记"),
        ("#### （一）问题", "##### 问题", "正文中的标题只能用"),
    ])
    func aTemplateThatBreaksAConventionIsNamed(_ find: String, _ replace: String, _ message: String) {
        let text = Self.letter.replacingOccurrences(of: find, with: replace)
        #expect(text != Self.letter)
        #expect(throws: DocumentError.self) { try OfficialDocument(markdown: text, kind: .letter) }
        do {
            _ = try OfficialDocument(markdown: text, kind: .letter)
        } catch let error as DocumentError {
            #expect(error.message.contains(message), "\(error.message)")
            #expect(error.message.contains("README.md「公文版式约定」"))
        } catch {
            Issue.record("\(error)")
        }
    }
}

@Suite struct TitleLinesTests {
    @Test func aShortTitleIsOneLine() {
        #expect(TitleLines.split("关于2026年第3季度的通报") == ["关于2026年第3季度的通报"])
    }

    @Test func aLongTitleBreaksBetweenWordsIntoEvenLines() {
        #expect(TitleLines.split("关于2026年第3季度党政群网站及新媒体考核情况的通报")
                == ["关于2026年第3季度党政群", "网站及新媒体考核情况的通报"])
        let lines = TitleLines.split("关于五华区教育局网站及新媒体2026年第3季度存在问题的整改函")
        #expect(lines.joined() == "关于五华区教育局网站及新媒体2026年第3季度存在问题的整改函")
        #expect(lines.allSatisfy { TextWidth.characters($0) <= 20 })
        #expect(lines.first == "关于五华区教育局网站及新媒体")
    }

    /// The break places compared as scalars give the places compared as characters: a CJK compatibility
    /// ideograph (U+FA01 is canonically 度) still counts, a break character with a combining mark does not.
    @Test func breakPlacesAreFoundAsCharactersAre() {
        var generator = SplitMix64(seed: 41)
        let pool: [String] = ["于", "的", "度", "\u{FA01}", "位", "体", "网", "站", "关", "存", "在", "考", "核", "整", "改",
                              "局", "区", "2026", "年", "a", "\u{301}", "于\u{301}", "😀", "（", "）"]
        for _ in 0..<3_000 {
            let title = Array((0..<Int.random(in: 1...40, using: &generator)).map { _ in
                pool.randomElement(using: &generator) ?? ""
            }.joined())
            #expect(TitleLines.breaks(title) == Self.referenceBreaks(title), "\(String(title))")
        }
        #expect(TitleLines.split("关于五华区教育局网站及新媒体2026年第3季\u{FA01}存在问题的整改函").count > 1)
    }

    /// The first version: characters compared as `Character`s.
    static func referenceBreaks(_ characters: [Character]) -> [Int] {
        let breakAfter: Set<Character> = ["于", "的", "度", "位", "体"]
        let breakBefore: [[Character]] = ["网站", "关于", "存在", "考核", "整改"].map(Array.init)
        guard characters.count > 1 else { return [] }
        var breaks: [Int] = []
        for index in 1..<characters.count {
            if breakAfter.contains(characters[index - 1]) { breaks.append(index); continue }
            if breakBefore.contains(where: { characters[index...].starts(with: $0) }) { breaks.append(index) }
        }
        return breaks
    }
}
