import AssessCore
import Foundation
import Testing
@testable import AssessReports

@Suite struct ReportRendererTests {
    let renderer: ReportRenderer
    let inputs = ReportFixture.inputs

    init() throws { renderer = try ReportRenderer(templates: ReportFixture.templates) }

    // MARK: - Golden files

    @Test func letterSnapshot() throws {
        try Snapshot.assert(try renderer.letter(for: ReportFixture.letterUnit, inputs), named: "letter-U001.md")
    }

    @Test func noticeVariantLetterSnapshot() throws {
        try Snapshot.assert(try renderer.letter(for: ReportFixture.noticeUnit, inputs), named: "letter-U002-notice.md")
    }

    @Test func noticeSnapshot() throws {
        let rendered = try renderer.notice(inputs)
        let notice = try #require(rendered)
        try Snapshot.assert(notice, named: "notice.md")
    }

    @Test func summarySnapshot() throws {
        try Snapshot.assert(try renderer.summary(inputs), named: "summary.md")
    }

    // MARK: - What the letters say

    @Test(arguments: [ReportFixture.letterUnit, ReportFixture.noticeUnit])
    func letterNumberAndDueDateAgreeWithAssessment(unit: UnitAssessment) throws {
        let letter = try renderer.letter(for: unit, inputs)
        let number = try #require(unit.letterNumber)
        #expect(letter.contains(number.description))
        #expect(letter.contains(inputs.assessment.reportDueDate.chinese))
        #expect(letter.contains(inputs.assessment.issueDate.chinese))
        #expect(letter.contains("2026年10月28日"))
        for trigger in unit.triggers { #expect(letter.contains(trigger.chinese)) }
    }

    @Test func noticeParagraphOnlyForNotice() throws {
        #expect(try renderer.letter(for: ReportFixture.noticeUnit, inputs).contains("特别提示"))
        #expect(!(try renderer.letter(for: ReportFixture.letterUnit, inputs).contains("特别提示")))
    }

    @Test func longListsAreCutWithCount() throws {
        let letter = try renderer.letter(for: ReportFixture.letterUnit, inputs)
        #expect(letter.contains("另有 2 条"))
        let model = renderer.letterModel(for: ReportFixture.letterUnit, inputs)
        let errorRate = try #require(model.triggers.first)
        #expect(errorRate.findings.count == 10)
        #expect(errorRate.findingsMore == 2)
        // Worst first: the serious major incident leads.
        #expect(errorRate.findings.first?.severity == "严重")
        let late = try #require(model.triggers.first { $0.code == "late_fixes" })
        // The four late findings are among the ten listed under （一）: listed once, referred to here.
        #expect(late.findings.isEmpty && late.findingsMore == nil)
        #expect(late.findingsListedAbove == 4 && late.findingsListedIn == "（一）")
    }

    @Test func noNoticeWithoutNoticeUnits() throws {
        #expect(try renderer.notice(ReportFixture.inputsWithoutNotice) == nil)
    }

    @Test func noPhoneNumberInAnyOutput() throws {
        let rendered = try renderer.notice(inputs)
        var outputs = [try renderer.summary(inputs), try #require(rendered)]
        for unit in inputs.assessment.units where unit.decision != .noAction {
            outputs.append(try renderer.letter(for: unit, inputs))
        }
        for output in outputs {
            #expect(!output.contains(ReportFixture.phone))
            #expect(PhoneMask.maskAll(in: output) == output, "an unmasked mobile number is left")
        }
        let complaintLetter = try renderer.letter(for: ReportFixture.noticeUnit, inputs)
        #expect(complaintLetter.contains("138\\*\\*\\*\\*5678"))
    }

    // MARK: - Hostile names cannot change the layout

    @Test func hostileNamesStayText() throws {
        let letter = try renderer.letter(for: ReportFixture.noticeUnit, inputs)
        let rendered = try renderer.notice(inputs)
        let notice = try #require(rendered)
        for output in [letter, notice] {
            #expect(!output.contains("*粗体*"))
            #expect(output.contains("\\*粗体\\* a\\|b \\# 标题 \\[链接\\](http:\\/\\/x) \\`代码\\` \\<b\\>"))
            #expect(!output.contains("](http://"))
            let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(!lines.contains { $0.hasPrefix("# 标题") || $0.hasPrefix("- 列表") })
        }
        // The attachment table keeps five columns on every row.
        let rows = notice.split(separator: "\n").filter { $0.hasPrefix("| ") }
        for row in rows {
            let pipes = row.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            #expect(pipes == 6, "\(row)")
        }
    }
}
