import AssessCore
import AssessLedger
import Foundation
import Testing
import TestSupport
@testable import AssessPipeline

/// Reviews (复核, reviews.md) through whole runs of the sample: a void review is a 误报, a rerun withdraws the
/// letter of a unit whose decision drops to none and keeps its number withdrawn for good, and the 复核记录
/// sheet's before and after agree with the ledger.
@Suite(.serialized) struct ReviewsRunTests {
    /// A fresh copy of the sample's 2026Q2 and 2026Q3 folders, a ledger and an output folder.
    struct Workspace {
        let root: URL
        var ledger: URL { root.appendingPathComponent("ledger.sqlite") }
        func data(_ quarter: String) -> URL { root.appendingPathComponent("data/\(quarter)") }
        func out(_ name: String) -> URL { root.appendingPathComponent("out/\(name)") }

        init() throws {
            root = try ProjectPaths.temporaryFolder("assess-reviews")
            try FileManager.default.createDirectory(at: root.appendingPathComponent("data"), withIntermediateDirectories: true)
            for quarter in ["2026Q2", "2026Q3"] {
                try FileManager.default.copyItem(at: ProjectPaths.sampleData(quarter), to: data(quarter))
            }
        }

        @discardableResult
        func run(_ quarter: String, out name: String, ledger: URL? = nil) async throws -> AssessmentRun.Report {
            let options = RunOptions(quarter: Quarter(quarter)!, dataDirectory: data(quarter), outputDirectory: out(name),
                                     noPrevious: quarter == "2026Q2", ledgerPath: ledger ?? self.ledger)
            return try await AssessmentRun.execute(options, progress: Progress(enabled: false))
        }

        func setReviews(_ text: String?) throws {
            let file = data("2026Q3").appendingPathComponent("reviews.csv")
            try? FileManager.default.removeItem(at: file)
            if let text { try Data(text.utf8).write(to: file) }
        }

        func text(_ name: String, _ path: String) throws -> String {
            try String(contentsOf: out(name).appendingPathComponent(path), encoding: .utf8)
        }
    }

    static let sampleReviews: String = {
        (try? String(contentsOf: ProjectPaths.sampleData("2026Q3/reviews.csv"), encoding: .utf8)) ?? ""
    }()

