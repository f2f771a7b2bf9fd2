import Foundation
import Testing
import TestSupport

/// Opt-in (`ASSESS_PDF_CHECK=1`, needs LibreOffice and poppler-utils): SampleData's workbook converted to PDF
/// the way the office prints it. 总览's brief is exactly the first page and the charts start on the next.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["ASSESS_PDF_CHECK"] == "1"))
struct WorkbookPrintTests {
    private func run(_ tool: String, _ arguments: [String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = CommandRun.readAll(out)
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func sampleBriefIsOnePrintedPage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("assess-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let result = try CommandRun.assess(["run", "--quarter", "2026Q3", "--data", ProjectPaths.sampleData("2026Q3").path,
                                            "--out", out.path, "--no-ledger", "--no-previous"])
        #expect(result.status == 0, "\(result.stderr)")
        let profile = folder.appendingPathComponent("profile")
        let (converted, _) = try run("soffice", ["-env:UserInstallation=file://\(profile.path)", "--headless",
                                                 "--convert-to", "pdf", "--outdir", folder.path,
                                                 out.appendingPathComponent("assessment.xlsx").path])
        #expect(converted == 0)
        let pdf = folder.appendingPathComponent("assessment.pdf").path
        let (_, first) = try run("pdftotext", ["-f", "1", "-l", "1", "-layout", pdf, "-"])
        let (_, second) = try run("pdftotext", ["-f", "2", "-l", "2", "-layout", pdf, "-"])
        for part in ["考核简报", "一、本季度数字", "二、通报和发整改函的单位", "三、重大问题", "四、得分最低的", "五、分地区情况",
                     "第 1 页"] {
            #expect(first.contains(part), "page 1 lacks \(part)")
        }
        // The brief's last region (晋宁区, last in the registry) is on page 1, and nothing of the brief on page 2.
        #expect(first.contains("晋宁区"))
        #expect(!second.contains("本季度数字") && !second.contains("得分最低") && second.contains("各地区平均得分"))
    }
}
