import AssessCore
import AssessInput
import Foundation

/// Entry points for the libFuzzer targets in `Fuzz/` and for the tests that replay what they found.
///
/// Each entry reads hostile bytes the way a run would and traps (`precondition`) when an invariant breaks:
/// per file read = accepted + rejected, every accepted row is kept by its table, every reject has a line and
/// a reason, and a record stream parsed in small chunks is identical to the same stream parsed whole.
public enum FuzzEntry {
    /// The three file forms of inputs.md.
    public enum Format: String, Sendable, CaseIterable {
        case csv, json, jsonl

        var report: InputFileReport.Format {
            switch self {
            case .csv: .csv
            case .json: .json
            case .jsonl: .jsonl
            }
        }
    }

    /// What reading one table file produced; `fatal` is the Chinese message when the file stopped the run.
    public struct TableCounts: Sendable, Equatable {
        public var read = 0
        public var accepted = 0
        public var rejected = 0
        /// Rows the table's loader kept (units, media, …); equals `accepted` for the tables that keep rows.
        public var kept: Int?
        public var fatal: String?
        public var gb18030 = false
    }

    /// A fuzz input for one format: byte 0 picks the table, byte 1 the chunk size of the split check,
    /// the rest is the file. Traps on a broken invariant.
    public static func run(_ data: UnsafeRawBufferPointer, format: Format) {
        guard data.count >= 2 else { return }
        let table = InputTable.allCases[Int(data[0]) % InputTable.allCases.count]
        let chunk = 1 + Int(data[1]) % 64
        let contents = Array(data[2...])
        _ = readTable(contents, table: table, format: format)
        checkChunking(contents, table: table, format: format, chunkSize: chunk)
    }

    /// Reads `contents` as the file `<table>.<format>` through the same path as a run (decode, parse,
    /// load), against a small fixed registry; traps when read ≠ accepted + rejected or a row is lost.
    public static func readTable(_ contents: [UInt8], tableName: String, format: Format) -> TableCounts? {
        guard let table = InputTable(rawValue: tableName) else { return nil }
        return readTable(contents, table: table, format: format)
    }

    static func readTable(_ contents: [UInt8], table: InputTable, format: Format) -> TableCounts {
        readTable(contents, table: table, fileFormat: format.report)
    }

    static func readTable(_ contents: [UInt8], table: InputTable, fileFormat format: InputFileReport.Format) -> TableCounts {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("assess-fuzz-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).\(format.rawValue)")
        defer { try? FileManager.default.removeItem(at: url) }
        guard FileManager.default.createFile(atPath: url.path, contents: Data(contents)) else { return TableCounts() }
        let file = TableFile(table: table, name: "\(table.rawValue).\(format.rawValue)", path: url.path,
                             format: format, bytes: Int64(contents.count))
        let registry = fixedRegistry
        var counts = TableCounts()
        do {
            switch table {
            case .units: try counts.take(TableReader.read(file, loader: UnitsTable(), progress: nil)) { $0.units.count }
            case .media: try counts.take(TableReader.read(file, loader: MediaTable(registry: registry), progress: nil)) { $0.media.count }
            case .editors: try counts.take(TableReader.read(file, loader: EditorsTable(registry: registry), progress: nil)) { $0.editors.count }
            case .systems: try counts.take(TableReader.read(file, loader: SystemsTable(registry: registry), progress: nil)) { $0.systems.count }
            case .complaints:
                try counts.take(TableReader.read(file, loader: ComplaintsTable(registry: registry), progress: nil)) { $0.complaints.count }
            case .findings: try counts.take(TableReader.read(file, loader: FindingsTable(registry: registry), progress: nil)) { $0.findings.count }
            case .inspections:
                try counts.take(TableReader.read(file, loader: InspectionsTable(registry: registry, quarter: quarter), progress: nil)) { _ in nil }
            case .posts:
                try counts.take(TableReader.read(file, loader: PostsTable(registry: registry, quarter: quarter), progress: nil)) { _ in nil }
            case .reviews:
                try counts.take(TableReader.read(file, loader: ReviewsTable(findingIDs: [], findingsFile: "findings.csv"), progress: nil)) {
                    $0.reviews.count
                }
            }
        } catch let error as InputError {
            precondition(!error.message.isEmpty, "a fatal input error without a message")
            counts.fatal = error.message
        } catch {
            preconditionFailure("an error that is not an InputError: \(error)")
        }
        return counts
    }

    /// Parses valid UTF-8 `contents` whole and again in `chunkSize`-byte chunks; the records (line, raw
    /// text, values, problem) and the fatal message, if any, must be the same.
    static func checkChunking(_ contents: [UInt8], table: InputTable, format: Format, chunkSize: Int) {
        guard String(validating: contents, as: UTF8.self) != nil else { return }
        let whole = parse(contents, schema: table.schema, format: format, chunkSize: max(contents.count, 1))
        let split = parse(contents, schema: table.schema, format: format, chunkSize: chunkSize)
        precondition(whole == split, "chunked parse differs from whole parse (chunk \(chunkSize))")
    }