    @Test func aVoidReviewScoresExactlyAsVerdict误报() async throws {
        let space = try Workspace()
        try await space.run("2026Q2", out: "q2")
        try await space.run("2026Q3", out: "reviewed")
        // The same data with the voided findings marked 误报 and no reviews table, on a ledger of its own.
        let other = space.root.appendingPathComponent("other.sqlite")
        try await space.run("2026Q2", out: "q2-other", ledger: other)
        try space.setReviews(nil)
        let findings = space.data("2026Q3").appendingPathComponent("findings.csv")
        let lines = try String(contentsOf: findings, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let voided = ["F3-070", "F3-040"]
        let marked = lines.map { line -> String in
            guard voided.contains(where: { line.hasPrefix($0 + ",") }) else { return String(line) }
            var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields[7] = "误报"
            return fields.joined(separator: ",")
        }
        try Data(marked.joined(separator: "\n").utf8).write(to: findings)
        try await space.run("2026Q3", out: "marked", ledger: other)
        let reviewed = try space.text("reviewed", "scores.csv")
        #expect(reviewed == (try space.text("marked", "scores.csv")))
        // And the reviews did change something: KM016's only finding is gone, so is its letter.
        #expect(reviewed.contains("2026Q3,KM016,") && !reviewed.contains("KM016,五华区人民政府,政府,五华区,五华区人民政府办公室,2,0,20000,1"))
    }

    @Test func aRerunWithdrawsTheLetterAndItsNumberIsNeverGivenAgain() async throws {
        let space = try Workspace()
        try await space.run("2026Q2", out: "q2")
        try space.setReviews(nil)
        let first = try await space.run("2026Q3", out: "first")
        let before = Dictionary(uniqueKeysWithValues: first.assessment.units.map { ($0.unit.id, $0) })
        let withdrawnNumber = try #require(before["KM016"]?.letterNumber)
        #expect(before["KM006"]?.decision == .notice)

        try space.setReviews(Self.sampleReviews)
        let second = try await space.run("2026Q3", out: "second")
        let after = Dictionary(uniqueKeysWithValues: second.assessment.units.map { ($0.unit.id, $0) })
        #expect(after["KM016"]?.decision == Decision.noAction && after["KM016"]?.letterNumber == nil)
        // Every other number is kept; KM006 goes from notice to letter with the same number.
        for (id, unit) in before where id != "KM016" { #expect(after[id]?.letterNumber == unit.letterNumber, "\(id)") }
        #expect(after["KM006"]?.decision == .letter)

        let letter = try space.text("second", "withdrawn/KM016.md")
        #expect(letter.contains("关于撤销《工作整改函》（\(withdrawnNumber)）的函"))
        #expect(letter.contains("F3-070") && letter.contains("撤销") && letter.contains("R3-001"))
        #expect(!letter.contains("F3-040"))
        #expect(letter.contains("抄送：中共五华区委办公室。") || letter.contains("抄送：五华区人民政府办公室。"))
        // The Word document says the same, in the letter layout (documents.md), with its 版记.
        let word = try OutputScan.unzip(space.out("second").appendingPathComponent("withdrawn/KM016.docx"))
        let body = String(decoding: try #require(word["word/document.xml"]), as: UTF8.self)
        #expect(body.contains("撤销") && body.contains("R3-001") && body.contains("抄送") && body.contains("印发"))
        let ledger = try Ledger(path: space.ledger)
        let withdrawn = try ledger.withdrawnLetters()
        #expect(withdrawn.map(\.number) == [withdrawnNumber])
        #expect(withdrawn.first?.reviewIDs == ["R3-001"])
        #expect(withdrawn.first?.decisionBefore == "letter")
        let manifest = try space.text("second", "manifest.json")
        #expect(manifest.contains("\"withdrawn_letters\"") && manifest.contains("withdrawn/KM016.md"))
        #expect(manifest.contains("withdrawn/KM016.docx"))
        #expect(manifest.contains("\"review_id\" : \"R3-003\""))
        let summary = try space.text("second", "summary.md")
        #expect(summary.contains("复核与撤销") && summary.contains(withdrawnNumber.description))
        // The notice → letter change is listed, with the number kept.
        let km006 = try #require(before["KM006"]?.letterNumber)
        #expect(summary.split(separator: "\n").contains { $0.hasPrefix("| KM006 |") && $0.contains("| 通报 |")
            && $0.contains("| 整改函 |") && $0.contains(km006.description) })
        #expect(letter.contains("2026年10月15日"), "dated on the review, not before it")

        // The review is taken back: KM016 needs a letter again and gets a new number, never the withdrawn one.
        try space.setReviews(nil)
        let third = try await space.run("2026Q3", out: "third")
        let again = try #require(third.assessment.units.first { $0.unit.id == "KM016" }?.letterNumber)
        let highest = before.values.compactMap(\.letterNumber?.sequence).max() ?? 0
        #expect(again != withdrawnNumber)
        #expect(again.sequence == highest + 1)
        // A fourth run keeps that new number; the withdrawn one stays withdrawn once.
        let fourth = try await space.run("2026Q3", out: "fourth")
        #expect(fourth.assessment.units.first { $0.unit.id == "KM016" }?.letterNumber == again)
        #expect(try ledger.withdrawnLetters().map(\.number) == [withdrawnNumber])
        // The next quarter continues after every number, the withdrawn one included.
        #expect(try ledger.letterBook(for: Quarter("2026Q4")!).highestSequence[2026] == again.sequence)
    }

    @Test func historyShowsTheWithdrawnLetter() async throws {
        let space = try Workspace()
        try await space.run("2026Q2", out: "q2")
        try space.setReviews(nil)
        try await space.run("2026Q3", out: "first")
        try space.setReviews(Self.sampleReviews)
        try await space.run("2026Q3", out: "second")
        let unit = try CommandRun.assess(["history", "--unit", "KM016", "--ledger", space.ledger.path])
        #expect(unit.status == 0)
        #expect(unit.stdout.contains("已撤销的整改函") && unit.stdout.contains("R3-001"))
        let quarter = try CommandRun.assess(["history", "--quarter", "2026Q3", "--ledger", space.ledger.path])
        #expect(quarter.stdout.contains("已撤销的整改函") && quarter.stdout.contains("KM016"))
    }

    @Test func correctedDataWithdrawsTooWithNoReviewNamed() async throws {
        let space = try Workspace()
        try await space.run("2026Q2", out: "q2")
        try space.setReviews(nil)
        let first = try await space.run("2026Q3", out: "q3")
        let number = try #require(first.assessment.units.first { $0.unit.id == "KM016" }?.letterNumber)
        let findings = space.data("2026Q3").appendingPathComponent("findings.csv")
        let kept = try String(contentsOf: findings, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("F3-070,") }.joined(separator: "\n")
        try Data(kept.utf8).write(to: findings)
        try await space.run("2026Q3", out: "q3")
        let letter = try space.text("q3", "withdrawn/KM016.md")
        #expect(letter.contains("（\(number)）") && letter.contains("更正后的数据") && !letter.contains("复核情况"))
        let withdrawn = try Ledger(path: space.ledger).withdrawnLetters()
        #expect(withdrawn.map(\.number) == [number] && withdrawn.first?.reviewIDs == [])
    }

    @Test func aRerunWithTheSameReviewsIsByteIdentical() async throws {
        let space = try Workspace()
        try await space.run("2026Q2", out: "q2")
        try space.setReviews(nil)
        try await space.run("2026Q3", out: "q3")
        try space.setReviews(Self.sampleReviews)
        try await space.run("2026Q3", out: "q3")
        let withdrawing = try ProjectPaths.snapshot(space.out("q3"))
        #expect(withdrawing["withdrawn/KM016.md"] != nil)
        try await space.run("2026Q3", out: "q3")
        let again = try ProjectPaths.snapshot(space.out("q3"))
        #expect(again.keys.sorted() == withdrawing.keys.sorted())
        for (name, bytes) in withdrawing { #expect(again[name] == bytes, "\(name) differs on the rerun") }
        #expect(try Ledger(path: space.ledger).withdrawnLetters().count == 1)
    }

    @Test func theReviewSheetsBeforeAndAfterMatchTheLedger() async throws {
        let space = try Workspace()
        try await space.run("2026Q2", out: "q2")
        try space.setReviews(nil)
        try await space.run("2026Q3", out: "first")
        let ledger = try Ledger(path: space.ledger)
        let recordedBefore = try #require(try ledger.recordedResults(of: Quarter("2026Q3")!))
        try space.setReviews(Self.sampleReviews)
        try await space.run("2026Q3", out: "second")
        let recordedAfter = try #require(try ledger.recordedResults(of: Quarter("2026Q3")!))
        let rows = try Self.sheet(space.out("second").appendingPathComponent("assessment.xlsx"), name: "复核记录")
        let header = try #require(rows.first)
        func column(_ name: String) throws -> Int { try #require(header.firstIndex(of: name)) }
        let (unit, review) = (try column("单位编号"), try column("复核编号"))
        let (scoreBefore, decisionBefore) = (try column("复核前得分"), try column("复核前决定"))
        let (scoreAfter, decisionAfter) = (try column("复核后得分"), try column("复核后决定"))
        #expect(rows.dropFirst().map { $0[review] } == ["R3-001", "R3-002", "R3-003"])
        for row in rows.dropFirst() {
            let old = try #require(recordedBefore[row[unit]])
            let new = try #require(recordedAfter[row[unit]])
            #expect(row[scoreBefore] == old.printedScore && row[decisionBefore] == old.decision.chinese)
            #expect(row[scoreAfter] == new.printedScore && row[decisionAfter] == new.decision.chinese)
        }
        #expect(rows.dropFirst().first?[decisionAfter] == "无")
    }

    @Test func aRunWithoutReviewsHasNoReviewSheetOrManifestKeys() async throws {
        let space = try Workspace()
        try await space.run("2026Q2", out: "q2")
        try space.setReviews(nil)
        try await space.run("2026Q3", out: "plain")
        let manifest = try space.text("plain", "manifest.json")
        #expect(!manifest.contains("\"reviews\"") && !manifest.contains("withdrawn_letters"))
        let names = try Self.sheetNames(space.out("plain").appendingPathComponent("assessment.xlsx"))
        #expect(!names.contains("复核记录"))
        #expect(!FileManager.default.fileExists(atPath: space.out("plain").appendingPathComponent("withdrawn").path))
    }

    // MARK: - The workbook as openpyxl reads it

    static func python(_ script: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Every row of one sheet, each cell as text (empty for an empty cell).
    static func sheet(_ url: URL, name: String) throws -> [[String]] {
        let json = try python("""
            import sys, json, openpyxl
            ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]
            print(json.dumps([["" if c.value is None else str(c.value) for c in row] for row in ws.iter_rows()], ensure_ascii=False))
            """, [url.path, name])
        return try JSONDecoder().decode([[String]].self, from: Data(json.utf8))
    }

    static func sheetNames(_ url: URL) throws -> [String] {
        let json = try python("""
            import sys, json, openpyxl
            print(json.dumps(openpyxl.load_workbook(sys.argv[1]).sheetnames, ensure_ascii=False))
            """, [url.path])
        return try JSONDecoder().decode([String].self, from: Data(json.utf8))
    }
}
