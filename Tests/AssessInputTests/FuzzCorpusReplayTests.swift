import AssessFuzzEntry
import AssessInput
import Foundation
import Testing
import TestSupport

/// Every seed of Fuzz/corpus/<target>/ and every input a fuzz run found a crash with (kept in
/// Fuzz/regressions/<target>/), replayed through the same entry points as the libFuzzer targets. A broken
/// invariant traps, which fails the test run.
@Suite struct FuzzCorpusReplayTests {
    static func inputs(_ target: String) -> [URL] {
        ["Fuzz/corpus", "Fuzz/regressions"].flatMap { folder in
            let url = ProjectPaths.root.appendingPathComponent("\(folder)/\(target)")
            return ((try? FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)) ?? [])
                .sorted { $0.path < $1.path }
        }
    }

    @Test(arguments: ["csv", "json", "jsonl", "values", "xlsx"]) func replaysWithoutTrapping(_ target: String) throws {
        let files = Self.inputs(target)
        #expect(files.count >= (target == "values" ? 10 : 15))
        for file in files {
            let data = try Data(contentsOf: file)
            data.withUnsafeBytes { bytes in
                switch target {
                case "csv": FuzzEntry.run(bytes, format: .csv)
                case "json": FuzzEntry.run(bytes, format: .json)
                case "jsonl": FuzzEntry.run(bytes, format: .jsonl)
                case "xlsx": FuzzEntry.xlsx(bytes)
                default: FuzzEntry.values(bytes)
                }
            }
        }
    }
}
