import AssessCore
import Crypto
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one `NAME.xlsx` table end to end (inputs.md "Excel workbooks"): the first worksheet, streamed through
/// `XLSXSheetParser` into the same row validation as CSV (`TableLoader`), with rejects by worksheet row.
enum XLSXTableReader {
    static func read<Loader: TableLoader>(_ file: TableFile, loader initial: Loader,
                                          progress: (@Sendable (ReadProgress) -> Void)?) throws -> TableReadOutcome<Loader> {
        let (sha, bytes) = try digest(file)
        let package = try XLSXPackage(path: file.path, file: file.name)
        let workbook = try XLSXWorkbook(package: package)
        let styles = try workbook.stylesPath.flatMap { path throws(InputError) in try package.read(path) }.map(XLSXStyles.init) ?? XLSXStyles()
        let strings = try XLSXSharedStrings(package: package, path: workbook.sharedStringsPath)
        guard let sheet = package.entry(workbook.firstSheetPath) else {
            throw InputError.xlsxUnreadable(file.name, problem: "找不到第一个工作表“\(workbook.firstSheetName)”的内容")
        }
        let schema = Loader.table.schema
        let parser = XLSXSheetParser(file: file.name, schema: schema, strings: strings, styles: styles,
                                     date1904: workbook.date1904)
        var loader = initial
        var rejects: [RejectedRow] = []
        var read = 0
        let intake = RecordIntake(file: file.name, schema: schema)
        let handle: (inout RawRecord) throws -> Void = { record in
            read += 1
            if let rejected = intake.take(record, into: &loader) { rejects.append(rejected) }
        }
        let table = Loader.table.rawValue
        let total = max(Double(sheet.uncompressedSize), 1)
        var inflated = 0
        try package.stream(sheet) { chunk in
            try parser.consume(chunk, isFinal: false, handle)
            inflated += chunk.count
            let done = Int64(Double(inflated) / total * Double(bytes))
            progress?(ReadProgress(table: table, rows: read, bytes: min(done, bytes), totalBytes: file.bytes))
        }
        try parser.consume(UnsafeRawBufferPointer(start: nil, count: 0), isFinal: true, handle)
        var warnings: [RunWarning] = []
        if !workbook.otherSheets.isEmpty {
            warnings.append(.otherSheetsIgnored(file: file.name, firstSheet: workbook.firstSheetName,
                                                otherSheets: workbook.otherSheets))
        }
        warnings.append(contentsOf: parser.warnings)
        let report = InputFileReport(table: table, path: file.path, format: .xlsx, encoding: .utf8, sha256: sha,
                                     bytes: bytes, read: read, accepted: read - rejects.count, rejected: rejects.count)
        return TableReadOutcome(loader: loader, report: report, rejects: rejects, warnings: warnings)
    }

    /// SHA-256 (lower-case hex) and size of the file's bytes, as the manifest reports every input.
    private static func digest(_ file: TableFile) throws(InputError) -> (String, Int64) {
        let fd = open(file.path, O_RDONLY)
        guard fd >= 0 else { throw InputError.unreadable(file.name, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var hasher = SHA256()
        var total: Int64 = 0
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { chunk.deallocate() }
        while true {
            let n = readBytes(fd, chunk.baseAddress, chunk.count)
            if n < 0 {
                if errno == EINTR { continue }
                throw InputError.unreadable(file.name, reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: chunk[0..<n]))
            total += Int64(n)
        }
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        for byte in hasher.finalize() {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return (String(decoding: hex, as: UTF8.self), total)
    }
}

/// `read(2)` (a free function, so the name does not resolve to `XLSXTableReader.read`).
private func readBytes(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(fd, buffer, count)
}
