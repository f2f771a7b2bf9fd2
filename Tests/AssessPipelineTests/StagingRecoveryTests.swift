import Foundation
import Testing
import TestSupport
@testable import AssessPipeline

/// A run killed mid-swap or mid-staging is cleaned up by the next one (issue 9, found by the kill loop's
/// review): the old outputs put back when the swap was cut between its two renames, stale folders removed.
@Suite struct StagingRecoveryTests {
    let deadPID = "2147483646"

    func folder(_ url: URL, file: String) throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Data(file.utf8).write(to: url.appendingPathComponent("scores.csv"))
    }

    @Test func swapCutBetweenItsRenamesPutsTheOldOutputsBack() throws {
        let root = try ProjectPaths.temporaryFolder("assess-recover")
        let target = root.appendingPathComponent("out")
        try folder(root.appendingPathComponent(".out.previous-\(deadPID)"), file: "old")
        try folder(root.appendingPathComponent(".out.partial-\(deadPID)"), file: "new")
        StagingDirectory.recover(target)
        #expect(try String(contentsOf: target.appendingPathComponent("scores.csv"), encoding: .utf8) == "old")
        #expect(OutputScan.tree(root) == ["out", "out/scores.csv"])
    }

    @Test func staleFoldersGoWhenTheSwapHadFinished() throws {
        let root = try ProjectPaths.temporaryFolder("assess-recover")
        let target = root.appendingPathComponent("out")
        try folder(target, file: "new")
        try folder(root.appendingPathComponent(".out.previous-\(deadPID)"), file: "old")
        try folder(root.appendingPathComponent(".out.partial-1"), file: "live") // pid 1 runs: left alone
        try folder(root.appendingPathComponent(".other.partial-\(deadPID)"), file: "other") // another target
        _ = try StagingDirectory(replacing: target)
        let tree = OutputScan.tree(root).filter { !$0.contains("/") }
        #expect(tree.filter { !$0.hasPrefix(".out.partial-\(ProcessInfo.processInfo.processIdentifier)") }
            == [".other.partial-\(deadPID)", ".out.partial-1", "out"])
        #expect(try String(contentsOf: target.appendingPathComponent("scores.csv"), encoding: .utf8) == "new")
    }
}
