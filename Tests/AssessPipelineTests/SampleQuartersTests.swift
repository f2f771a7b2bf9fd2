import AssessCore
import AssessLedger
import Foundation
import Testing
import TestSupport
@testable import AssessPipeline

/// The two SampleData quarters end to end, against the expected scores.csv that the independent Python
/// reference (tools/reference_scores.py) computed from the rulebook; see docs/SAMPLE-WALKTHROUGH.md.
@Suite(.serialized) struct SampleQuartersTests {
    let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    /// 2026Q2 is the sample's first quarter: it runs with `--no-previous`.
    func options(_ quarter: String, out: URL, ledger: URL?, previous: URL? = nil, noticeStart: Int? = nil)
        -> RunOptions {
        RunOptions(quarter: Quarter(quarter)!, dataDirectory: ProjectPaths.sampleData(quarter),
                   outputDirectory: out.appendingPathComponent(quarter), previousFile: previous,
                   noPrevious: quarter == "2026Q2" && previous == nil, noticeStart: noticeStart, ledgerPath: ledger)
    }

    func expected(_ quarter: String) throws -> String {
        try String(contentsOf: snapshots.appendingPathComponent("\(quarter)/scores.csv"), encoding: .utf8)
    }

    func scores(_ out: URL, _ quarter: String) throws -> String {
        try String(contentsOf: out.appendingPathComponent("\(quarter)/scores.csv"), encoding: .utf8)
    }

    @Test func bothQuartersThroughTheLedgerMatchTheReference() async throws {
        let out = try ProjectPaths.temporaryFolder()
        let ledger = out.appendingPathComponent("ledger.sqlite")
        let q2 = try await AssessmentRun.execute(options("2026Q2", out: out, ledger: ledger), progress: Progress(enabled: false))
        #expect(q2.warnings.contains(.firstAssessment(previousQuarter: Quarter("2026Q1"))))
        #expect(try scores(out, "2026Q2") == expected("2026Q2"))
        _ = try await AssessmentRun.execute(options("2026Q3", out: out, ledger: ledger), progress: Progress(enabled: false))
        #expect(try scores(out, "2026Q3") == expected("2026Q3"))
    }

    @Test func previousFileGivesTheSameQuarterAsTheLedger() async throws {
        let out = try ProjectPaths.temporaryFolder()
        let ledger = out.appendingPathComponent("ledger.sqlite")
        _ = try await AssessmentRun.execute(options("2026Q2", out: out, ledger: ledger), progress: Progress(enabled: false))
        _ = try await AssessmentRun.execute(options("2026Q3", out: out, ledger: ledger), progress: Progress(enabled: false))
        // A new machine: an empty ledger, the previous quarter from the file. Letter numbers continue after the
        // file's highest; the notice's sequence is not in a scores.csv, so its first free number is given.
        let other = try ProjectPaths.temporaryFolder()
        let report = try await AssessmentRun.execute(
            options("2026Q3", out: other, ledger: other.appendingPathComponent("ledger.sqlite"),
                    previous: out.appendingPathComponent("2026Q2/scores.csv"), noticeStart: 1),
            progress: Progress(enabled: false))
        #expect(try scores(out, "2026Q3") == scores(other, "2026Q3"))
        #expect(report.assessment.noticeNumber?.description == "昆网信通〔2026〕1号")
    }

    @Test func rerunIsByteIdenticalAndKeepsLetterNumbers() async throws {
        let out = try ProjectPaths.temporaryFolder()
        let ledger = out.appendingPathComponent("ledger.sqlite")
        _ = try await AssessmentRun.execute(options("2026Q2", out: out, ledger: ledger), progress: Progress(enabled: false))
        _ = try await AssessmentRun.execute(options("2026Q3", out: out, ledger: ledger), progress: Progress(enabled: false))
        let first = try ProjectPaths.snapshot(out.appendingPathComponent("2026Q3"))
        _ = try await AssessmentRun.execute(options("2026Q3", out: out, ledger: ledger), progress: Progress(enabled: false))
        let second = try ProjectPaths.snapshot(out.appendingPathComponent("2026Q3"))
        #expect(first.keys.sorted() == second.keys.sorted())
        for (name, bytes) in first { #expect(second[name] == bytes, "\(name) differs on rerun") }
        #expect(first.keys.contains("assessment.xlsx"))
        #expect(try Ledger(path: ledger).runs(of: Quarter("2026Q3")!).count == 2)
    }

    @Test func everyOutputIsWrittenAndLettersAgreeWithScores() async throws {
        let out = try ProjectPaths.temporaryFolder()
        let report = try await AssessmentRun.execute(options("2026Q2", out: out, ledger: nil), progress: Progress(enabled: false))
        let folder = out.appendingPathComponent("2026Q2")
        let files = try ProjectPaths.snapshot(folder)
        for name in ["scores.csv", "scores.json", "ideology.csv", "assessment.xlsx", "summary.md", "rejects.csv", "manifest.json"] {
            #expect(files[name] != nil, "\(name) missing")
        }
        for unit in report.assessment.units {
            let letter = files["letters/\(unit.unit.id).md"]
            #expect((letter != nil) == (unit.decision != .noAction))
            if let letter, let number = unit.letterNumber {
                #expect(String(decoding: letter, as: UTF8.self).contains(number.description))
            }
        }
        // No phone number of the registry leaks into any output.
        let phones = try String(contentsOf: ProjectPaths.sampleData("2026Q2/editors.csv"), encoding: .utf8)
            .split(whereSeparator: { !($0.isASCII && $0.isNumber) }).map(String.init)
            .filter { $0.count == 11 && $0.hasPrefix("1") }
        #expect(!phones.isEmpty)
        for (name, bytes) in files where !name.hasSuffix(".xlsx") {
            let text = String(decoding: bytes, as: UTF8.self)
            for phone in phones { #expect(!text.contains(phone), "\(phone) in \(name)") }
        }
    }
}
