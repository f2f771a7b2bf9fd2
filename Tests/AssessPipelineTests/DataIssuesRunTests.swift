import Foundation
import Testing
import TestSupport

/// Issue 13, with real processes: rows rejected are not penalties (units listed everywhere, letters marked
/// 待核实), human CSVs carry a byte-order mark, and unreadable or misnamed table files stop a run that writes
/// nothing.
@Suite(.serialized) struct DataIssuesRunTests {
    /// Q3 with a rejected systems row of KM003 (which gets a letter) and a rejected post of KM005's media, and a
    /// rejected finding of an unknown media (no unit can be told).
    static func dataWithRejectedRows() throws -> URL {
        let data = try OutputScan.copyOfSample("2026Q3")
        try OutputScan.append("KM003,不存在的制度,2020-01-01,\n", to: data.appendingPathComponent("systems.csv"))
        try OutputScan.append(#"{"media_id": "KM005-W", "published_at": "不是时间", "title": "x"}"# + "\n",
                              to: data.appendingPathComponent("posts.jsonl"))
        try OutputScan.append("F9-1,NOPE,2026-08-03 10:00,2026-08-03 10:05,,错别字,一般,,,\n",
                              to: data.appendingPathComponent("findings.csv"))
        return data
    }

    @Test func unitsWithRejectedRowsAreListedAndTheirLettersMarked() throws {
        let data = try Self.dataWithRejectedRows()
        let root = try ProjectPaths.temporaryFolder("assess-issues")
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out")
        let run = try CommandRun.assess(["run", "--quarter", "2026Q3", "--data", data.path, "--out", out.path, "--no-ledger", "--no-previous"])
        #expect(run.status == 0, "\(run.stderr)")

        // The console.
        #expect(run.stdout.contains("KM003 昆明市教育体育局：拒收 systems 1 行"))
        #expect(run.stdout.contains("KM005 昆明市中级人民法院：拒收 posts 1 行"))
        #expect(run.stdout.contains("无法确定所属单位：拒收 findings 1 行"))

        // The summary's section.
        let summary = try String(contentsOf: out.appendingPathComponent("summary.md"), encoding: .utf8)
        #expect(summary.contains("数据问题（发函前请核实）"))
        #expect(summary.contains("| KM003 | 昆明市教育体育局 | 整改函 | 拒收 systems 1 行 |"))

        // The manifest: each letter of such a unit is 待核实.
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("manifest.json")))
        let marks = try #require((manifest as? [String: Any])?["to_verify"] as? [[String: String]])
        #expect(marks.contains { $0["output"] == "letters/KM003.md" && $0["mark"] == "待核实" && $0["data_issues"] == "拒收 systems 1 行" })
        #expect(marks.contains { $0["output"] == "letters/KM005.md" })
        #expect(marks.allSatisfy { FileManager.default.fileExists(atPath: out.appendingPathComponent($0["output"] ?? "").path) })

        // The workbook: 数据问题 in 单位评分 and 处理决定.
        let book = try OutputScan.unzip(out.appendingPathComponent("assessment.xlsx"))
        let strings = String(decoding: book["xl/sharedStrings.xml"] ?? Data(), as: UTF8.self)
            + book.filter { $0.key.hasPrefix("xl/worksheets/") }.values.map { String(decoding: $0, as: UTF8.self) }.joined()
        #expect(strings.contains("数据问题") && strings.contains("拒收 systems 1 行"))

        // validate lists them too.
        let validate = try CommandRun.assess(["validate", "--data", data.path])
        #expect(validate.stdout.contains("KM003 昆明市教育体育局：拒收 systems 1 行"))
    }

    @Test func humanCSVsStartWithAByteOrderMarkAndMachineFeedsDoNot() throws {
        let root = try ProjectPaths.temporaryFolder("assess-bom")
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out")
        let run = try CommandRun.assess(["run", "--quarter", "2026Q3", "--data", ProjectPaths.sampleData("2026Q3").path,
                                         "--out", out.path, "--no-ledger", "--no-previous"])
        #expect(run.status == 0, "\(run.stderr)")
        let bom = Data([0xEF, 0xBB, 0xBF])
        for (file, marked) in [("compliance.csv", true), ("rejects.csv", true), ("scores.csv", false), ("ideology.csv", false)] {
            let bytes = try Data(contentsOf: out.appendingPathComponent(file))
            #expect(bytes.starts(with: bom) == marked, "\(file)")
        }
        let rejects = root.appendingPathComponent("rejects.csv")
        _ = try CommandRun.assess(["validate", "--data", ProjectPaths.sampleData("2026Q3").path, "--rejects", rejects.path])
        #expect(try Data(contentsOf: rejects).starts(with: bom))
    }

    /// A dangling link, a folder or a misnamed required table: exit 2, a Chinese message naming the file, and
    /// no output folder.
    @Test(arguments: ["dangling", "folder", "misnamed"]) func unreadableTableFilesStopTheRun(_ kind: String) throws {
        let data = try OutputScan.copyOfSample("2026Q3")
        let root = try ProjectPaths.temporaryFolder("assess-unreadable")
        defer { try? FileManager.default.removeItem(at: root) }
        let systems = data.appendingPathComponent("systems.csv")
        let expected: String
        switch kind {
        case "dangling":
            try FileManager.default.removeItem(at: systems)
            try FileManager.default.createSymbolicLink(atPath: systems.path, withDestinationPath: "/nonexistent/systems.csv")
            expected = "systems.csv"
        case "folder":
            try FileManager.default.removeItem(at: systems)
            try FileManager.default.createDirectory(at: systems, withIntermediateDirectories: false)
            expected = "文件夹"
        default:
            try FileManager.default.moveItem(at: data.appendingPathComponent("findings.csv"),
                                            to: data.appendingPathComponent("Findings.CSV"))
            expected = "改名为 findings.csv"
        }
        let out = root.appendingPathComponent("out")
        let run = try CommandRun.assess(["run", "--quarter", "2026Q3", "--data", data.path, "--out", out.path, "--no-ledger", "--no-previous"])
        #expect(run.status == 2)
        #expect(run.stderr.contains(expected), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func aTemplateNestedTooDeepStopsTheRun() throws {
        let root = try ProjectPaths.temporaryFolder("assess-deep")
        defer { try? FileManager.default.removeItem(at: root) }
        let templates = root.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: ProjectPaths.root.appendingPathComponent("Templates"), to: templates)
        let deep = String(repeating: "{{#triggers}}", count: 2_000) + String(repeating: "{{/triggers}}", count: 2_000)
        try Data(("函\n" + deep).utf8).write(to: templates.appendingPathComponent("letter.md.mustache"))
        let out = root.appendingPathComponent("out")
        let run = try CommandRun.assess(["run", "--quarter", "2026Q3", "--data", ProjectPaths.sampleData("2026Q3").path,
                                         "--out", out.path, "--no-ledger", "--no-previous", "--templates", templates.path])
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("letter.md.mustache 第2行") && run.stderr.contains("嵌套"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
