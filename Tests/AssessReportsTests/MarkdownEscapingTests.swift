import AssessCore
import Testing
@testable import AssessReports

@Suite struct MarkdownEscapingTests {
    @Test(arguments: [
        ("*粗体*", "\\*粗体\\*"),
        ("a|b", "a\\|b"),
        ("# 标题", "\\# 标题"),
        ("[链接](http://x)", "\\[链接\\](http:\\/\\/x)"),
        ("`代码`", "\\`代码\\`"),
        ("第一行\n第二行\r\n\n第三行", "第一行 第二行 第三行"),
        ("- 列表", "\\- 列表"),
        ("+ 列表", "\\+ 列表"),
        ("1. 编号", "1\\. 编号"),
        ("2026年", "2026年"),
        ("96.62", "96.62"),
        ("<script>", "\\<script\\>"),
        ("a\\b", "a\\\\b"),
        ("_斜_", "\\_斜\\_"),
        ("  两端空格  ", "两端空格"),
        ("五华区教育局", "五华区教育局"),
    ])
    func escapes(input: String, expected: String) {
        #expect(MarkdownEscaping.escape(input) == expected)
    }

    @Test(arguments: ["2026年9月2日 11:08", "整改时限60分钟", "昆网信函〔2026〕1号", "96.62", "7.34‰", "a:b", "1) 项",
                      "-1", "= x", "123456. 编号"])
    func plainValuesNeedNoEscaping(text: String) {
        #expect(MarkdownEscaping.isPlain(text))
        #expect(MarkdownEscaping.escape(text) == MarkdownEscaping.escapeEveryStep(text))
    }

    @Test(arguments: ["http://x", "a\u{85}b", "行\u{2028}分", "行\u{2029}分", "\u{1B}[31m", "a\u{7F}", " 前空格", "后空格 ",
                      "0871-65123456", "a*b", "制表\t符"])
    func valuesThatNeedEscapingAreNotPlain(text: String) {
        #expect(!MarkdownEscaping.isPlain(text))
    }

    /// The fast path may only skip steps that would change nothing: random strings over the characters that matter.
    @Test func fastPathAgreesWithEveryStep() {
        let alphabet = Array("ab1:/ .-+=)*_\n\t\u{85}\u{2028}\u{A8}\u{C2}中‰13812345678").map(String.init)
        for text in Self.randomTexts(alphabet, count: 5_000, lengthsBelow: 9, seed: 42) where MarkdownEscaping.isPlain(text) {
            #expect(MarkdownEscaping.escapeEveryStep(text) == MarkdownEscaping.neutraliseLineStart(text), "\(text.debugDescription)")
        }
    }

    /// The byte path gives the reference's text, including where a combining mark follows an ASCII mark.
    @Test func bytesAgreeWithCharacters() {
        let alphabet = Array("ab1:/ .-+=)*_#|[]<>~&!`\\\n\r\t\u{85}\u{2028}中：‰13812345678").map(String.init)
            + ["\u{301}", "\u{200D}", "\u{1F3FB}", "\u{903}", "://", "http://x.cn/1", "e\u{301}"]
        for text in Self.randomTexts(alphabet, count: 20_000, lengthsBelow: 12, seed: 7) {
            let reference = MarkdownEscaping.escapeByCharacters(PhoneMask.maskAll(in: text))
            #expect(MarkdownEscaping.escapeEveryStep(text) == reference, "\(text.debugDescription)")
        }
    }

    /// `count` strings of pieces of `alphabet`, from a fixed linear congruential sequence.
    private static func randomTexts(_ alphabet: [String], count: Int, lengthsBelow limit: UInt64, seed: UInt64) -> [String] {
        var seed = seed
        func next() -> UInt64 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return seed
        }
        return (0..<count).map { _ in
            let length = Int(seed % limit)
            let text = (0..<length).map { _ in alphabet[Int(next() >> 33) % alphabet.count] }.joined()
            _ = next()
            return text
        }
    }

    @Test func masksMobileNumbers() {
        #expect(MarkdownEscaping.escape("联系13812345678") == "联系138\\*\\*\\*\\*5678")
    }
}
