import AssessCore
import AssessInput

extension FuzzEntry {
    /// A fuzz input for the xlsx reader. Byte 0 picks the table; byte 1 the mode: below 0x80 the rest is a whole
    /// `.xlsx` file read as a run reads it (zip, workbook, styles, shared strings, sheet); from 0x80 the rest is a
    /// worksheet's XML alone, parsed whole and in `1 + byte1 & 63`-byte chunks, which must give the same
    /// records. Traps on a broken invariant (see `run`).
    public static func xlsx(_ data: UnsafeRawBufferPointer) {
        guard data.count >= 2 else { return }
        let table = InputTable.allCases[Int(data[0]) % InputTable.allCases.count]
        let contents = Array(data[2...])
        if data[1] < 0x80 {
            _ = readTable(contents, table: table, fileFormat: .xlsx)
        } else {
            let whole = parseSheet(contents, schema: table.schema, chunkSize: max(contents.count, 1))
            let split = parseSheet(contents, schema: table.schema, chunkSize: 1 + Int(data[1] & 63))
            precondition(whole == split, "chunked sheet parse differs from whole parse")
        }
    }

    /// Reads `contents` as the file `<table>.xlsx` through the same path as a run; nil for an unknown table.
    public static func readXLSXTable(_ contents: [UInt8], tableName: String) -> TableCounts? {
        guard let table = InputTable(rawValue: tableName) else { return nil }
        return readTable(contents, table: table, fileFormat: .xlsx)
    }

    /// The records of a worksheet's XML (shared strings "s0", "s1"; style 1 a date, 2 a date and time). Values of
    /// columns no loader reads show only as present: the one-pass path keeps them as written, the events decode.
    static func parseSheet(_ contents: [UInt8], schema: TableSchema, chunkSize: Int) -> [String] {
        let parser = XLSXSheetParser(file: "f", schema: schema, strings: fuzzStrings, styles: fuzzStyles, date1904: false)
        return parse(contents, with: parser, chunkSize: chunkSize, shown: { schema.columns[$0].isValueRead })
    }

    private static var fuzzStrings: XLSXSharedStrings { XLSXSharedStrings(["s0", "s1", "KM001", "KM001-W"]) }
    private static var fuzzStyles: XLSXStyles { XLSXStyles(formats: [.number, .date, .dateTime]) }
}
