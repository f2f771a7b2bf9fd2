import AssessCore
import Foundation
import Testing
import TestSupport
@testable import AssessPipeline

/// The registry compliance work list on the two SampleData quarters (SampleData/README.md "Registry compliance").
@Suite(.serialized) struct ComplianceSampleTests {
    struct Line: Hashable {
        var media: String
        var check: String
    }

    /// Runs `quarter` (no ledger) and returns compliance.csv's lines, its text and the run's folder.
    func run(_ quarter: String) async throws -> (lines: Set<Line>, text: String, folder: URL) {
        let out = try ProjectPaths.temporaryFolder()
        let options = RunOptions(quarter: Quarter(quarter)!, dataDirectory: ProjectPaths.sampleData(quarter),
                                 outputDirectory: out.appendingPathComponent(quarter), previousFile: nil,
                                 noPrevious: true, ledgerPath: nil)
        _ = try await AssessmentRun.execute(options, progress: Progress(enabled: false))
        let folder = out.appendingPathComponent(quarter)
        let text = try String(contentsOf: folder.appendingPathComponent("compliance.csv"), encoding: .utf8)
        let rows = Self.records(text).dropFirst()
        #expect(rows.allSatisfy { $0.count == 8 })
        return (Set(rows.map { Line(media: $0[3], check: $0[6]) }), text, folder)
    }

    /// RFC 4180 records (quoted fields may hold commas, quotes and line breaks).
    static func records(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.append("\""); chars = chars.dropFirst() } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(field); field = ""
            } else if c == "\n" {
                record.append(field); field = ""
                records.append(record); record = []
            } else {
                field.append(c)
            }
        }
        return records
    }

    @Test func q2ShowsEveryCheck() async throws {
        let (lines, text, folder) = try await run("2026Q2")
        #expect(text.hasPrefix("quarter,unit_id,unit_name,media_id,media_name,kind,check,detail\n"))
        #expect(Set(lines.map(\.check)) == Set(ComplianceCheck.allCases.map(\.code)))
        for expected in [Line(media: "KM003-WX1", check: "duplicate_platform"),
                         Line(media: "KM003-WX2", check: "duplicate_platform"),
                         Line(media: "KM027-DY", check: "name_inconsistent"),
                         Line(media: "KM024-WX", check: "low_activity"),
                         Line(media: "KM025-DY", check: "silent_all_quarter"),
                         Line(media: "KM021-WB", check: "registry_stale"),
                         Line(media: "KM019-WX", check: "registry_stale")] {
            #expect(lines.contains(expected), "\(expected) missing")
        }
        // Boundaries: 12 posts are enough; names differing only by width, brackets or suffix are consistent.
        #expect(!lines.contains(Line(media: "KM024-DY", check: "low_activity")))
        #expect(!lines.contains { $0.media.hasPrefix("KM012-") && $0.check == "name_inconsistent" })
        // KM021-DY: 关停 06-10, last post 06-09 (the day before): not stale in Q2.
        #expect(!lines.contains(Line(media: "KM021-DY", check: "registry_stale")))
        try expectInManifestAndSummary(folder)
    }

    @Test func q3ShowsEveryCheckTheDataAllows() async throws {
        let (lines, _, folder) = try await run("2026Q3")
        // silent_all_quarter is Q2 only: a Q3 case would need a new assessed media and so change the scores.
        #expect(Set(lines.map(\.check)) == Set(ComplianceCheck.allCases.map(\.code)).subtracting(["silent_all_quarter"]))
        for expected in [Line(media: "KM003-WX1", check: "duplicate_platform"),
                         Line(media: "KM003-WB", check: "name_inconsistent"),
                         Line(media: "KM024-WX", check: "low_activity"),
                         Line(media: "KM021-DY", check: "registry_stale")] {
            #expect(lines.contains(expected), "\(expected) missing")
        }
        #expect(!lines.contains(Line(media: "KM024-DY", check: "low_activity")))
        // KM027-TT: planned closure 08-15, last post 08-14: not stale.
        #expect(!lines.contains { $0.media == "KM027-TT" && $0.check == "registry_stale" })
        try expectInManifestAndSummary(folder)
    }

    func expectInManifestAndSummary(_ folder: URL) throws {
        let manifest = try String(contentsOf: folder.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"compliance.csv\""))
        #expect(manifest.contains("\"min_posts\""))
        let summary = try String(contentsOf: folder.appendingPathComponent("summary.md"), encoding: .utf8)
        #expect(summary.contains("## 七、账号规范"))
        #expect(summary.contains("| 同一平台多个账号 | 《管理办法》第十条 |"))
    }
}
