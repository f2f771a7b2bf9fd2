import AssessCore
import AssessLedger
import Foundation
import Testing
import TestSupport

/// rules.md "Where the previous quarter comes from" and "Letters" (numbers never handed out twice), through
/// the real `assess` binary: the exit status, the message, and the file system before and after.
@Suite(.serialized) struct PreviousQuarterTests {
    static let q2Scores = ProjectPaths.root.appendingPathComponent("Tests/AssessPipelineTests/Snapshots/2026Q2/scores.csv")
    static let q3Scores = ProjectPaths.root.appendingPathComponent("Tests/AssessPipelineTests/Snapshots/2026Q3/scores.csv")

    func runQ3(_ root: URL, _ extra: [String]) throws -> CommandRun {
        try CommandRun.assess(["run", "--quarter", "2026Q3", "--data", ProjectPaths.sampleData("2026Q3").path,
                               "--out", root.appendingPathComponent("out").path,
                               "--ledger", root.appendingPathComponent("ledger.sqlite").path] + extra)
    }

    /// A refused run: status 2, a Chinese message containing `words`, no output folder, no run in the ledger.
    func expectRefused(_ result: CommandRun, _ root: URL, _ words: [String],
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(result.status == 2, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.hasPrefix("错误："), "\(result.stderr)", sourceLocation: sourceLocation)
        for word in words { #expect(result.stderr.contains(word), "\(word): \(result.stderr)", sourceLocation: sourceLocation) }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("out").path),
                sourceLocation: sourceLocation)
        let ledger = root.appendingPathComponent("ledger.sqlite")
        if FileManager.default.fileExists(atPath: ledger.path) {
            #expect(try Ledger(path: ledger).runs(of: Quarter("2026Q3")!).isEmpty, sourceLocation: sourceLocation)
        }
    }

    /// `lines` of a copy of the Q2 scores.csv after `change`.
    func q2File(_ root: URL, _ change: ([String]) -> [String]) throws -> URL {
        let lines = try String(contentsOf: Self.q2Scores, encoding: .utf8).split(separator: "\n").map(String.init)
        let file = root.appendingPathComponent("previous.csv")
        try Data((change(lines).joined(separator: "\n") + "\n").utf8).write(to: file)
        return file
    }

