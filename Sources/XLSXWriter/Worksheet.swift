import CXLSXWriter

/// One worksheet of a `Workbook`. Rows and columns are zero-based.
///
/// Strings are always written as text (`worksheet_write_string`), never as formulas, so a value that
/// starts with `=` stays text. In constant-memory mode rows must be written in ascending order.
public final class Worksheet {
    let handle: UnsafeMutablePointer<lxw_worksheet>
    public let name: String
    let workbook: Workbook
    /// Highest row written so far (-1 before the first write).
    ///
    /// Read and written for every cell, and only by this class's short synchronous methods, so it skips the
    /// runtime exclusivity check (a measurable share of the per-cell cost).
    @exclusivity(unchecked) public private(set) var lastRow = -1

    init(handle: UnsafeMutablePointer<lxw_worksheet>, name: String, workbook: Workbook) {
        self.handle = handle
        self.name = name
        self.workbook = workbook
    }

    // MARK: - Cells

    /// Writes `text` as a string cell (an empty string with no format writes nothing).
    public func write(_ text: String, row: Int, column: Int, format: Format? = nil) throws {
        try write(text, row: row, column: column, style: workbook.style(format))
    }

    /// Writes a number cell.
    public func write(_ number: Double, row: Int, column: Int, format: Format? = nil) throws {
        try write(number, row: row, column: column, style: workbook.style(format))
    }

    /// Writes a date-time cell; give it a date format (`yyyy-mm-dd hh:mm`) to be readable.
    public func write(_ dateTime: DateTime, row: Int, column: Int, format: Format) throws {
        try write(dateTime, row: row, column: column, style: workbook.style(format))
    }

    /// Writes an empty cell that still carries a format.
    public func writeBlank(row: Int, column: Int, format: Format) throws {
        let (r, c) = try cell(row, column)
        let result = worksheet_write_blank(handle, r, c, try workbook.lxwFormat(format))
        try check(result, "worksheet_write_blank \(name) row \(row + 1) column \(column + 1)")
    }

    // MARK: - Cells in a style made beforehand (many cells, one lookup)

    /// Writes `text` as a string cell in `style`.
    public func write(_ text: String, row: Int, column: Int, style: CellStyle) throws {
        let (r, c) = try cell(row, column)
        let f = try workbook.lxwFormat(style)
        // A C string ends at NUL, so a NUL inside the text would silently cut the cell; it becomes U+FFFD. The C
        // string's length tells: shorter than the text's UTF-8 means a NUL inside (`strlen` is vector code).
        let written = text.withCString { cString in
            strlen(cString) == text.utf8.count ? worksheet_write_string(handle, r, c, cString, f) : nil
        }
        let result = written ?? Worksheet.replacingNUL(text).withCString { worksheet_write_string(handle, r, c, $0, f) }
        try check(result, "worksheet_write_string \(name) row \(row + 1) column \(column + 1)")
    }

    /// Writes a number cell in `style`.
    public func write(_ number: Double, row: Int, column: Int, style: CellStyle) throws {
        let (r, c) = try cell(row, column)
        let result = worksheet_write_number(handle, r, c, number, try workbook.lxwFormat(style))
        try check(result, "worksheet_write_number \(name) row \(row + 1) column \(column + 1)")
    }

    /// Writes a date-time cell in `style` (a date format, to be readable).
    public func write(_ dateTime: DateTime, row: Int, column: Int, style: CellStyle) throws {
        let (r, c) = try cell(row, column)
        var value = dateTime.lxw
        let result = worksheet_write_datetime(handle, r, c, &value, try workbook.lxwFormat(style))
        try check(result, "worksheet_write_datetime \(name) row \(row + 1) column \(column + 1)")
    }

    // MARK: - Layout

    /// Sets the width (in characters) of `columns`.
    public func setColumnWidth(_ width: Double, columns: ClosedRange<Int>, format: Format? = nil) throws {
        try workbook.ensureOpen("worksheet_set_column \(name)")
        let result = worksheet_set_column(handle, lxw_col_t(columns.lowerBound), lxw_col_t(columns.upperBound), width,
                                          try workbook.lxwFormat(format))
        try check(result, "worksheet_set_column \(name)")
    }

    /// Freezes the rows above `row` and the columns left of `column` (`freezePanes(row: 1)` = header row).
    public func freezePanes(row: Int, column: Int = 0) {
        guard workbook.isOpen else { return }
        worksheet_freeze_panes(handle, lxw_row_t(row), lxw_col_t(column))
    }

    /// Adds an autofilter to `range` (its first row holds the headers).
    public func autofilter(_ range: CellRange) throws {
        try workbook.ensureOpen("worksheet_autofilter \(name)")
        let result = worksheet_autofilter(handle, lxw_row_t(range.firstRow), lxw_col_t(range.firstColumn),
                                          lxw_row_t(range.lastRow), lxw_col_t(range.lastColumn))
        try check(result, "worksheet_autofilter \(name) \(range.a1)")
    }

    /// Inserts `chart` with its top-left corner in the given cell.
    public func insert(_ chart: Chart, row: Int, column: Int, scale: Double = 1) throws {
        try insert(chart, row: row, column: column, xScale: scale, yScale: scale)
    }

    /// Inserts `chart` (480 × 288 pixels at scale 1) stretched by `xScale` and `yScale`.
    public func insert(_ chart: Chart, row: Int, column: Int, xScale: Double, yScale: Double) throws {
        try workbook.ensureOpen("worksheet_insert_chart \(name)")
        var options = lxw_chart_options()
        options.x_scale = xScale
        options.y_scale = yScale
        let result = worksheet_insert_chart_opt(handle, lxw_row_t(row), lxw_col_t(column), chart.handle, &options)
        try check(result, "worksheet_insert_chart \(name)")
    }

    // MARK: - Checks

    /// True when `text` holds a NUL byte (read from its UTF-8 storage directly when it has one).
    static func containsNUL(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(0) } ?? text.utf8.contains(0)
    }

    /// `text` with every NUL replaced by U+FFFD.
    static func replacingNUL(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(scalar == "\u{0}" ? "\u{FFFD}" : scalar) }
        return String(scalars)
    }

    private func cell(_ row: Int, _ column: Int) throws -> (lxw_row_t, lxw_col_t) {
        try workbook.ensureOpen("\(name) row \(row + 1) column \(column + 1)")
        guard (0..<Int(LXW_ROW_MAX)).contains(row), (0..<Int(LXW_COL_MAX)).contains(column) else {
            throw XLSXError(code: nil, message: "行列超出 Excel 范围", context: "\(name) row \(row + 1) column \(column + 1)")
        }
        if workbook.constantMemory, row < lastRow {
            throw XLSXError(code: nil, message: "constant-memory mode needs rows in order",
                            context: "\(name) row \(row + 1) after row \(lastRow + 1)")
        }
        if row > lastRow { lastRow = row }
        return (lxw_row_t(row), lxw_col_t(column))
    }
}
