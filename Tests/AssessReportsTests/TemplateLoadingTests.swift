import Foundation
import Testing
@testable import AssessReports

@Suite struct TemplateLoadingTests {
    /// A fresh folder holding the given templates (name → text).
    func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("assess-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url
    }

    let minimal = [
        ReportRenderer.letterFile: "函号：{{letterNumber}}\n单位：{{unitName}}\n截止：{{reportDueDate}}\n",
        ReportRenderer.noticeFile: "通报{{#units}} {{name}}{{/units}}\n",
        ReportRenderer.summaryFile: "单位数 {{unitsAssessed}}\n",
        ReportRenderer.withdrawalFile: "撤销 {{letterNo}}\n",
    ]

    @Test func customFolderIsUsed() throws {
        let renderer = try ReportRenderer(templates: try folder(minimal))
        let inputs = ReportFixture.inputs
        #expect(try renderer.letter(for: ReportFixture.letterUnit, inputs)
            == "函号：昆网信函〔2026〕1号\n单位：五华区教育局\n截止：2026年10月28日\n")
        #expect(try renderer.summary(inputs) == "单位数 3\n")
        #expect(try renderer.notice(inputs)?.hasPrefix("通报 \\*粗体\\*") == true)
    }

    @Test func missingTemplateNamesTheFile() throws {
        var files = minimal
        files[ReportRenderer.noticeFile] = nil
        let directory = try folder(files)
        #expect(throws: ReportError.missingTemplate(file: directory.appendingPathComponent("notice.md.mustache").path)) {
            try ReportRenderer(templates: directory)
        }
    }

    @Test func brokenTemplateNamesFileAndLine() throws {
        var files = minimal
        files[ReportRenderer.summaryFile] = "第一行\n第二行\n{{#units}}未闭合{{/unit}}\n"
        let directory = try folder(files)
        do {
            _ = try ReportRenderer(templates: directory)
            Issue.record("a broken template must not load")
        } catch let error as ReportError {
            guard case .brokenTemplate(let file, let line, _, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(file.hasSuffix("summary.md.mustache"))
            #expect(line == 3)
            #expect(error.description.contains("summary.md.mustache 第3行"))
        }
    }

    @Test(arguments: ["{{{unitName}}}", "{{&unitName}}", "{{%CONTENT_TYPE:TEXT}}", "{{=<% %>=}}", "{{>other}}"])
    func escapeBypassingTagsAreRefused(tag: String) throws {
        var files = minimal
        files[ReportRenderer.letterFile] = "第一行\n\(tag)\n"
        let directory = try folder(files)
        #expect(throws: ReportError.self) { try ReportRenderer(templates: directory) }
        do {
            _ = try ReportRenderer(templates: directory)
        } catch let error as ReportError {
            guard case .forbiddenTag(_, let line, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(line == 2)
        }
    }

    @Test func defaultDirectoryPrefersEnvironmentThenExecutableThenCurrentDirectory() throws {
        let project = try folder([:])
        let templates = project.appendingPathComponent("Templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Data().write(to: templates.appendingPathComponent(ReportRenderer.letterFile))
        let binary = project.appendingPathComponent(".build/debug/assess")
        let elsewhere = URL(fileURLWithPath: "/")

        #expect(ReportRenderer.defaultTemplatesDirectory(environment: "/x/tpl", executable: binary, currentDirectory: elsewhere)?.path
            == "/x/tpl")
        #expect(ReportRenderer.defaultTemplatesDirectory(environment: nil, executable: binary, currentDirectory: elsewhere)?.path
            == templates.standardizedFileURL.path)
        #expect(ReportRenderer.defaultTemplatesDirectory(
            environment: "", executable: elsewhere.appendingPathComponent("bin/assess"),
            currentDirectory: project.appendingPathComponent("a/b"))?.path == templates.standardizedFileURL.path)
        #expect(ReportRenderer.defaultTemplatesDirectory(
            environment: nil, executable: nil, currentDirectory: elsewhere) == nil)
    }

    @Test func projectTemplatesAreFoundFromTheTestBinary() {
        // The test binary lives in the project's .build, like the `assess` binary.
        #expect(ReportRenderer.defaultTemplatesDirectory() != nil)
    }
}
