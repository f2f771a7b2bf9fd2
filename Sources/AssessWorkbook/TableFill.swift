/// The rows of a prepared table being written (`TableWriter.start`): each `row` goes on the current part's
/// sheet, on the next part's once a sheet is full; `finish` checks the count, then sets each part's column widths
/// and page setup.
struct TableFill {
    private let writer: TableWriter
    private var parts: [TableWriter.Part]
    private let perSheet: Int
    private let rowCount: Int
    private var part = 0
    private var written = 0
    /// The current part's cells, its widths included.
    private var cells: RowCells

    init(writer: TableWriter, parts: [TableWriter.Part], perSheet: Int, rowCount: Int) {
        self.writer = writer
        self.parts = parts
        self.perSheet = perSheet
        self.rowCount = rowCount
        cells = RowCells(sheet: parts[0].sheet, styles: writer.styles, widths: parts[0].widths)
    }

    /// Writes the next row: `body` gives its cells, left to right.
    mutating func row(_ body: (inout RowCells) throws -> Void) throws {
        guard written < rowCount else { throw mismatch }
        if cells.row == perSheet {
            parts[part].widths = cells.widths
            part += 1
            cells = RowCells(sheet: parts[part].sheet, styles: writer.styles, widths: parts[part].widths)
        }
        written += 1
        cells.start(row: cells.row + 1)
        try body(&cells)
    }

    /// After the last row: the sheets' widths and page setup; returns their names.
    func finish() throws -> [String] {
        guard written == rowCount else { throw mismatch }
        var parts = parts
        parts[part].widths = cells.widths
        for part in parts { try writer.finish(part) }
        return parts.map(\.sheet.name)
    }

    private var mismatch: TableWriter.RowCountMismatch {
        TableWriter.RowCountMismatch(sheet: parts[0].sheet.name, prepared: rowCount)
    }
}
