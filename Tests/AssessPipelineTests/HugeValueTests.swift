import Foundation
import Testing
import TestSupport

/// Issue 13: no value in the configuration or the data can crash (exit 132/139) or hang the tool; a value out
/// of bounds is refused with exit status 2 and a Chinese message naming the key (real processes).
@Suite(.serialized) struct HugeValueTests {
    static let hugeValues = ["9223372036854775807", "9223372036854775808", "1e308", "-1", "-9223372036854775808",
                             ".inf", "1000001"]

    static let keys = ["report_working_days", "rules:\n  inactivity_days", "rules:\n  deadlines:\n    general_off_hours",
                       "rules:\n  weights:\n    late_fix", "rules:\n  thresholds:\n    late_fixes",
                       "rules:\n  full_score", "compliance:\n  min_posts",
                       "category_rules:\n  学校:\n    deadlines:\n      serious_working_time"]

    @Test(arguments: hugeValues) func configCheckRefusesOutOfBoundValues(_ value: String) throws {
        let folder = try ProjectPaths.temporaryFolder("assess-huge")
        defer { try? FileManager.default.removeItem(at: folder) }
        for key in Self.keys {
            let file = folder.appendingPathComponent("config.yaml")
            try Data("\(key): \(value)\n".utf8).write(to: file)
            let check = try CommandRun.assess(["config", "--check", file.path])
            let leaf = key.split(separator: " ").last.map(String.init) ?? key
            #expect(check.status == 2, "\(key) = \(value): \(check.status) \(check.stderr)")
            #expect(check.stderr.contains("配置") && check.stderr.contains(leaf), "\(key) = \(value): \(check.stderr)")
        }
    }

    @Test func aRunWithAnOutOfBoundsConfigurationWritesNothing() throws {
        let root = try ProjectPaths.temporaryFolder("assess-huge-run")
        defer { try? FileManager.default.removeItem(at: root) }
        let config = root.appendingPathComponent("config.yaml")
        try Data("report_working_days: 9223372036854775807\n".utf8).write(to: config)
        let out = root.appendingPathComponent("out")
        let run = try CommandRun.assess(["run", "--quarter", "2026Q3", "--data", ProjectPaths.sampleData("2026Q3").path,
                                         "--out", out.path, "--config", config.path, "--no-ledger", "--no-previous"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("report_working_days") && run.stderr.contains("250"))
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    /// Bounds at their largest still run, and quickly (a deadline of a year, 250 working days for the report).
    @Test func theLargestAllowedValuesRun() throws {
        let root = try ProjectPaths.temporaryFolder("assess-huge-max")
        defer { try? FileManager.default.removeItem(at: root) }
        let config = root.appendingPathComponent("config.yaml")
        try Data("""
            report_working_days: 250
            rules:
              inactivity_days: 366
              deadlines:
                general_working_time: 525600
                serious_working_time: 525600
                general_off_hours: 525600
                serious_off_hours: 525600
              weights:
                late_fix: 1000
              full_score: 1000

            """.utf8).write(to: config)
        let start = Date()
        let run = try CommandRun.assess(["run", "--quarter", "2026Q3", "--data", ProjectPaths.sampleData("2026Q3").path,
                                         "--out", root.appendingPathComponent("out").path, "--config", config.path,
                                         "--no-ledger", "--no-previous"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(Date().timeIntervalSince(start) < 60)
    }

    /// Huge and negative numbers in the data are rejected rows, never a crash.
    @Test func hugeNumbersInTheDataAreRejectedRows() throws {
        let data = try OutputScan.copyOfSample("2026Q3")
        let media = try firstMediaID(data)
        var rows = ""
        for value in ["9223372036854775807", "99999999999999999999", "-5", "1e308", "1000001"] {
            rows += "\(media),2026-07-01,\(value)\n"
        }
        try OutputScan.append(rows, to: data.appendingPathComponent("inspections.csv"))
        let validate = try CommandRun.assess(["validate", "--data", data.path, "--quarter", "2026Q3", "--show", "100"])
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stdout.contains("超出范围") && validate.stdout.contains("为负数"))
    }

    private func firstMediaID(_ data: URL) throws -> String {
        let text = try String(contentsOf: data.appendingPathComponent("media.csv"), encoding: .utf8)
        let line = text.split(whereSeparator: \.isNewline).dropFirst().first ?? ""
        return String(line.split(separator: ",").first ?? "")
    }
}