    /// The records of a stream as comparable text, then the fatal message (if any) as the last entry.
    static func parse(_ contents: [UInt8], schema: TableSchema, format: Format, chunkSize: Int) -> [String] {
        let parser: any RecordParser = switch format {
        case .csv: CSVRecordParser(file: "f", schema: schema)
        case .json: JSONRecordParser(file: "f", schema: schema, mode: .array)
        case .jsonl: JSONRecordParser(file: "f", schema: schema, mode: .lines)
        }
        return parse(contents, with: parser, chunkSize: chunkSize)
    }

    /// The records `parser` makes of `contents` fed in `chunkSize`-byte chunks, as comparable text. A value of a
    /// column `shown` excludes appears only as present (`[…]`): a worksheet's unread column may come as written.
    static func parse(_ contents: [UInt8], with initial: any RecordParser, chunkSize: Int,
                      shown: @escaping (Int) -> Bool = { _ in true }) -> [String] {
        var parser = initial
        var out: [String] = []
        let handle: (inout RawRecord) throws -> Void = { record in
            var text = "\(record.line)|\(record.rawText)|"
            switch record.problem {
            case .fieldCount(let expected, let found)?: text += "count \(expected) \(found)"
            case .notAnObject?: text += "not an object"
            case nil:
                for (column, value) in record.values.enumerated() {
                    switch value {
                    case .absent: text += "∅,"
                    case .nested: text += "{},"
                    case .cellError(let b): text += "#\(ByteText.string(b)),"
                    case .bytes(let b): text += shown(column) ? "[\(ByteText.string(b))]," : "[…],"
                    }
                }
            }
            out.append(text)
        }
        do {
            try contents.withUnsafeBytes { all in
                var start = 0
                while start < all.count {
                    let end = min(start + chunkSize, all.count)
                    try parser.consume(UnsafeRawBufferPointer(rebasing: all[start..<end]), isFinal: false, handle)
                    start = end
                }
                try parser.consume(UnsafeRawBufferPointer(start: nil, count: 0), isFinal: true, handle)
            }
        } catch let error as InputError {
            out.append("fatal: \(error.message)")
        } catch {
            preconditionFailure("an error that is not an InputError: \(error)")
        }
        return out
    }

    /// Dates, datetimes, ints and bools from arbitrary bytes: no trap, and every accepted date or
    /// datetime is a real one that reads back the same when written canonically.
    public static func values(_ data: UnsafeRawBufferPointer) {
        if let day = ValueParser.day(data) {
            let c = day.components
            precondition((1...9999).contains(c.year), "date outside 0001–9999")
            let again = Array(day.description.utf8).withUnsafeBytes { ValueParser.day($0) }
            precondition(again == day, "date does not read back")
        }
        if let time = ValueParser.dateTime(data) {
            let again = Array(time.description.utf8).withUnsafeBytes { ValueParser.dateTime($0) }
            let year = time.day.year
            precondition(!(1...9999).contains(year) || again == time, "datetime does not read back")
        }
        if let int = ValueParser.int(data) {
            let again = Array(String(int).utf8).withUnsafeBytes { ValueParser.int($0) }
            precondition(again == int, "int does not read back")
        }
        _ = ValueParser.bool(data)
    }

    private static let quarter = Quarter("2026Q2")

    /// Units KM001–KM003 and their media, as later tables refer to them.
    private static let fixedRegistry: Registry = {
        let units = ["KM001", "KM002", "KM003"]
        let media = [("KM001-W", "KM001"), ("KM001-WB", "KM001"), ("KM002-W", "KM002"), ("KM003-WX1", "KM003")]
        var registry = Registry()
        registry.unitIndex = Dictionary(uniqueKeysWithValues: units.enumerated().map { ($1, $0) })
        registry.mediaIndex = Dictionary(uniqueKeysWithValues: media.enumerated().map { ($1.0, $0) })
        registry.mediaUnit = media.map(\.1)
        registry.mediaKeys = ByteKeyIndex(media.map(\.0))
        return registry
    }()
}

private extension FuzzEntry.TableCounts {
    mutating func take<Loader>(_ outcome: TableReadOutcome<Loader>, kept: (Loader) -> Int?) {
        let report = outcome.report
        read = report.read
        accepted = report.accepted
        rejected = report.rejected
        gb18030 = report.encoding == .gb18030
        self.kept = kept(outcome.loader)
        precondition(report.read == report.accepted + report.rejected, "read ≠ accepted + rejected")
        precondition(report.rejected == outcome.rejects.count, "rejected count ≠ rejects listed")
        precondition(report.accepted >= 0, "negative accepted count")
        if let k = self.kept { precondition(k == report.accepted, "accepted rows not all kept (\(k) ≠ \(report.accepted))") }
        for reject in outcome.rejects {
            precondition(reject.line >= 1 && !reject.reason.isEmpty, "a reject without line or reason")
        }
    }
}
