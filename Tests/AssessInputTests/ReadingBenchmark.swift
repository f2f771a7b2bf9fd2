import AssessCore
import Foundation
import Testing
@testable import AssessInput

/// Reading speed on a large generated data directory (docs/PERFORMANCE.md "Reading").
///
/// Opt-in: runs only when `ASSESS_BENCH_FILE` names a table file inside a directory made by
/// `Benchmarks/gen_posts.py`; prints MB/s and rows/s per table and for the whole directory.
@Suite struct ReadingBenchmark {
    static let file = ProcessInfo.processInfo.environment["ASSESS_BENCH_FILE"]

    @Test(.enabled(if: file != nil))
    func readingSpeed() throws {
        let directory = URL(fileURLWithPath: Self.file ?? ".").deletingLastPathComponent()
        let files = try TableFile.locate(in: directory)
        let units = try #require(files[.units]), media = try #require(files[.media])
        var registry = Registry()
        registry.unitIndex = try TableReader.read(units, loader: UnitsTable(), progress: nil).loader.index
        let mediaTable = try TableReader.read(media, loader: MediaTable(registry: registry), progress: nil).loader
        registry.mediaIndex = mediaTable.index
        registry.mediaUnit = mediaTable.media.map(\.unitID)
        registry.mediaKeys = ByteKeyIndex(mediaTable.media.map(\.id))
        let quarter = Quarter(year: 2026, number: 3)

        func measure<Loader: TableLoader>(_ table: InputTable, _ loader: Loader) throws {
            guard let file = files[table] else { return }
            let start = Date()
            let outcome = try TableReader.read(file, loader: loader, progress: nil)
            report(table.rawValue, bytes: outcome.report.bytes, rows: outcome.report.read, seconds: Date().timeIntervalSince(start))
        }
        // Stages on posts: raw decoding (read, SHA-256, UTF-8 check), then parsing without loading.
        if let posts = files[.posts], let head = FileHandle(forReadingAtPath: posts.path)?.readData(ofLength: 1 << 16),
           String(data: head, encoding: .utf8) != nil {
            var start = Date()
            let (_, bytes) = try DecodedFileStream(path: posts.path, encoding: .utf8).run(onChunk: { _ in }) { _, _ in }
            report("posts: decode only", bytes: bytes, rows: 0, seconds: Date().timeIntervalSince(start))
            start = Date()
            var rows = 0
            let parser = CSVRecordParser(file: posts.name, schema: PostsTable.schema)
            _ = try DecodedFileStream(path: posts.path, encoding: .utf8).run(onChunk: { _ in }) { chunk, isFinal in
                try parser.consume(chunk, isFinal: isFinal) { _ in rows += 1 }
            }
            report("posts: decode + CSV", bytes: bytes, rows: rows, seconds: Date().timeIntervalSince(start))
        }
        try measure(.findings, FindingsTable(registry: registry))
        try measure(.inspections, InspectionsTable(registry: registry, quarter: quarter))
        try measure(.posts, PostsTable(registry: registry, quarter: quarter))

        for concurrent in [false, true] {
            var reader = InputReader(directory: directory, quarter: quarter)
            reader.concurrent = concurrent
            let start = Date()
            let result = try reader.read()
            let bytes = result.files.reduce(Int64(0)) { $0 + $1.bytes }
            let rows = result.files.reduce(0) { $0 + $1.read }
            report(concurrent ? "all (concurrent)" : "all (sequential)", bytes: bytes, rows: rows,
                   seconds: Date().timeIntervalSince(start))
        }
    }

    private func report(_ name: String, bytes: Int64, rows: Int, seconds: Double) {
        let mb = Double(bytes) / 1_000_000
        print("BENCH \(name): \(String(format: "%.1f", mb)) MB, \(rows) rows, \(String(format: "%.2f", seconds)) s, "
            + "\(String(format: "%.0f", mb / seconds)) MB/s, \(String(format: "%.0f", Double(rows) / seconds)) rows/s")
    }
}
