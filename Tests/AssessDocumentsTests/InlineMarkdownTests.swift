import Testing
@testable import AssessDocuments

@Suite struct InlineMarkdownTests {
    @Test func boldAndEscapes() {
        let runs = InlineMarkdown.runs("**昆网信函〔2026〕7号** a\\*b\\|c")
        #expect(runs == [TextRun("昆网信函〔2026〕7号", bold: true), TextRun(" a*b|c")])
    }
}
