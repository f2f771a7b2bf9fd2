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

    @Test func masksMobileNumbers() {
        #expect(MarkdownEscaping.escape("联系13812345678") == "联系138\\*\\*\\*\\*5678")
    }
}
