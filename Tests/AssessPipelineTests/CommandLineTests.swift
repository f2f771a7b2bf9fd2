import Foundation
import Testing
import TestSupport

/// The `assess` executable as a clerk uses it: help, configuration, options, history.
@Suite(.serialized) struct CommandLineTests {
    @Test func helpTeachesInChinese() throws {
        let help = try CommandRun.assess(["--help"])
        #expect(help.status == 0)
        for word in ["run", "validate", "history", "config", "sample", "季度"] { #expect(help.stdout.contains(word)) }
        let runHelp = try CommandRun.assess(["help", "run"])
        #expect(runHelp.stdout.contains("--as-of") && runHelp.stdout.contains("台账"))
    }

    /// The executable allocates with jemalloc, not glibc's malloc (Package.swift; docs/PERFORMANCE.md "The
    /// allocator"): asked through its own environment variable, jemalloc prints its statistics at exit.
    @Test func theExecutableAllocatesWithJemalloc() throws {
        let run = try CommandRun.assess(["--version"], environment: ["MALLOC_CONF": "stats_print:true"])
        #expect(run.status == 0)
        #expect(run.stderr.contains("Begin jemalloc statistics"))
        let plain = try CommandRun.assess(["--version"])
        #expect(!plain.stderr.contains("jemalloc"))
    }

    @Test func printedDefaultsReadBack() throws {
        let printed = try CommandRun.assess(["config", "--print-defaults"])
        #expect(printed.status == 0)
        let file = try ProjectPaths.temporaryFolder().appendingPathComponent("config.yaml")
        try Data(printed.stdout.utf8).write(to: file)
        let checked = try CommandRun.assess(["config", "--check", file.path])
        #expect(checked.status == 0, "\(checked.stderr)")
        try Data("rules:\n  inactivity_dayz: 3\n".utf8).write(to: file)
        let bad = try CommandRun.assess(["config", "--check", file.path])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("inactivity_dayz"))
    }

    @Test func asOfAndIssueDateReachTheOutputs() throws {
        let out = try ProjectPaths.temporaryFolder().appendingPathComponent("out")
        let result = try CommandRun.assess([
            "run", "--quarter", "2026Q3", "--data", ProjectPaths.sampleData("2026Q3").path, "--out", out.path,
            "--no-ledger", "--no-previous", "--as-of", "2026-10-08 17:00", "--issue-date", "2026/10/9",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let manifest = try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"as_of\" : \"2026-10-08 17:00:00\""))
        #expect(manifest.contains("\"issue_date\" : \"2026-10-09\""))
        let summary = try String(contentsOf: out.appendingPathComponent("summary.md"), encoding: .utf8)
        #expect(summary.contains("2026年10月9日"))
        #expect(result.stderr.contains("2026Q2"), "a run without a previous quarter warns")
    }

    @Test func badOptionValuesExitTwo() throws {
        let result = try CommandRun.assess([
            "run", "--quarter", "2026Q3", "--data", ProjectPaths.sampleData("2026Q3").path, "--out", "/tmp/x",
            "--no-ledger", "--as-of", "2026-13-01",
        ])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--as-of"))
        let quarter = try CommandRun.assess(["validate", "--data", "/tmp", "--quarter", "2026Q5"])
        #expect(quarter.status != 0)
    }

    @Test func historyShowsAUnitsQuartersAndAQuartersRuns() throws {
        let root = try ProjectPaths.temporaryFolder()
        let ledger = root.appendingPathComponent("ledger.sqlite").path
        for quarter in ["2026Q2", "2026Q3"] {
            let run = try CommandRun.assess(["run", "--quarter", quarter, "--data", ProjectPaths.sampleData(quarter).path,
                                             "--out", root.appendingPathComponent(quarter).path, "--ledger", ledger]
                                             + (quarter == "2026Q2" ? ["--no-previous"] : []))
            #expect(run.status == 0, "\(run.stderr)")
        }
        let unit = try CommandRun.assess(["history", "--unit", "KM003", "--ledger", ledger])
        #expect(unit.status == 0)
        #expect(unit.stdout.contains("2026Q2") && unit.stdout.contains("2026Q3") && unit.stdout.contains("通报"))
        let runs = try CommandRun.assess(["history", "--quarter", "2026Q3", "--ledger", ledger])
        #expect(runs.status == 0 && runs.stdout.contains("2026-10-01"))
        let missing = try CommandRun.assess(["history", "--unit", "NOPE", "--ledger", ledger])
        #expect(missing.status == 2)
    }
}
