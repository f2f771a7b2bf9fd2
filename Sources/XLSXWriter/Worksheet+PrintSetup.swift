import CXLSXWriter

/// Paper sizes the workbook prints on (Excel's paper codes).
public enum Paper: UInt8, Sendable {
    case a3 = 8
    case a4 = 9
}

/// How a sheet prints: paper, orientation, fit or scale, margins, repeated rows, page header and footer.
public struct PageSetup: Sendable, Equatable {
    public var paper: Paper = .a4
    public var landscape = false
    /// Pages across and down to fit the print area on (0 = as many as needed); nil prints at `scale`.
    public var fitPages: (width: Int, height: Int)?
    /// Print scale in percent when not fitting.
    public var scale = 100
    /// Margins in inches.
    public var margins = Margins()
    /// Rows repeated at the top of every page (the header row).
    public var repeatedRows: ClosedRange<Int>?
    /// Columns repeated at the left of every page across (a row's subject).
    public var repeatedColumns: ClosedRange<Int>?
    /// Excel header/footer codes (`&L…&R…`, `&P`, `&N`); a literal `&` must be written `&&`.
    public var header: String?
    public var footer: String?
    /// Only these cells print; nil = everything.
    public var printArea: CellRange?
    /// Rows above which a new page starts (manual page breaks; ignored by Excel when fitting).
    public var rowBreaks: [Int] = []

    public struct Margins: Sendable, Equatable {
        public var left = 0.5, right = 0.5, top = 0.75, bottom = 0.75
        public init() {}
    }

    public init() {}

    public static func == (a: PageSetup, b: PageSetup) -> Bool {
        a.paper == b.paper && a.landscape == b.landscape && a.fitPages?.width == b.fitPages?.width
            && a.fitPages?.height == b.fitPages?.height && a.scale == b.scale && a.margins == b.margins
            && a.repeatedRows == b.repeatedRows && a.repeatedColumns == b.repeatedColumns && a.header == b.header && a.footer == b.footer
            && a.printArea == b.printArea && a.rowBreaks == b.rowBreaks
    }

    /// Escapes `&` for a header or footer section.
    public static func literal(_ text: String) -> String { text.replacingOccurrences(of: "&", with: "&&") }
}

extension Worksheet {
    /// Applies `setup` (any time before the workbook is closed, also in constant-memory mode).
    public func apply(_ setup: PageSetup) throws {
        try workbook.ensureOpen("page setup \(name)")
        worksheet_set_paper(handle, setup.paper.rawValue)
        if setup.landscape { worksheet_set_landscape(handle) } else { worksheet_set_portrait(handle) }
        let m = setup.margins
        worksheet_set_margins(handle, m.left, m.right, m.top, m.bottom)
        if let rows = setup.repeatedRows { try repeatRows(rows) }
        if let columns = setup.repeatedColumns {
            try check(worksheet_repeat_columns(handle, lxw_col_t(columns.lowerBound), lxw_col_t(columns.upperBound)),
                      "worksheet_repeat_columns \(name)")
        }
        if let area = setup.printArea {
            try check(worksheet_print_area(handle, lxw_row_t(area.firstRow), lxw_col_t(area.firstColumn),
                                           lxw_row_t(area.lastRow), lxw_col_t(area.lastColumn)),
                      "worksheet_print_area \(name)")
        }
        if let header = setup.header {
            try check(header.withCString { worksheet_set_header(handle, $0) }, "worksheet_set_header \(name)")
        }
        if let footer = setup.footer {
            try check(footer.withCString { worksheet_set_footer(handle, $0) }, "worksheet_set_footer \(name)")
        }
        if !setup.rowBreaks.isEmpty {
            var breaks = setup.rowBreaks.filter { $0 > 0 }.map { lxw_row_t($0) } + [0]
            try check(worksheet_set_h_pagebreaks(handle, &breaks), "worksheet_set_h_pagebreaks \(name)")
        }
        if let fit = setup.fitPages {
            fitToPages(width: fit.width, height: fit.height)
        } else {
            worksheet_set_print_scale(handle, UInt16(clamping: setup.scale))
        }
    }

    /// Prints in landscape.
    public func setLandscape() {
        guard workbook.isOpen else { return }
        worksheet_set_landscape(handle)
    }

    /// Fits the printout to `width` pages across (height unlimited).
    public func fitToPages(width: Int, height: Int = 0) {
        guard workbook.isOpen else { return }
        worksheet_fit_to_pages(handle, UInt16(clamping: width), UInt16(clamping: height))
    }

    /// Repeats rows `rows` (e.g. the header row `0...0`) at the top of each printed page.
    public func repeatRows(_ rows: ClosedRange<Int>) throws {
        try workbook.ensureOpen("worksheet_repeat_rows \(name)")
        let result = worksheet_repeat_rows(handle, lxw_row_t(rows.lowerBound), lxw_row_t(rows.upperBound))
        try check(result, "worksheet_repeat_rows \(name)")
    }

    /// Landscape, one page wide, header row repeated: the office's standard table printout.
    public func setTablePrintSetup(headerRows: Int = 1) throws {
        setLandscape()
        fitToPages(width: 1, height: 0)
        try repeatRows(0...(max(1, headerRows) - 1))
    }

    /// Sets the height of `row` in points (before the row's cells in constant-memory mode).
    public func setRowHeight(_ height: Double, row: Int) throws {
        try workbook.ensureOpen("worksheet_set_row \(name)")
        try check(worksheet_set_row(handle, lxw_row_t(row), height, nil), "worksheet_set_row \(name) row \(row + 1)")
    }

    /// Merges the cells of `range` (within one row in constant-memory mode) and writes `text` in `format`.
    public func merge(_ range: CellRange, _ text: String, format: Format? = nil) throws {
        try workbook.ensureOpen("worksheet_merge_range \(name)")
        let f = try workbook.lxwFormat(format)
        // As `write(_:row:column:style:)`: a NUL would silently cut the C string, so it becomes U+FFFD.
        let safe = Worksheet.containsNUL(text) ? Worksheet.replacingNUL(text) : text
        let result = safe.withCString {
            worksheet_merge_range(handle, lxw_row_t(range.firstRow), lxw_col_t(range.firstColumn),
                                  lxw_row_t(range.lastRow), lxw_col_t(range.lastColumn), $0, f)
        }
        try check(result, "worksheet_merge_range \(name) \(range.a1)")
    }
}
