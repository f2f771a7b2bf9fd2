import AssessCore
import Foundation
import Testing
@testable import AssessReports

/// The values the templates get for the wording rules of documents.md: numbering levels, the notice's own
/// number, the earlier letter, the trigger's actual condition, the article of each missing system.
@Suite struct DocumentWordingTests {
    static func renderer() throws -> ReportRenderer { try ReportRenderer(templates: ReportFixture.templates) }

    @Test func numberingLevelsComeAsValues() throws {
        let model = try Self.renderer().letterModel(for: ReportFixture.letterUnit, ReportFixture.inputs)
        #expect(model.triggers.map(\.numeral) == ["（一）", "（二）", "（三）"])
        let first = try #require(model.triggers.first)
        #expect(first.findings.first?.numeral == "1.")
        let systems = try #require(model.triggers.first { $0.code == "missing_systems" })
        #expect(systems.systemsNumeral == "1." && systems.unstaffedNumeral == "2.")
        #expect(systems.systems.map(\.numeral) == ["（1）", "（2）"])
        #expect(systems.systems.map(\.article) == ["第十五条", "第十五条"])
        #expect(systems.article == "第十二条、第十五条")
        #expect(Numbering.chinese(11) == "十一" && Numbering.chinese(20) == "二十" && Numbering.level2(12) == "（十二）")
    }

    @Test func theNoticeHasItsOwnNumber() throws {
        var inputs = ReportFixture.inputs
        inputs.assessment.noticeNumber = LetterNumber(prefix: "昆网信通", year: 2026, sequence: 1)
        let notice = try #require(try Self.renderer().notice(inputs))
        #expect(notice.contains("\n**昆网信通〔2026〕1号**\n"))
        #expect(notice.contains("\n## 关于2026年第3季度党政群网站及新媒体考核情况的通报\n"))
    }

    @Test func theNoticeNamesTheEarlierLetter() throws {
        var inputs = ReportFixture.inputs
        let index = try #require(inputs.assessment.units.firstIndex { $0.decision == .notice })
        inputs.assessment.units[index].previous?.letterNumber = "昆网信函〔2026〕5号"
        let notice = try #require(try Self.renderer().notice(inputs))
        #expect(notice.contains("2026年第2季度我办已向该单位发出整改函（昆网信函〔2026〕5号）"))
        let thisQuarters = try #require(inputs.assessment.units[index].letterNumber?.description)
        #expect(!notice.contains(thisQuarters))
    }

    @Test func aLetterNamesTheTriggerByWhatHeld() throws {
        var unit = ReportFixture.letterUnit
        unit.metrics.errorRatePermille = 0.5
        unit.metrics.seriousErrors = 1
        let model = try Self.renderer().letterModel(for: unit, ReportFixture.inputs)
        let errorRate = try #require(model.triggers.first { $0.code == "error_rate" })
        #expect(errorRate.name == "出现严重错误")
        #expect(errorRate.summary.contains("错误率0.50‰，未达到2.00‰的标准，但其中严重问题1个"))
        #expect(errorRate.findings.allSatisfy { $0.severity == "严重" } && !errorRate.findings.isEmpty)
        #expect(!model.triggerNames.contains("错误率高"))
    }

    @Test func articlesAreParaphrasesAndArticle20SaysAdverseConsequences() {
        let all = Articles.forLetter(triggers: Trigger.allCases)
        #expect(all.map(\.article) == ["第十二条", "第十四条", "第十五条", "第十九条", "第二十条"])
        #expect(all.allSatisfy { !$0.text.contains("“") && !$0.text.hasSuffix("。") })
        #expect(Articles.art20.text.contains("不良后果"))
    }
}
