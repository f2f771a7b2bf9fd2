import AssessCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Streams the rows of a worksheet's XML (`sheetData`) as records, like `CSVRecordParser` does for CSV
/// (inputs.md "Excel workbooks").
///
/// Every cell becomes the text Excel shows (`XLSXCellText`); the first non-empty row is the header, matched
/// like a CSV header; fully empty rows are skipped; a record's line is the worksheet row number (`r`). A value
/// in a column right of the header's last column is a field-count problem, as an extra field is in CSV. Error
/// cells and formulas without a cached value are `.cellError` values (rule 1). The raw row of a reject is the
/// shown texts joined CSV-style. Only the current row is held. An inline string in a column whose value nothing
/// reads stays as written (`escapedColumns`) until a reject's raw row needs it.
package final class XLSXSheetParser: RecordParser, RawTextSource {
    private enum CellType {
        case number, sharedString, inlineString, formulaString, boolean, error, isoDate
    }

    /// One finished cell of the current row: its column and the range of its shown text in `rowText`.
    private struct Cell {
        var column: Int
        var start: Int
        var end: Int
        var isError: Bool
        /// The text is an inline string as written, entities and `_xHHHH_` escapes undecoded (a column whose
        /// value no loader reads: `escapedColumns`); decoded only for a reject's raw row.
        var isEscaped: Bool
    }

    /// Excel's last column is XFD (16,384).
    static let maxColumns = 16_384

    private let file: String
    private let schema: TableSchema
    private let strings: XLSXSharedStrings
    private let styles: XLSXStyles
    private let date1904: Bool
    private let buffer = ByteBuffer(capacity: XLSXPackage.chunkSize + 4096)
    private let rowText = ByteBuffer(capacity: 4096)
    private let cellValue = ByteBuffer(capacity: 256)
    private let raw = ByteBuffer(capacity: 4096)
    private let values: UnsafeMutableBufferPointer<FieldValue>
    @exclusivity(unchecked) private var cells: [Cell] = []
    /// Fields of the current row's raw text (the header's width, or more when cells lie right of it).
    private var rawWidth = 0
    /// Header column → schema column (nil = ignored); nil until the header row is read.
    private var headerMap: [Int?]?
    /// By header column: whether an inline string there is kept as written rather than decoded, because nothing
    /// reads its value (an ignored column, or one whose spec says `valueRead: false`, such as posts' titles).
    /// Decoding openpyxl's `&#24037;` references of every title was a tenth of reading a posts workbook.
    private var escapedColumns: [Bool] = []
    package private(set) var warnings: [RunWarning] = []

    // Where the scanner is.
    private var inRow = false, rowNumber = 0
    private var inCell = false, column = -1, style = 0, type = CellType.number
    private var hasFormula = false, hasValue = false, valueEscaped = false
    private var inValue = false, inInline = false, inText = false, inPhonetic = false

    package init(file: String, schema: TableSchema, strings: XLSXSharedStrings, styles: XLSXStyles, date1904: Bool) {
        self.file = file
        self.schema = schema
        self.strings = strings
        self.styles = styles
        self.date1904 = date1904
        values = .allocate(capacity: schema.columns.count)
        values.initialize(repeating: .absent)
    }

    deinit { values.deallocate() }

    package func consume(_ chunk: UnsafeRawBufferPointer, isFinal: Bool, _ handle: (inout RawRecord) throws -> Void) throws {
        buffer.append(chunk)
        let p = UnsafePointer(buffer.base)
        let count = buffer.count
        var i = 0
        defer { buffer.discardFirst(i) }
        do {
            while i < count {
                if !inCell, p[i] == UInt8(ascii: "<"), let next = try quickElement(p, i, count, handle) {
                    i = next
                    continue
                }
                guard let event = try XMLPullScanner.next(p, &i, count, isFinal: isFinal) else { break }
                switch event {
                case .start(let name, let attributes, let selfClosing):
                    try start(p, name, attributes, selfClosing: selfClosing, handle)
                case .end(let name):
                    try end(p, name, handle)
                case .text(let range, let cdata):
                    if inValue || inText {
                        XMLText.decode(p, range, cdata: cdata, ooxmlEscapes: type != .number, into: cellValue)
                        if cellValue.count > maxRecordBytes { throw InputError.recordTooLong(file, line: rowNumber, limit: maxRecordBytes) }
                    }
                }
            }
        } catch is XMLPullScanner.Truncated {
            throw InputError.xlsxUnreadable(file, problem: "工作表内容在第 \(rowNumber) 行附近中断")
        }
        if count - i > maxRecordBytes { throw InputError.recordTooLong(file, line: rowNumber, limit: maxRecordBytes) }
        if isFinal {
            if inRow { try finishRow(handle) }
            if headerMap == nil { throw InputError.noHeader(file) }
        }
    }

    // MARK: - Elements

    private func start(_ p: UnsafePointer<UInt8>, _ name: Range<Int>, _ attributes: Range<Int>, selfClosing: Bool,
                       _ handle: (inout RawRecord) throws -> Void) throws {
        if XMLPullScanner.isNamed(p, name, "c") {
            if inCell { finishCell() }
            guard inRow else { return }
            startCell(p, attributes)
            if selfClosing { finishCell() }
        } else if XMLPullScanner.isNamed(p, name, "row") {
            if inCell { finishCell() }
            if inRow { try finishRow(handle) }
            let number = XMLPullScanner.attribute(p, attributes, "r").flatMap { Self.decimal(p, $0) }
            rowNumber = number.map { max($0, 1) } ?? rowNumber + 1
            inRow = true
            column = -1
            cells.removeAll(keepingCapacity: true)
            rowText.removeAll()
            if selfClosing { try finishRow(handle) }
        } else if inCell {
            if XMLPullScanner.isNamed(p, name, "v") {
                hasValue = true
                inValue = !selfClosing
            } else if XMLPullScanner.isNamed(p, name, "f") {
                hasFormula = true
            } else if XMLPullScanner.isNamed(p, name, "is") {
                hasValue = true
                inInline = !selfClosing
            } else if XMLPullScanner.isNamed(p, name, "rPh") {
                inPhonetic = !selfClosing
            } else if XMLPullScanner.isNamed(p, name, "t") {
                inText = inInline && !inPhonetic && !selfClosing
            }
        }
    }

    private func end(_ p: UnsafePointer<UInt8>, _ name: Range<Int>, _ handle: (inout RawRecord) throws -> Void) throws {
        if XMLPullScanner.isNamed(p, name, "c") {
            if inCell { finishCell() }
        } else if XMLPullScanner.isNamed(p, name, "row") {
            if inCell { finishCell() }
            if inRow { try finishRow(handle) }
        } else if inCell {
            if XMLPullScanner.isNamed(p, name, "v") {
                inValue = false
            } else if XMLPullScanner.isNamed(p, name, "t") {
                inText = false
            } else if XMLPullScanner.isNamed(p, name, "rPh") {
                inPhonetic = false
            } else if XMLPullScanner.isNamed(p, name, "is") {
                inInline = false
            }
        }
    }

    private func startCell(_ p: UnsafePointer<UInt8>, _ attributes: Range<Int>) {
        var reference: Range<Int>?, styleText: Range<Int>?, typeText: Range<Int>?
        XMLPullScanner.forEachAttribute(p, attributes) { name, value in
            if name.count == 1 {
                switch p[name.lowerBound] {
                case UInt8(ascii: "r"): reference = value
                case UInt8(ascii: "s"): styleText = value
                case UInt8(ascii: "t"): typeText = value
                default: break
                }
            }
            return true
        }
        column = reference.flatMap { Self.columnIndex(p, $0) } ?? column + 1
        style = styleText.flatMap { Self.decimal(p, $0) } ?? 0
        type = typeText.map { Self.cellType(p, $0) } ?? .number
        inCell = true
        hasFormula = false
        hasValue = false
        inValue = false
        inInline = false
        inText = false
        inPhonetic = false
        valueEscaped = false
        cellValue.removeAll()
    }

    // MARK: - The common elements in one pass

    /// The attributes the parser reads, from a start tag with plain `name="value"` attributes.
    private struct PlainAttributes {
        /// Where the tag ends (after `>` or `/>`).
        var end: Int
        var selfClosing = false
        var r: Range<Int>?, s: Range<Int>?, t: Range<Int>?
    }

    /// Reads a row's start, its end or a cell starting at `i` (a `<`) in one pass when it has the form every
    /// exporter writes, and returns where the next token starts; nil, with nothing consumed, for anything else:
    /// the event path reads it, to the same result.
    private func quickElement(_ p: UnsafePointer<UInt8>, _ i: Int, _ count: Int,
                              _ handle: (inout RawRecord) throws -> Void) throws -> Int? {
        guard i + 5 < count else { return nil }
        if inRow, p[i + 1] == UInt8(ascii: "c"), Self.endsName(p[i + 2]) { return try quickCell(p, i, count) }
        if inRow, Self.matches(p, i, count, "</row>") {
            try finishRow(handle)
            return i + 6
        }
        guard Self.matches(p, i, count, "<row"), Self.endsName(p[i + 4]),
              let tag = Self.plainAttributes(p, from: i + 4, count), !tag.selfClosing else { return nil }
        if inRow { try finishRow(handle) }
        rowNumber = tag.r.flatMap { Self.decimal(p, $0) }.map { max($0, 1) } ?? rowNumber + 1
        inRow = true
        column = -1
        cells.removeAll(keepingCapacity: true)
        rowText.removeAll()
        return tag.end
    }

    /// Whether `b` may follow an element name (a space, `>` or `/`).
    @inline(__always)
    private static func endsName(_ b: UInt8) -> Bool {
        b == 0x20 || b == UInt8(ascii: ">") || b == UInt8(ascii: "/")
    }

    /// The plain attributes of a start tag from `j` (just after the element name) to its `>` or `/>`; nil for
    /// anything else (an unquoted value, odd spacing around `=`, a tag cut by the chunk's end).
    @inline(__always)
    private static func plainAttributes(_ p: UnsafePointer<UInt8>, from start: Int, _ count: Int) -> PlainAttributes? {
        var tag = PlainAttributes(end: start)
        var j = start
        while true {
            while j < count, XMLPullScanner.isSpace(p[j]) { j += 1 }
            guard j < count else { return nil }
            if p[j] == UInt8(ascii: ">") {
                tag.end = j + 1
                return tag
            }
            if p[j] == UInt8(ascii: "/") {
                guard j + 1 < count, p[j + 1] == UInt8(ascii: ">") else { return nil }
                tag.selfClosing = true
                tag.end = j + 2
                return tag
            }
            let nameStart = j
            // A quote in a name (malformed) would open a quoted stretch for the event scanner: leave it to that.
            guard p[j] != UInt8(ascii: "\""), p[j] != UInt8(ascii: "'") else { return nil }
            if j + 1 < count, p[j + 1] == UInt8(ascii: "=") {
                j += 1 // a one-letter name (`r`, `s`, `t`): the common case
            } else {
                while j < count, p[j] != UInt8(ascii: "="), p[j] != UInt8(ascii: ">"), p[j] != UInt8(ascii: "/"),
                      p[j] != UInt8(ascii: "\""), p[j] != UInt8(ascii: "'"), !XMLPullScanner.isSpace(p[j]) { j += 1 }
            }
            guard j + 1 < count, p[j] == UInt8(ascii: "="),
                  p[j + 1] == UInt8(ascii: "\"") || p[j + 1] == UInt8(ascii: "'") else { return nil }
            let quote = p[j + 1]
            let valueStart = j + 2
            // Values are short (`B12`, `3`, `inlineStr`): a plain loop beats a call to memchr.
            var valueEnd = valueStart
            while valueEnd < count, p[valueEnd] != quote { valueEnd += 1 }
            guard valueEnd < count else { return nil }
            if j - nameStart == 1 {
                switch p[nameStart] {
                case UInt8(ascii: "r"): tag.r = valueStart..<valueEnd
                case UInt8(ascii: "s"): tag.s = valueStart..<valueEnd
                case UInt8(ascii: "t"): tag.t = valueStart..<valueEnd
                default: break
                }
            }
            j = valueEnd + 1
        }
    }

    /// Reads the cell starting at `i` in one pass when it has the form every exporter writes — `<c …/>`,
    /// `<c …></c>`, `<c …><v>text</v></c>` or `<c …><is><t>text</t></is></c>` (`<t xml:space="preserve">`
    /// too), plain `name="value"` attributes — and lies whole in the buffer; returns where the next token starts.
    /// nil, with nothing consumed, for anything else (formulas, rich text, CDATA, comments, odd spacing, a chunk
    /// end): the event path reads that cell, to the same result.
    private func quickCell(_ p: UnsafePointer<UInt8>, _ i: Int, _ count: Int) throws -> Int? {
        guard let tag = Self.plainAttributes(p, from: i + 2, count) else { return nil }
        var j = tag.end
        var text: Range<Int>?
        if !tag.selfClosing {
            if Self.matches(p, j, count, "<v>") {
                let start = j + 3
                guard let end = Self.find(UInt8(ascii: "<"), p, from: start, count),
                      Self.matches(p, end, count, "</v></c>") else { return nil }
                text = start..<end
                j = end + 8
            } else if Self.matches(p, j, count, "<is><t>") || Self.matches(p, j, count, "<is><t xml:space=\"preserve\">") {
                let start = p[j + 6] == UInt8(ascii: ">") ? j + 7 : j + 28
                guard let end = Self.find(UInt8(ascii: "<"), p, from: start, count),
                      Self.matches(p, end, count, "</t></is></c>") else { return nil }
                text = start..<end
                j = end + 13
            } else if Self.matches(p, j, count, "</c>") {
                j += 4
            } else {
                return nil
            }
        }
        column = tag.r.flatMap { Self.columnIndex(p, $0) } ?? column + 1
        style = tag.s.flatMap { Self.decimal(p, $0) } ?? 0
        type = tag.t.map { Self.cellType(p, $0) } ?? .number
        hasFormula = false
        hasValue = text != nil
        inValue = false
        inInline = false
        inText = false
        inPhonetic = false
        valueEscaped = false
        if let text {
            try finishCell(p, text)
        } else {
            finishCell(UnsafeRawBufferPointer(start: nil, count: 0))
        }
        return j
    }

    @inline(__always)
    private static func matches(_ p: UnsafePointer<UInt8>, _ i: Int, _ count: Int, _ sequence: StaticString) -> Bool {
        let n = sequence.utf8CodeUnitCount
        guard i + n <= count else { return false }
        // With `sequence` a literal, LLVM turns this memcmp into a few word compares instead of a byte loop.
        return memcmp(p + i, sequence.utf8Start, n) == 0
    }

    @inline(__always)
    private static func find(_ byte: UInt8, _ p: UnsafePointer<UInt8>, from: Int, _ count: Int) -> Int? {
        // Most values are short (ids, numbers, date serials): look at the first bytes before calling memchr.
        let near = min(from + 24, count)
        var k = from
        while k < near {
            if p[k] == byte { return k }
            k += 1
        }
        guard k < count, let found = memchr(p + k, Int32(byte), count - k) else { return nil }
        return UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - p
    }

    // MARK: - Cell text

    /// Appends the cell's shown text to `rowText` (non-empty cells only).
    private func finishCell() { finishCell(cellValue.bytes) }

    /// Finishes a one-pass cell whose value is `text` in the buffer: read where it lies unless it has entities
    /// to decode, or kept as written in a column nothing reads.
    @inline(never)
    private func finishCell(_ p: UnsafePointer<UInt8>, _ text: Range<Int>) throws {
        let ooxmlEscapes = type != .number
        var value = UnsafeRawBufferPointer(start: p + text.lowerBound, count: text.count)
        if type == .inlineString, column < escapedColumns.count, escapedColumns[column], text.count <= maxRecordBytes {
            valueEscaped = true
        } else if XMLText.needsDecoding(p, text, ooxmlEscapes: ooxmlEscapes) {
            cellValue.removeAll()
            XMLText.decode(p, text, ooxmlEscapes: ooxmlEscapes, into: cellValue)
            value = cellValue.bytes
        }
        if value.count > maxRecordBytes { throw InputError.recordTooLong(file, line: rowNumber, limit: maxRecordBytes) }
        finishCell(value)
    }

    /// Appends the cell's shown text, made from `value` (its `<v>` or inline text, decoded), to `rowText`.
    private func finishCell(_ value: UnsafeRawBufferPointer) {
        inCell = false
        guard column >= 0, column < Self.maxColumns else { return }
        let start = rowText.count
        var isError = false
        switch type {
        case .sharedString:
            if let index = Self.decimal(value), let text = strings.bytes(index) {
                rowText.append(text)
            } else if hasValue {
                isError = true
                rowText.append("#REF!")
            }
        case .inlineString, .isoDate:
            rowText.append(value)
        case .formulaString:
            if hasFormula && !hasValue { isError = true } else { rowText.append(value) }
        case .boolean:
            if value.count == 1, value[0] == UInt8(ascii: "1") {
                rowText.append("true")
            } else if value.count == 1, value[0] == UInt8(ascii: "0") {
                rowText.append("false")
            } else {
                rowText.append(value)
            }
        case .error:
            isError = true
            rowText.append(value)
        case .number:
            if value.isEmpty {
                isError = hasFormula
            } else {
                isError = !appendNumber(value)
            }
        }
        guard isError || rowText.count > start else { return }
        cells.append(Cell(column: column, start: start, end: rowText.count, isError: isError, isEscaped: valueEscaped))
    }

    /// A number as shown: a date or date-time under a date format, else the shortest decimal. False when Excel
    /// would show `#######` (a date out of range); the text appended is then that.
    private func appendNumber(_ value: UnsafeRawBufferPointer) -> Bool {
        let format = styles.format(style)
        guard format != .number else {
            XLSXCellText.appendNumber(value, to: rowText)
            return true
        }
        guard let serial = XLSXCellText.double(value) else {
            rowText.append(value)
            return true
        }
        switch XLSXCellText.appendDate(serial: serial, withTime: format == .dateTime, date1904: date1904, to: rowText) {
        case .shown:
            return true
        case .outOfRange:
            rowText.append("#######")
            return false
        }
    }

    // MARK: - Rows

    private func finishRow(_ handle: (inout RawRecord) throws -> Void) throws {
        inRow = false
        inCell = false
        guard !cells.isEmpty else { return }
        guard let map = headerMap else {
            try readHeader()
            return
        }
        let base = UnsafePointer(rowText.base)
        for k in 0..<values.count { values[k] = .absent }
        var lastColumn = -1
        for cell in cells { lastColumn = max(lastColumn, cell.column) }
        rawWidth = max(map.count, lastColumn + 1)
        var record = RawRecord(line: rowNumber, values: values, raw: UnsafeRawBufferPointer(start: nil, count: 0),
                               problem: nil, rawSource: self)
        if lastColumn >= map.count {
            record.problem = .fieldCount(expected: map.count, found: lastColumn + 1)
        } else {
            for cell in cells {
                guard let target = map[cell.column] else { continue }
                let text = UnsafeRawBufferPointer(start: base + cell.start, count: cell.end - cell.start)
                if cell.isError {
                    values[target] = .cellError(text)
                } else {
                    let trimmed = ByteText.trimmed(text)
                    values[target] = trimmed.isEmpty ? .absent : .bytes(trimmed)
                }
            }
        }
        try handle(&record)
    }

    /// The header: shown texts by column, matched like a CSV header; its width is its last non-empty column.
    private func readHeader() throws {
        var width = 0
        for cell in cells { width = max(width, cell.column + 1) }
        var names = Array(repeating: [UInt8](), count: width)
        for cell in cells {
            names[cell.column] = Array(UnsafeRawBufferPointer(start: rowText.base + cell.start, count: cell.end - cell.start))
        }
        let header = try TableHeader(names: names, schema: schema, file: file)
        warnings.append(contentsOf: header.warnings)
        headerMap = header.columns
        escapedColumns = header.columns.map { target in target.map { !schema.columns[$0].isValueRead } ?? true }
    }

    /// The current row as CSV text (`raw` of a reject), made only when asked for: `rawWidth` fields, quoted
    /// when they hold `,`, `"` or a line break.
    func rawText() -> String {
        let width = rawWidth
        raw.removeAll()
        // Cells come in column order in every exporter seen; sort a copy only when they do not.
        var inOrder = true
        for k in cells.indices.dropFirst() where cells[k - 1].column > cells[k].column { inOrder = false }
        let byColumn = inOrder ? cells : cells.sorted { $0.column < $1.column }
        var next = 0
        var column = 0
        while column < width {
            if column > 0 { raw.append(UInt8(ascii: ",")) }
            if next < byColumn.count, byColumn[next].column == column {
                let cell = byColumn[next]
                if cell.isEscaped {
                    let decoded = ByteBuffer(capacity: cell.end - cell.start)
                    XMLText.decode(UnsafePointer(rowText.base), cell.start..<cell.end, ooxmlEscapes: true, into: decoded)
                    appendQuoted(decoded.bytes)
                } else {
                    appendQuoted(UnsafeRawBufferPointer(start: rowText.base + cell.start, count: cell.end - cell.start))
                }
                while next < byColumn.count, byColumn[next].column == column { next += 1 }
            }
            column += 1
        }
        return ByteText.string(raw.bytes)
    }

    private func appendQuoted(_ text: UnsafeRawBufferPointer) {
        let needsQuotes = text.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return raw.append(text) }
        raw.append(UInt8(ascii: "\""))
        for b in text {
            if b == UInt8(ascii: "\"") { raw.append(b) }
            raw.append(b)
        }
        raw.append(UInt8(ascii: "\""))
    }

    // MARK: - Attribute values

    /// `B12` → 1 (the column letters, 0-based); nil when there are none or past Excel's last column.
    private static func columnIndex(_ p: UnsafePointer<UInt8>, _ range: Range<Int>) -> Int? {
        var value = 0
        var letters = 0
        for k in range {
            let b = p[k] | 0x20
            guard b >= UInt8(ascii: "a"), b <= UInt8(ascii: "z") else { break }
            value = value * 26 + Int(b - UInt8(ascii: "a") + 1)
            letters += 1
            if letters > 3 { return nil }
        }
        return letters == 0 ? nil : value - 1
    }

    private static func decimal(_ p: UnsafePointer<UInt8>, _ range: Range<Int>) -> Int? {
        decimal(UnsafeRawBufferPointer(start: p + range.lowerBound, count: range.count))
    }

    /// A non-negative decimal of at most 9 digits (row numbers, style and string indexes).
    private static func decimal(_ bytes: UnsafeRawBufferPointer) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 9 else { return nil }
        var value = 0
        for b in bytes {
            let digit = b &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    private static func cellType(_ p: UnsafePointer<UInt8>, _ range: Range<Int>) -> CellType {
        let v = UnsafeRawBufferPointer(start: p + range.lowerBound, count: range.count)
        if v.count == 1 {
            switch v[0] {
            case UInt8(ascii: "s"): return .sharedString
            case UInt8(ascii: "b"): return .boolean
            case UInt8(ascii: "e"): return .error
            case UInt8(ascii: "d"): return .isoDate
            default: return .number
            }
        }
        // Literals, not arrays kept in statics: a static is initialised lazily, checked on every call.
        if range.count == 9, matches(p, range.lowerBound, range.upperBound, "inlineStr") { return .inlineString }
        if range.count == 3, matches(p, range.lowerBound, range.upperBound, "str") { return .formulaString }
        return .number
    }
}

private extension ByteBuffer {
    func append(_ text: StaticString) {
        append(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}
