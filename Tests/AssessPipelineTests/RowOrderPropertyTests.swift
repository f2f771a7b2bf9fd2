import AssessCore
import Foundation
import PropertyBased
import Testing
import TestSupport
@testable import AssessPipeline

/// Property (issue 9): permuting the rows of every input table never changes an output byte.
///
/// Compared byte for byte: every output except manifest.json (it records each input file's SHA-256, which a
/// permutation changes by design) and rejects.csv / the workbook's 数据质量 sheet (they give each rejected
/// row's line number, which moves with the row); rejects.csv is compared without its line column.
///
/// The order of `units` is meaningful in one place: regions not in the configured `region_order` are listed in
/// order of first appearance there (outputs.md). The runs configure every region of the sample, so no listing
/// depends on that order.
@Suite(.serialized) struct RowOrderPropertyTests {
    /// Every region of SampleData/2026Q3, in Kunming's administrative order.
    static let regionOrder = "region_order: [市级, 五华区, 盘龙区, 官渡区, 西山区, 呈贡区, 晋宁区, 嵩明县, 石林彝族自治县, 安宁市]\n"

    /// SampleData/2026Q3 with the rows of each table (header kept first) shuffled by `seed`.
    static func shuffledCopy(seed: UInt64) throws -> URL {
        let data = try OutputScan.copyOfSample("2026Q3")
        var rng = SplitMix64(seed: seed)
        for name in try FileManager.default.contentsOfDirectory(atPath: data.path) {
            let file = data.appendingPathComponent(name)
            let bytes = try Data(contentsOf: file)
            var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: true).map { Data($0) }
            if name.hasSuffix(".csv") {
                let header = lines.removeFirst()
                lines.shuffle(using: &rng)
                lines.insert(header, at: 0)
            } else if name.hasSuffix(".jsonl") {
                lines.shuffle(using: &rng)
            } else {
                continue // complaints.json: one array, kept as it is
            }
            try Data(lines.joined(separator: [0x0A]) + [0x0A]).write(to: file)
        }
        return data
    }

    static func outputs(_ data: URL) async throws -> [String: Data] {
        let folder = try ProjectPaths.temporaryFolder("assess-order")
        let out = folder.appendingPathComponent("out")
        let configuration = folder.appendingPathComponent("assess.yaml")
        try Data(regionOrder.utf8).write(to: configuration)
        let options = RunOptions(quarter: Quarter("2026Q3")!, dataDirectory: data, outputDirectory: out,
                                 configurationFile: configuration,
                                 previousFile: ProjectPaths.root.appendingPathComponent(
                                     "Tests/AssessPipelineTests/Snapshots/2026Q2/scores.csv"),
                                 noticeStart: 1, ledgerPath: nil)
        _ = try await AssessmentRun.execute(options, progress: Progress(enabled: false))
        var files = try OutputScan.allOutputBytes(out)
        files["manifest.json"] = nil
        for key in files.keys where key.hasPrefix("assessment.xlsx!") { files[key] = nil }
        if let rejects = files["rejects.csv"] {
            // Without the line column (file,line,column,reason,raw; only the sample's simple rows here).
            let rows = String(decoding: rejects, as: UTF8.self).split(separator: "\n").map { row in
                var fields = row.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false)
                if fields.count == 3 { fields.remove(at: 1) }
                return fields.joined(separator: ",")
            }
            files["rejects.csv"] = Data(rows.sorted().joined(separator: "\n").utf8)
        }
        return files
    }

    @Test func permutingInputRowsNeverChangesAnOutputByte() async throws {
        let baseline = try await Self.outputs(ProjectPaths.sampleData("2026Q3"))
        #expect(baseline["scores.csv"] != nil && baseline.keys.contains { $0.hasPrefix("letters/") })
        await propertyCheck(count: 3, input: Gen.uint64(in: 0...UInt64.max)) { seed in
            let shuffled = try await Self.outputs(try Self.shuffledCopy(seed: seed))
            #expect(shuffled.keys.sorted() == baseline.keys.sorted())
            for (name, bytes) in baseline where shuffled[name] != bytes {
                Issue.record("seed \(seed): \(name) differs after shuffling the input rows")
            }
        }
    }
}
