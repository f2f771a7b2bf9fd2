import AssessCore
import AssessLedger
import Foundation
import Testing
import TestSupport
@testable import AssessPipeline

/// outputs.md: "A run never leaves the ledger changed while its outputs failed, or the reverse" — also when
/// the ledger's commit fails after the outputs were swapped in, when the run is killed right then, and when
/// `--out` is a mount point (staged inside it, never renamed across file systems).
@Suite(.serialized) struct LedgerOutputAgreementTests {
    struct Recorded {
        let root: URL
        var out: URL { root.appendingPathComponent("out") }
        var ledger: URL { root.appendingPathComponent("ledger.sqlite") }

        /// Q2 run with `--no-previous` into `out` (unless `withOutputs` is false: the ledger only).
        init(withOutputs: Bool = true) throws {
            root = try ProjectPaths.temporaryFolder("assess-agree")
            let q2 = try CommandRun.assess(["run", "--quarter", "2026Q2", "--data", ProjectPaths.sampleData("2026Q2").path,
                                            "--out", withOutputs ? out.path : root.appendingPathComponent("q2").path,
                                            "--ledger", ledger.path, "--no-previous"])
            #expect(q2.status == 0, "\(q2.stderr)")
        }

        func runQ3(out: URL? = nil, environment: [String: String] = [:]) throws -> CommandRun {
            try CommandRun.assess(["run", "--quarter", "2026Q3", "--data", ProjectPaths.sampleData("2026Q3").path,
                                   "--out", (out ?? self.out).path, "--ledger", ledger.path], environment: environment)
        }

        func startQ3(environment: [String: String]) throws -> CommandRun.Started {
            try CommandRun.start(["run", "--quarter", "2026Q3", "--data", ProjectPaths.sampleData("2026Q3").path,
                                  "--out", out.path, "--ledger", ledger.path], environment: environment)
        }

        func q3Runs() throws -> Int { try Ledger(path: ledger).runs(of: Quarter("2026Q3")!).count }

        /// Entries beside the output folder other than the outputs, the ledger and Q2's folder.
        func leftovers() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: root.path)
                .filter { $0.hasPrefix(".") }.sorted()
        }
    }

    /// Waits until the started run prints `line` on stderr, then kills it for real.
    func kill(_ started: CommandRun.Started, after line: String) {
        var said = Data()
        while !String(decoding: said, as: UTF8.self).contains(line) {
            let chunk = CommandRun.readSome(started.errPipe)
            if chunk.isEmpty { break }
            said.append(chunk)
        }
        #expect(String(decoding: said, as: UTF8.self).contains(line))
        Foundation.kill(started.process.processIdentifier, SIGKILL)
        started.process.waitUntilExit()
    }

    func recover(_ place: Recorded) throws {
        let ledger = try Ledger(path: place.ledger)
        StagingDirectory.recover(place.out) { token in (try? ledger.hasRun(outputToken: token)) ?? true }
    }

    @Test func aLedgerCommitFailingAfterTheSwapPutsTheOldOutputsBack() throws {
        let place = try Recorded()
        let before = try ProjectPaths.snapshot(place.out)
        let result = try place.runQ3(environment: ["ASSESS_TEST_AFTER_SWAP": "fail"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("错误："))
        #expect(try ProjectPaths.snapshot(place.out) == before)
        #expect(try place.q3Runs() == 0)
        #expect(try place.leftovers() == [])
    }

    @Test func aRunKilledBetweenItsSwapAndItsCommitIsUndoneByTheNextRun() throws {
        let place = try Recorded()
        let before = try ProjectPaths.snapshot(place.out)
        kill(try place.startQ3(environment: ["ASSESS_TEST_AFTER_SWAP": "pause:30"]), after: "paused after swap")
        // Killed: the outputs are Q3's, the ledger never recorded Q3 — they disagree until the next run.
        #expect(try ProjectPaths.snapshot(place.out) != before)
        #expect(try place.q3Runs() == 0)
        try recover(place)
        #expect(try ProjectPaths.snapshot(place.out) == before)
        #expect(try place.leftovers() == [])
        // And the next real run goes through.
        let again = try place.runQ3()
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try place.q3Runs() == 1)
    }

    @Test func aFirstRunKilledBetweenItsSwapAndItsCommitLeavesNoOutputs() throws {
        let place = try Recorded(withOutputs: false)
        kill(try place.startQ3(environment: ["ASSESS_TEST_AFTER_SWAP": "pause:30"]), after: "paused after swap")
        #expect(FileManager.default.fileExists(atPath: place.out.path))
        try recover(place)
        #expect(!FileManager.default.fileExists(atPath: place.out.path))
        #expect(try place.leftovers() == [])
    }

    @Test func aRunKilledAfterItsCommitKeepsItsOutputs() throws {
        let place = try Recorded()
        kill(try place.startQ3(environment: ["ASSESS_TEST_AFTER_COMMIT": "pause:30"]), after: "paused after commit")
        #expect(try place.q3Runs() == 1)
        #expect(try place.leftovers().count == 1, "Q2's outputs still set aside")
        let after = try ProjectPaths.snapshot(place.out)
        try recover(place)
        #expect(try ProjectPaths.snapshot(place.out) == after)
        #expect(try place.leftovers() == [])
    }

    @Test(.enabled(if: getuid() == 0, "mounting a tmpfs needs root"))
    func aMountPointAsOutputFolderIsFilledInPlaceAndUndoneOnFailure() throws {
        let place = try Recorded(withOutputs: false)
        let mount = place.root.appendingPathComponent("mnt")
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: true)
        let mounted = try CommandRun.system(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", mount.path])
        guard mounted == 0 else { return } // a container without mount rights: nothing to test here
        defer { _ = try? CommandRun.system(["umount", mount.path]) }
        #expect(StagingDirectory.isMountPoint(mount))

        let first = try place.runQ3(out: mount)
        #expect(first.status == 0, "\(first.stderr)")
        let q3 = try ProjectPaths.snapshot(mount)
        #expect(q3["manifest.json"] != nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: mount.path).allSatisfy { !$0.hasPrefix(".assess.") })

        let failed = try place.runQ3(out: mount, environment: ["ASSESS_TEST_AFTER_SWAP": "fail"])
        #expect(failed.status == 2)
        #expect(try ProjectPaths.snapshot(mount) == q3)
        #expect(try FileManager.default.contentsOfDirectory(atPath: mount.path).allSatisfy { !$0.hasPrefix(".assess.") })
        #expect(try place.q3Runs() == 1)

        let rerun = try place.runQ3(out: mount)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try ProjectPaths.snapshot(mount) == q3, "a rerun is byte-identical")
        #expect(try place.q3Runs() == 2)
    }
}
