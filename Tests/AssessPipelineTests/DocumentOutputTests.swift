import Foundation
import Testing
import TestSupport

/// The Word documents of a run (documents.md): written beside the Markdown, `--pdf` with and without
/// LibreOffice, and a reworded template that breaks the layout conventions.
@Suite struct DocumentOutputTests {
    func run(_ quarter: String, out: URL, extra: [String] = [], environment: [String: String] = [:]) throws -> CommandRun {
        try CommandRun.assess(["run", "--quarter", quarter, "--data", ProjectPaths.sampleData(quarter).path,
                               "--out", out.path, "--no-ledger", "--previous",
                               ProjectPaths.root.appendingPathComponent("Tests/AssessPipelineTests/Snapshots/2026Q2/scores.csv").path,
                               "--notice-start", "1"]
                              + extra, environment: environment)
    }

    @Test func aWordDocumentBesideEveryLetterAndTheNotice() throws {
        let folder = try ProjectPaths.temporaryFolder()
        let out = folder.appendingPathComponent("out")
        let result = try run("2026Q3", out: out)
        #expect(result.status == 0, "\(result.stderr)")
        let letters = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("letters").path)
        let markdown = letters.filter { $0.hasSuffix(".md") }.map { $0.dropLast(3) }.sorted()
        let word = letters.filter { $0.hasSuffix(".docx") }.map { $0.dropLast(5) }.sorted()
        #expect(!markdown.isEmpty && markdown == word)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("notice.docx").path))
        let manifest = try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(manifest.contains("notice.docx") && manifest.contains("KM003.docx"))
    }

    @Test func pdfWithoutLibreOfficeStopsBeforeWritingAnything() throws {
        let folder = try ProjectPaths.temporaryFolder()
        let out = folder.appendingPathComponent("out")
        let result = try run("2026Q3", out: out, extra: ["--pdf"], environment: ["PATH": "/nonexistent"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("LibreOffice") && result.stderr.contains("apt-get install libreoffice-writer"))
        #expect(!result.stderr.contains("Error:") || result.stderr.contains("错误"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "no staging folder left")
    }

    /// Opt-in (`ASSESS_TEST_LIBREOFFICE=1`, LibreOffice installed): the real conversion, byte-identical on rerun.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["ASSESS_TEST_LIBREOFFICE"] == "1"))
    func pdfBesideEveryWordDocument() throws {
        let folder = try ProjectPaths.temporaryFolder()
        var outputs: [[String: Data]] = []
        for name in ["a", "b"] {
            let out = folder.appendingPathComponent(name)
            let result = try run("2026Q3", out: out, extra: ["--pdf"])
            #expect(result.status == 0, "\(result.stderr)")
            let files = try ProjectPaths.snapshot(out)
            let documents = files.keys.filter { $0.hasSuffix(".docx") }
            #expect(!documents.isEmpty)
            for document in documents {
                let pdf = try #require(files[String(document.dropLast(5)) + ".pdf"], "\(document)")
                #expect(pdf.starts(with: Array("%PDF".utf8)))
            }
            outputs.append(files)
        }
        #expect(outputs[0] == outputs[1])
    }

    @Test func aTemplateWithoutATitleStopsWithItsName() throws {
        let folder = try ProjectPaths.temporaryFolder()
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: ProjectPaths.root.appendingPathComponent("Templates"), to: templates)
        let letter = templates.appendingPathComponent("letter.md.mustache")
        let text = try String(contentsOf: letter, encoding: .utf8).replacingOccurrences(of: "\n## 关于", with: "\n关于")
        try text.write(to: letter, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let result = try run("2026Q3", out: out, extra: ["--templates", templates.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("letter.md.mustache") && result.stderr.contains("缺少标题"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func aRewordedTemplateKeepsItsDocuments() throws {
        let folder = try ProjectPaths.temporaryFolder()
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: ProjectPaths.root.appendingPathComponent("Templates"), to: templates)
        let letter = templates.appendingPathComponent("letter.md.mustache")
        let text = try String(contentsOf: letter, encoding: .utf8)
            .replacingOccurrences(of: "存在问题的整改函", with: "有关问题的整改通知")
            .replacingOccurrences(of: "一、存在的问题", with: "一、发现的问题")
        try text.write(to: letter, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let result = try run("2026Q3", out: out, extra: ["--templates", templates.path])
        #expect(result.status == 0, "\(result.stderr)")
        let markdown = try String(contentsOf: out.appendingPathComponent("letters/KM003.md"), encoding: .utf8)
        #expect(markdown.contains("有关问题的整改通知") && markdown.contains("#### （一）"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("letters/KM003.docx").path))
    }
}
