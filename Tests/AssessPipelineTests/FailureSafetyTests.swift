import AssessCore
import AssessLedger
import Foundation
import Testing
import TestSupport
@testable import AssessPipeline

/// Failures leave earlier outputs and the ledger untouched; bad input gives a clear message and status 2.
@Suite(.serialized) struct FailureSafetyTests {
    /// Q2 recorded and its outputs written: the state every failure below must leave exactly as it was.
    func recordedQ2() throws -> (out: URL, ledger: URL, outputs: [String: Data]) {
        let root = try ProjectPaths.temporaryFolder()
        let ledger = root.appendingPathComponent("ledger.sqlite")
        let result = try CommandRun.assess(["run", "--quarter", "2026Q2", "--data", ProjectPaths.sampleData("2026Q2").path,
                                            "--out", root.appendingPathComponent("out").path, "--ledger", ledger.path,
                                            "--no-previous"])
        #expect(result.status == 0, "\(result.stderr)")
        return (root.appendingPathComponent("out"), ledger, try ProjectPaths.snapshot(root.appendingPathComponent("out")))
    }

    @Test func runKilledBeforeCommitLeavesOutputsAndLedgerUnchanged() throws {
        let (out, ledger, before) = try recordedQ2()
        let started = try CommandRun.start(
            ["run", "--quarter", "2026Q3", "--data", ProjectPaths.sampleData("2026Q3").path, "--out", out.path,
             "--ledger", ledger.path],
            environment: ["ASSESS_TEST_PAUSE_BEFORE_COMMIT": "30"])
        // Wait until it says it is paused (outputs staged, ledger transaction open), then kill it for real.
        var said = Data()
        while !String(decoding: said, as: UTF8.self).contains("paused before commit") {
            let chunk = CommandRun.readSome(started.errPipe)
            if chunk.isEmpty { break }
            said.append(chunk)
        }
        #expect(String(decoding: said, as: UTF8.self).contains("paused before commit"))
        kill(started.process.processIdentifier, SIGKILL)
        started.process.waitUntilExit()
        #expect(started.process.terminationReason == .uncaughtSignal)

        #expect(try ProjectPaths.snapshot(out) == before)
        let book = try Ledger(path: ledger)
        #expect(try book.runs(of: Quarter("2026Q3")!).isEmpty)
        #expect(try book.runs(of: Quarter("2026Q2")!).count == 1)
        // The next run succeeds and cleans up.
        let again = try CommandRun.assess(["run", "--quarter", "2026Q3", "--data", ProjectPaths.sampleData("2026Q3").path,
                                           "--out", out.path, "--ledger", ledger.path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try book.runs(of: Quarter("2026Q3")!).count == 1)
    }

    @Test func secondRunOnALockedLedgerIsRefusedCleanly() throws {
        let (out, ledger, before) = try recordedQ2()
        let lock = try LedgerLock.acquire(ledger: ledger, waitSeconds: 0)
        let result = try CommandRun.assess(["run", "--quarter", "2026Q3", "--data", ProjectPaths.sampleData("2026Q3").path,
                                            "--out", out.path, "--ledger", ledger.path])
        withExtendedLifetime(lock) {}
        #expect(result.status == 2)
        #expect(result.stderr.contains("台账"))
        #expect(try ProjectPaths.snapshot(out) == before)
    }

    @Test(arguments: ["fatal-complaints-no-reference", "fatal-json-array-of-non-objects", "fatal-json-not-array",
                      "fatal-missing-column", "fatal-missing-table", "fatal-two-forms", "fatal-undecodable"])
    func fatalInputStopsWithStatusTwoAndTouchesNothing(_ broken: String) throws {
        let (out, ledger, before) = try recordedQ2()
        let data = ProjectPaths.sampleData("broken/\(broken)").path
        for arguments in [["validate", "--data", data],
                          ["run", "--quarter", "2026Q3", "--data", data, "--out", out.path, "--ledger", ledger.path]] {
            let result = try CommandRun.assess(arguments)
            #expect(result.status == 2, "\(arguments[0]) \(broken)")
            #expect(result.stderr.hasPrefix("错误："), "\(result.stderr)")
            #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack"))
        }
        #expect(try ProjectPaths.snapshot(out) == before)
        #expect(try Ledger(path: ledger).runs(of: Quarter("2026Q3")!).isEmpty)
    }

    @Test func validateListsRejectsAndStrictFails() throws {
        let data = ProjectPaths.sampleData("broken/rejects").path
        let rejectsFile = try ProjectPaths.temporaryFolder().appendingPathComponent("rejects.csv")
        let lenient = try CommandRun.assess(["validate", "--data", data, "--rejects", rejectsFile.path])
        #expect(lenient.status == 0)
        #expect(lenient.stdout.contains("拒收"))
        let lines = try String(contentsOf: rejectsFile, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "file,line,column,reason,raw")
        #expect(lines.count > 10)
        let strict = try CommandRun.assess(["validate", "--data", data, "--strict"])
        #expect(strict.status == 2)
        // run --strict lists every reject first, then stops without writing anything.
        let out = try ProjectPaths.temporaryFolder().appendingPathComponent("out")
        let run = try CommandRun.assess(["run", "--quarter", "2026Q3", "--data", data, "--out", out.path,
                                         "--no-ledger", "--no-previous", "--strict"])
        #expect(run.status == 2)
        #expect(run.stderr.components(separatedBy: " 第").count - 1 == lines.count - 1, "every reject listed")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func unwritableOutputFolderFailsCleanly() throws {
        let (_, ledger, _) = try recordedQ2()
        let result = try CommandRun.assess(["run", "--quarter", "2026Q3", "--data", ProjectPaths.sampleData("2026Q3").path,
                                            "--out", "/proc/assess-cannot-write/out", "--ledger", ledger.path])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("错误："))
        #expect(try Ledger(path: ledger).runs(of: Quarter("2026Q3")!).isEmpty)
    }
}
