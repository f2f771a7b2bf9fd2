import Foundation
import Testing
@testable import AssessReports

/// Issue 13: a template cannot crash the tool (stack overflow on deep nesting), exhaust memory or run for ever;
/// each limit is a Chinese error naming the file and, where it has one, the line.
@Suite struct TemplateLimitsTests {
    let loading = TemplateLoadingTests()

    @Test func sectionsNestedTooDeepNameFileAndLine() throws {
        var files = loading.minimal
        let depth = TemplateLoader.maximumDepth + 1
        let open = (1...depth).map { _ in "{{#units}}\n" }.joined()
        let close = (1...depth).map { _ in "{{/units}}\n" }.joined()
        files[ReportRenderer.noticeFile] = "标题\n" + open + "{{name}}\n" + close
        let directory = try loading.folder(files)
        #expect(throws: ReportError.templateTooDeep(file: directory.appendingPathComponent(ReportRenderer.noticeFile).path,
                                                    line: depth + 1, limit: TemplateLoader.maximumDepth)) {
            try ReportRenderer(templates: directory)
        }
    }

    /// Ten thousand nested sections (which overflowed swift-mustache's recursive parser) are refused, not a crash.
    @Test func tenThousandNestedSectionsAreRefused() throws {
        var files = loading.minimal
        files[ReportRenderer.summaryFile] = String(repeating: "{{#a}}", count: 10_000) + String(repeating: "{{/a}}", count: 10_000)
        let directory = try loading.folder(files)
        do {
            _ = try ReportRenderer(templates: directory)
            Issue.record("must be refused")
        } catch let error as ReportError {
            #expect(error.description.contains("summary.md.mustache 第1行") && error.description.contains("嵌套"))
        }
    }

    @Test func nestingUpToTheLimitLoads() throws {
        var files = loading.minimal
        let depth = TemplateLoader.maximumDepth
        files[ReportRenderer.summaryFile] = String(repeating: "{{#trend}}", count: depth) + "x"
            + String(repeating: "{{/trend}}", count: depth)
        _ = try ReportRenderer(templates: try loading.folder(files))
    }

    @Test func aTemplateTooLargeNamesFileAndLine() throws {
        var files = loading.minimal
        let line = String(repeating: "字", count: 99) + "\n"  // 298 bytes
        files[ReportRenderer.letterFile] = String(repeating: line, count: TemplateLoader.maximumBytes / 298 + 10)
        let directory = try loading.folder(files)
        let expectedLine = TemplateLoader.maximumBytes / 298 + 1
        #expect(throws: ReportError.templateTooLarge(file: directory.appendingPathComponent(ReportRenderer.letterFile).path,
                                                     line: expectedLine, limit: TemplateLoader.maximumBytes)) {
            try ReportRenderer(templates: directory)
        }
    }

    /// Lists nested in lists multiply: the renderer stops at its budget with an error naming the template.
    @Test func renderingStopsAtTheBudget() throws {
        var files = loading.minimal
        let nest = 6
        files[ReportRenderer.summaryFile] = String(repeating: "{{#regions}}{{#supervisors}}", count: nest / 2)
            + String(repeating: "一段很长的文字。", count: 200)
            + String(repeating: "{{/supervisors}}{{/regions}}", count: nest / 2)
        var inputs = ReportFixture.inputs
        // Forty units in forty regions and supervisors: 40^6 repetitions if nothing stopped it.
        let units = (0..<40).map { i in
            var unit = ReportFixture.letterUnit
            unit.unit.id = "R\(i)"
            unit.unit.region = "区\(i)"
            unit.supervisor = "主管\(i)"
            return unit
        }
        inputs.assessment.units = units
        let renderer = try ReportRenderer(templates: try loading.folder(files))
        let start = Date()
        #expect(throws: ReportError.self) { try renderer.summary(inputs) }
        #expect(Date().timeIntervalSince(start) < 60)
    }
}
