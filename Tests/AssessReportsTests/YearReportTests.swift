import AssessCore
import Foundation
import Testing
@testable import AssessReports

/// year-{year}.md from Templates/year.md.mustache: every key the template uses exists, the README lists every
/// key, and a partial year says so in its first line.
@Suite struct YearReportTests {
    static func result(_ quarter: String, _ unit: String, decision: Decision, deduction: String) -> RecordedResult {
        RecordedResult(quarter: Quarter(quarter)!, unitID: unit, unitName: "单位*\(unit)", category: "学校",
                       region: "五华区", supervisor: "五华区教育体育局", printedScore: "80.00", triggers: [],
                       decision: decision, printedIdeologyDeduction: deduction, letterNumber: "")
    }

    /// Twelve units with deductions (more than the list shows), one named in two notices, one capped; Q3 missing.
    static var rollUp: YearRollUp {
        var configuration = Configuration.default
        configuration.rules.ideology.annualCap = 5
        var results = (1...12).map { result("2026Q1", "U\($0)", decision: .letter, deduction: "1.00") }
        results += [result("2026Q2", "U1", decision: .notice, deduction: "3.00"),
                    result("2026Q4", "U1", decision: .notice, deduction: "3.00")]
        // Eleven more units named in two notices: the list stops at ten.
        for n in 13...23 {
            results += ["2026Q2", "2026Q4"].map { result($0, "U\(n)", decision: .notice, deduction: "0.00") }
        }
        return YearRollUp(year: 2026, recordedQuarters: ["2026Q1", "2026Q2", "2026Q4"].compactMap(Quarter.init),
                          results: results, configuration: configuration)
    }

    func template() throws -> String {
        try String(contentsOf: ReportFixture.templates.appendingPathComponent(YearReport.templateFile), encoding: .utf8)
    }

    @Test func everyKeyExistsAndIsReached() throws {
        let report = try YearReport(templates: ReportFixture.templates)
        let text = try template()
        let model = report.model(Self.rollUp, configuration: .default)
        let check = KeyChecker.check(text, model: model)
        #expect(check.unknown.isEmpty, "unknown keys: \(check.unknown.sorted())")
        #expect(KeyChecker.allKeys(text).subtracting(check.verified).isEmpty,
                "unreached: \(KeyChecker.allKeys(text).subtracting(check.verified).sorted())")
    }

    @Test func readmeListsEveryKey() throws {
        let readme = try String(contentsOf: ReportFixture.templates.appendingPathComponent("README.md"), encoding: .utf8)
        var labels = Set<String>()
        func collect(_ value: Any) {
            for child in Mirror(reflecting: value).children {
                if let label = child.label { labels.insert(label) }
                collect(child.value)
            }
        }
        collect(try YearReport(templates: ReportFixture.templates).model(Self.rollUp, configuration: .default))
        labels.remove("some")
        let missing = labels.filter { !readme.contains("`\($0)`") }
        #expect(missing.isEmpty, "Templates/README.md lacks: \(missing.sorted())")
    }

    @Test func rendersTheYearOnOnePage() throws {
        let text = try YearReport(templates: ReportFixture.templates).render(Self.rollUp, configuration: .default)
        let first = text.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("# 2026年度") && first.contains("缺少2026年第3季度"), "\(first)")
        #expect(text.contains("单位\\*U1"), "names are escaped for Markdown")
        #expect(text.contains("年度扣 5.00 分（四季度合计 7.00 分，按年度上限扣）"))
        #expect(text.contains("另有 2 家单位有扣分"))
        #expect(text.contains("另有 2 家单位在两个及以上季度被通报"))
        #expect(text.contains("1. 单位\\*U1（U1，五华区教育体育局）：通报 2 次"), "the unit with the largest deduction leads the repeated list")
        #expect(text.contains("通报 2 次（2026年第2季度、2026年第4季度）"))
        #expect(text.contains("| 2026年第3季度（缺） | 0 | — | 0 | 0 |"))
    }

    @Test func aMissingTemplateNamesTheFile() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("year-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(throws: ReportError.missingTemplate(file: empty.appendingPathComponent(YearReport.templateFile).path)) {
            try YearReport(templates: empty)
        }
    }
}