    @Test func anEmptyLedgerWithoutPreviousOrNoPreviousStops() throws {
        let root = try ProjectPaths.temporaryFolder("assess-previous")
        try expectRefused(try runQ3(root, []), root, ["2026Q2", "--previous", "--no-previous"])
        // A ledger that did not exist is not created by a run that stops.
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("ledger.sqlite").path))
    }

    @Test func aPreviousFileOfAnotherQuarterOrWithARepeatedUnitIsFatal() throws {
        let root = try ProjectPaths.temporaryFolder("assess-previous")
        try expectRefused(try runQ3(root, ["--previous", Self.q3Scores.path]), root, ["2026Q3", "2026Q2", "scores.csv"])
        let repeated = try q2File(root) { $0 + [$0[1]] }
        try expectRefused(try runQ3(root, ["--previous", repeated.path]), root, ["KM001", "重复"])
        let missingQuarter = try q2File(root) { lines in lines.map { String($0.split(separator: ",", maxSplits: 1)[1]) } }
        try expectRefused(try runQ3(root, ["--previous", missingQuarter.path]), root, ["quarter"])
        let absent = root.appendingPathComponent("no-such.csv")
        try expectRefused(try runQ3(root, ["--previous", absent.path]), root, [absent.path])
        let folder = root.appendingPathComponent("q2")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let result = try runQ3(root, ["--previous", folder.path])
        try expectRefused(result, root, [folder.path, "scores.csv"])
        #expect(!result.stderr.contains("Is a directory"))
    }

    @Test func noPreviousContradictingTheLedgerOrThePreviousFileIsRefused() throws {
        let root = try ProjectPaths.temporaryFolder("assess-previous")
        try expectRefused(try runQ3(root, ["--previous", Self.q2Scores.path, "--no-previous"]), root,
                          ["--previous", "--no-previous"])
        let q2 = try CommandRun.assess(["run", "--quarter", "2026Q2", "--data", ProjectPaths.sampleData("2026Q2").path,
                                        "--out", root.appendingPathComponent("q2").path,
                                        "--ledger", root.appendingPathComponent("ledger.sqlite").path, "--no-previous"])
        #expect(q2.status == 0, "\(q2.stderr)")
        try expectRefused(try runQ3(root, ["--no-previous"]), root, ["2026Q2", "--no-previous"])
    }

    @Test func noPreviousLettersEveryTriggeredUnitAndSaysSo() throws {
        let root = try ProjectPaths.temporaryFolder("assess-previous")
        let result = try runQ3(root, ["--no-previous"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("首次考核") && result.stderr.contains("一律发整改函"))
        let scores = try String(contentsOf: root.appendingPathComponent("out/scores.csv"), encoding: .utf8)
        #expect(!scores.contains(",notice,"))
        #expect(scores.contains("昆网信函〔2026〕1号"))
        let manifest = try String(contentsOf: root.appendingPathComponent("out/manifest.json"), encoding: .utf8)
        #expect(manifest.contains(#""notice_no" : """#))
        #expect(manifest.contains(#""previous_source" : "none""#))
    }

    @Test func theLedgerWinsOverAPreviousFileAndTheWarningSaysSo() throws {
        let root = try ProjectPaths.temporaryFolder("assess-previous")
        let ledger = root.appendingPathComponent("ledger.sqlite").path
        let q2 = try CommandRun.assess(["run", "--quarter", "2026Q2", "--data", ProjectPaths.sampleData("2026Q2").path,
                                        "--out", root.appendingPathComponent("q2").path, "--ledger", ledger,
                                        "--no-previous"])
        #expect(q2.status == 0, "\(q2.stderr)")
        // A file that says every unit had no letter last quarter: were it used, Q3 would have no notice.
        let quiet = try q2File(root) { lines in
            [lines[0]] + lines.dropFirst().map { $0.replacingOccurrences(of: ",letter,", with: ",none,") }
        }
        let result = try runQ3(root, ["--previous", quiet.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("已按台账") && result.stderr.contains(quiet.path))
        let scores = try String(contentsOf: root.appendingPathComponent("out/scores.csv"), encoding: .utf8)
        #expect(try scores == String(contentsOf: Self.q3Scores, encoding: .utf8))
        let manifest = try String(contentsOf: root.appendingPathComponent("out/manifest.json"), encoding: .utf8)
        #expect(manifest.contains(#""previous_source" : "ledger""#))
    }

    @Test func withoutAnyNumberOfTheYearTheRunNeedsLetterStartAndNoticeStart() throws {
        let root = try ProjectPaths.temporaryFolder("assess-previous")
        // Q2's results without its letter numbers (letter_no is the last column).
        let unnumbered = try q2File(root) { lines in
            [lines[0]] + lines.dropFirst().map { String($0[..<($0.lastIndex(of: ",") ?? $0.endIndex)]) + "," }
        }
        try expectRefused(try runQ3(root, ["--previous", unnumbered.path]), root, ["--letter-start", "2026"])
        try expectRefused(try runQ3(root, ["--previous", unnumbered.path, "--letter-start", "40"]), root,
                          ["--notice-start", "2026"])
        let result = try runQ3(root, ["--previous", unnumbered.path, "--letter-start", "40", "--notice-start", "3"])
        #expect(result.status == 0, "\(result.stderr)")
        let scores = try String(contentsOf: root.appendingPathComponent("out/scores.csv"), encoding: .utf8)
        #expect(scores.contains("昆网信函〔2026〕40号") && !scores.contains("昆网信函〔2026〕39号"))
        let manifest = try String(contentsOf: root.appendingPathComponent("out/manifest.json"), encoding: .utf8)
        #expect(manifest.contains(#""notice_no" : "昆网信通〔2026〕3号""#))
        // The ledger now holds numbers of 2026: a rerun needs neither start and keeps every number.
        let rerun = try runQ3(root, ["--previous", unnumbered.path])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try String(contentsOf: root.appendingPathComponent("out/scores.csv"), encoding: .utf8) == scores)
        #expect(try String(contentsOf: root.appendingPathComponent("out/manifest.json"), encoding: .utf8)
                .contains(#""notice_no" : "昆网信通〔2026〕3号""#))
    }

    @Test func numbersContinueAfterTheHighestThePreviousFileShows() throws {
        let root = try ProjectPaths.temporaryFolder("assess-previous")
        let result = try runQ3(root, ["--previous", Self.q2Scores.path, "--notice-start", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        let scores = try String(contentsOf: root.appendingPathComponent("out/scores.csv"), encoding: .utf8)
        #expect(try scores == String(contentsOf: Self.q3Scores, encoding: .utf8))
    }

    @Test func theNoticeNumberContinuesThroughTheLedgerAndIsKeptOnARerun() throws {
        let root = try ProjectPaths.temporaryFolder("assess-previous")
        let ledger = root.appendingPathComponent("ledger.sqlite").path
        let q2 = try CommandRun.assess(["run", "--quarter", "2026Q2", "--data", ProjectPaths.sampleData("2026Q2").path,
                                        "--out", root.appendingPathComponent("q2").path, "--ledger", ledger,
                                        "--no-previous"])
        #expect(q2.status == 0, "\(q2.stderr)")
        for _ in 0..<2 {
            let q3 = try runQ3(root, [])
            #expect(q3.status == 0, "\(q3.stderr)")
            let manifest = try String(contentsOf: root.appendingPathComponent("out/manifest.json"), encoding: .utf8)
            #expect(manifest.contains(#""notice_no" : "昆网信通〔2026〕1号""#))
        }
    }

    @Test(arguments: [["--letter-start", "0"], ["--notice-start", "100000000000"]])
    func aStartOutOfRangeIsRefused(_ option: [String]) throws {
        let root = try ProjectPaths.temporaryFolder("assess-previous")
        let result = try runQ3(root, ["--no-previous"] + option)
        try expectRefused(result, root, [option[0]])
    }
}
