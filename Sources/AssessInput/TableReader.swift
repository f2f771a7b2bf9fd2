import AssessCore

/// What reading one table file produced.
package struct TableReadOutcome<Loader: TableLoader> {
    package var loader: Loader
    package var report: InputFileReport
    package var rejects: [RejectedRow]
    var warnings: [RunWarning]
}

/// Reads one table file end to end: decode, parse, load every row, count and collect rejects.
///
/// The file is read as UTF-8; on the first byte that is not UTF-8 everything from this file is dropped
/// and it is read again as GB18030 (inputs.md "Encoding").
package enum TableReader {
    /// `readAhead`: a UTF-8 file's bytes are read, hashed and validated on a thread of their own while the rows
    /// are parsed (`ChunkReadAhead`), for a file read while the other core is idle; the outcome is the same. A
    /// GB18030 file is read on one thread whatever it says.
    package static func read<Loader: TableLoader>(_ file: TableFile, loader initial: Loader, readAhead: Bool = false,
                                          progress: (@Sendable (ReadProgress) -> Void)?) throws -> TableReadOutcome<Loader> {
        if file.format == .xlsx { return try XLSXTableReader.read(file, loader: initial, progress: progress) }
        do {
            return try attempt(file, loader: initial, encoding: .utf8, readAhead: readAhead, progress: progress)
        } catch is DecodedFileStream.NotUTF8 {
            return try attempt(file, loader: initial, encoding: .gb18030, readAhead: readAhead, progress: progress)
        }
    }

    private static func attempt<Loader: TableLoader>(_ file: TableFile, loader initial: Loader,
                                                     encoding: InputFileReport.Encoding, readAhead: Bool,
                                                     progress: (@Sendable (ReadProgress) -> Void)?) throws -> TableReadOutcome<Loader> {
        var loader = initial
        var rejects: [RejectedRow] = []
        var read = 0
        let schema = Loader.table.schema
        let parser: any RecordParser = switch file.format {
        case .csv: CSVRecordParser(file: file.name, schema: schema)
        case .json: JSONRecordParser(file: file.name, schema: schema, mode: .array)
        case .jsonl: JSONRecordParser(file: file.name, schema: schema, mode: .lines)
        case .xlsx: preconditionFailure("xlsx files are read by XLSXTableReader")
        }
        var stream = DecodedFileStream(path: file.path, encoding: encoding)
        stream.readAhead = readAhead
        let table = Loader.table.rawValue
        let intake = RecordIntake(file: file.name, schema: schema)
        let (sha, bytes): (String, Int64)
        do {
            (sha, bytes) = try stream.run(onChunk: { done in
                progress?(ReadProgress(table: table, rows: read, bytes: done, totalBytes: file.bytes))
            }) { chunk, isFinal in
                var parser = parser
                try parser.consume(chunk, isFinal: isFinal) { record in
                    read += 1
                    if let rejected = intake.take(record, into: &loader) { rejects.append(rejected) }
                }
            }
        } catch let error as DecodedFileStream.Unreadable {
            throw InputError.unreadable(file.name, reason: error.reason)
        } catch let error as DecodedFileStream.Undecodable {
            throw InputError.undecodable(file.name, offset: error.offset)
        }
        if read == 0, Loader.table.isRequired, file.format == .csv {
            // A safety net under the parser: a required table read as nothing while its file holds data
            // (a line-end or separator the parser did not recognise) must not pass as an empty table.
            let lines = ContentLines.count(path: file.path)
            if lines > 1 { throw InputError.noRowsRead(file.name, lines: lines - 1) }
        }
        let report = InputFileReport(table: table, path: file.path, format: file.format, encoding: encoding,
                                     sha256: sha, bytes: bytes, read: read, accepted: read - rejects.count,
                                     rejected: rejects.count)
        return TableReadOutcome(loader: loader, report: report, rejects: rejects, warnings: parser.warnings)
    }
}
