import AssessCore

/// A byte-level RFC 4180 reader (inputs.md "Encoding and CSV dialect") over decoded UTF-8 chunks.
///
/// Comma separator; a field whose first non-space byte is `"` is quoted (`""` inside is one quote; commas
/// and line breaks inside are data; anything after the closing quote is kept, as spreadsheets do). The line end
/// is decided per file by the first one outside quotes: LF or CRLF (then a lone CR is data), or a lone CR (old
/// Mac/Excel exports; then an LF is data); blank lines (empty or only U+0020) are skipped. Line 1 is the
/// header. Records are re-scanned from their start when a chunk ends inside one, so nothing is lost at
/// chunk boundaries and no more than one record plus one chunk is held.
package final class CSVRecordParser: RecordParser {
    private struct FieldBound {
        var start: Int
        var end: Int
        var quoted: Bool
    }

    private let file: String
    private let schema: TableSchema
    private let buffer = ByteBuffer(capacity: DecodedFileStream.chunkSize + 4096)
    private let scratch = ByteBuffer(capacity: 4096)
    private var bounds: [FieldBound] = []
    /// Header field index → schema column (nil = ignored); nil until the header is read.
    private var headerMap: [Int?]?
    private let values: UnsafeMutableBufferPointer<FieldValue>
    private var line = 1
    /// The file's line end, once its first one is seen.
    private var lineEnd: LineEnd?
    package private(set) var warnings: [RunWarning] = []

    enum LineEnd {
        /// LF or CRLF.
        case lf
        /// A lone CR.
        case cr
    }

    package init(file: String, schema: TableSchema) {
        self.file = file
        self.schema = schema
        values = .allocate(capacity: schema.columns.count)
        values.initialize(repeating: .absent)
    }

    deinit { values.deallocate() }

    package func consume(_ chunk: UnsafeRawBufferPointer, isFinal: Bool, _ handle: (inout RawRecord) throws -> Void) throws {
        buffer.append(chunk)
        let p = UnsafePointer(buffer.base)
        let count = buffer.count
        var position = 0
        // Hot state in locals: class properties would be checked for exclusive access on every use.
        var bounds = self.bounds
        var line = self.line
        var lineEnd = self.lineEnd
        defer {
            self.bounds = bounds
            self.line = line
            self.lineEnd = lineEnd
        }
        while position < count {
            guard let (end, next, innerLines) = Self.scanRecord(p, from: position, count: count, isFinal: isFinal,
                                                                bounds: &bounds, lineEnd: &lineEnd) else { break }
            let recordLine = line
            line += 1 + innerLines
            defer { position = next }
            if Self.isBlank(p, bounds, from: position, to: end) { continue }
            let raw = UnsafeRawBufferPointer(start: p + position, count: end - position)
            guard let map = headerMap else {
                try readHeader(p, bounds)
                continue
            }
            var record = RawRecord(line: recordLine, values: values, raw: raw, problem: nil)
            if bounds.count != map.count {
                record.problem = .fieldCount(expected: map.count, found: bounds.count)
            } else {
                fill(p, bounds, map: map, recordLength: end - position)
            }
            try handle(&record)
        }
        buffer.discardFirst(position)
        if buffer.count > maxRecordBytes { throw InputError.recordTooLong(file, line: line, limit: maxRecordBytes) }
        if isFinal && headerMap == nil { throw InputError.noHeader(file) }
    }

    // MARK: - Header

    private func readHeader(_ p: UnsafePointer<UInt8>, _ bounds: [FieldBound]) throws {
        let header = try TableHeader(names: bounds.map { Array(fieldBytes(p, $0)) }, schema: schema, file: file)
        warnings.append(contentsOf: header.warnings)
        headerMap = header.columns
    }

    // MARK: - Values

    /// Fills `values` from `bounds` (field counts already match the header).
    private func fill(_ p: UnsafePointer<UInt8>, _ bounds: [FieldBound], map: [Int?], recordLength: Int) {
        for i in 0..<values.count { values[i] = .absent }
        // Unquoted values never grow, so the scratch never moves while this record is in use.
        scratch.removeAll()
        scratch.reserve(recordLength + 16)
        for index in 0..<bounds.count {
            guard let column = map[index] else { continue }
            let bound = bounds[index]
            let value = bound.quoted ? fieldBytes(p, bound)
                : ByteText.trimmed(UnsafeRawBufferPointer(start: p + bound.start, count: bound.end - bound.start))
            values[column] = value.isEmpty ? .absent : .bytes(value)
        }
    }

    /// The trimmed value of one field; quoted fields are unquoted into the scratch buffer.
    private func fieldBytes(_ p: UnsafePointer<UInt8>, _ bound: FieldBound) -> UnsafeRawBufferPointer {
        let raw = ByteText.trimmed(UnsafeRawBufferPointer(start: p + bound.start, count: bound.end - bound.start))
        guard bound.quoted, !raw.isEmpty else { return raw }
        let start = scratch.count
        scratch.reserve(scratch.count + raw.count)
        var i = 1 // past the opening quote
        var inQuotes = true
        while i < raw.count {
            let b = raw[i]
            if inQuotes && b == 0x22 {
                if i + 1 < raw.count && raw[i + 1] == 0x22 {
                    scratch.append(0x22)
                    i += 2
                    continue
                }
                inQuotes = false
            } else {
                scratch.append(b)
            }
            i += 1
        }
        return ByteText.trimmed(UnsafeRawBufferPointer(start: scratch.base + start, count: scratch.count - start))
    }

    private static func isBlank(_ p: UnsafePointer<UInt8>, _ bounds: [FieldBound], from start: Int, to end: Int) -> Bool {
        guard bounds.count == 1, !bounds[0].quoted else { return false }
        var i = start
        while i < end, p[i] == ByteText.space { i += 1 }
        return i == end
    }

    // MARK: - Scanning

    /// Finds the record at `start`: its content end, where the next record starts, and the line breaks
    /// inside quoted fields. Fills `bounds`. nil = the record is incomplete (more bytes needed).
    private static func scanRecord(_ p: UnsafePointer<UInt8>, from start: Int, count: Int, isFinal: Bool,
                                   bounds: inout [FieldBound], lineEnd: inout LineEnd?)
        -> (end: Int, next: Int, innerLines: Int)? {
        let comma: UInt8 = 0x2C, quote: UInt8 = 0x22, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
        bounds.removeAll(keepingCapacity: true)
        var innerLines = 0
        var fieldStart = start
        while true {
            var j = fieldStart
            while j < count && p[j] == ByteText.space { j += 1 }
            var quoted = false
            if j < count && p[j] == quote {
                quoted = true
                j += 1
                let lineByte = lineEnd == .cr ? cr : lf
                while true {
                    j = skipWords(p, from: j, count: count, without: quote, lineByte, lineByte)
                    guard j < count else {
                        guard isFinal else { return nil }
                        // Unterminated quote: the field runs to the end of the file.
                        bounds.append(FieldBound(start: fieldStart, end: count, quoted: true))
                        return (count, count, innerLines)
                    }
                    let b = p[j]
                    if b == quote {
                        if j + 1 < count {
                            if p[j + 1] == quote { j += 2; continue }
                            j += 1
                            break
                        }
                        guard isFinal else { return nil }
                        j += 1
                        break
                    }
                    if b == lineByte { innerLines += 1 }
                    j += 1
                }
            }
            // Unquoted bytes up to the separator or line end.
            while true {
                j = skipWords(p, from: j, count: count, without: comma, lf, cr)
                while j < count {
                    let b = p[j]
                    if b == comma || b == lf || b == cr { break }
                    j += 1
                }
                guard j < count else {
                    guard isFinal else { return nil }
                    bounds.append(FieldBound(start: fieldStart, end: count, quoted: quoted))
                    return (count, count, innerLines)
                }
                if p[j] == cr {
                    if lineEnd == .cr {
                        bounds.append(FieldBound(start: fieldStart, end: j, quoted: quoted))
                        return (j, j + 1, innerLines)
                    }
                    if j + 1 < count {
                        if p[j + 1] != lf {
                            // A lone CR: data in an LF file, the line end of a file whose first line end it is.
                            guard lineEnd == nil else { j += 1; continue }
                            lineEnd = .cr
                            bounds.append(FieldBound(start: fieldStart, end: j, quoted: quoted))
                            return (j, j + 1, innerLines)
                        }
                        lineEnd = .lf
                        bounds.append(FieldBound(start: fieldStart, end: j, quoted: quoted))
                        return (j, j + 2, innerLines)
                    }
                    guard isFinal else { return nil }
                    bounds.append(FieldBound(start: fieldStart, end: j, quoted: quoted))
                    return (j, count, innerLines)
                }
                if p[j] == lf, lineEnd == .cr { j += 1; continue } // an LF is data in a CR file
                break
            }
            bounds.append(FieldBound(start: fieldStart, end: j, quoted: quoted))
            if p[j] == lf {
                lineEnd = .lf
                return (j, j + 1, innerLines)
            }
            fieldStart = j + 1 // comma
        }
    }

    /// The first position from `start`, in steps of 8 bytes, whose 8 bytes may hold `a`, `b` or `c` (or the last
    /// position with fewer than 8 bytes left): the byte loops then go on from there. Long text fields are
    /// crossed a word at a time instead of a byte at a time (docs/PERFORMANCE.md "Reading, ninth session").
    @inline(__always)
    static func skipWords(_ p: UnsafePointer<UInt8>, from start: Int, count: Int,
                          without a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let (wa, wb, wc) = (ones &* UInt64(a), ones &* UInt64(b), ones &* UInt64(c))
        let raw = UnsafeRawPointer(p)
        var j = start
        while j &+ 8 <= count {
            let word = raw.loadUnaligned(fromByteOffset: j, as: UInt64.self)
            if hasZeroByte(word ^ wa) || hasZeroByte(word ^ wb) || hasZeroByte(word ^ wc) { break }
            j &+= 8
        }
        return j
    }

    /// Whether any byte of `word` is zero (exact: the classic `(v - 0x01…) & ~v & 0x80…` test).
    @inline(__always)
    static func hasZeroByte(_ word: UInt64) -> Bool {
        (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0
    }
}
