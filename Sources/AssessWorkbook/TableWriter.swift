import AssessCore
import XLSXWriter

/// Writes one logical table: a bold header row, data rows in order, frozen header, autofilter and
/// widths fitted to the content. Past `maxRowsPerSheet` rows (header included) it continues on
/// `name (2)`, `name (3)` … each with its own header, so no row is lost.
struct TableWriter {
    var workbook: Workbook
    /// Rows per sheet, header row included (at least 2).
    var maxRowsPerSheet: Int
    var styles: CellStyles
    /// The page header's title (`2026年第3季度党政群网站及新媒体考核`).
    var title: String

    init(workbook: Workbook, maxRowsPerSheet: Int, title: String) throws {
        self.workbook = workbook
        self.maxRowsPerSheet = maxRowsPerSheet
        self.title = title
        styles = try CellStyles(workbook)
    }

    /// Extra set-up for each part before its rows are written: the sheet and its last data row (0 = none).
    typealias Decoration = (_ sheet: Worksheet, _ lastRow: Int) throws -> Void

    /// Writes the table and returns the names of the sheets it used.
    @discardableResult
    func write<Rows: Collection>(name: String, headers: [String], rows: Rows, print: TablePrint = TablePrint(),
                                 decorate: Decoration? = nil) throws -> [String] where Rows.Element == [SheetCell] {
        try fill(prepare(name: name, headers: headers, rowCount: rows.count, print: print, decorate: decorate),
                 rows: rows)
    }

    /// Makes the table's sheets — headers, frozen row, filter, decorations — for `rowCount` rows, so that later
    /// sheets can be made, and other tables written, before this table's rows are.
    ///
    /// Each part's size is known before its rows are written, because constant-memory mode only accepts
    /// the autofilter and conditional formats of a sheet before its first data row.
    func prepare(name: String, headers: [String], rowCount: Int, print: TablePrint = TablePrint(),
                 decorate: Decoration? = nil) throws -> PreparedTable {
        let perSheet = max(2, maxRowsPerSheet) - 1
        var parts: [Part] = []
        var remaining = rowCount
        repeat {
            let rows = min(perSheet, remaining)
            parts.append(try begin(name: name, index: parts.count + 1, headers: headers, rows: rows, print: print,
                                   decorate: decorate))
            remaining -= rows
        } while remaining > 0
        return PreparedTable(parts: parts, perSheet: perSheet, rowCount: rowCount)
    }

    /// Writes the rows of a prepared table (exactly the number it was prepared for) and returns its sheets' names.
    @discardableResult
    func fill<Rows: Sequence>(_ table: PreparedTable, rows: Rows) throws -> [String] where Rows.Element == [SheetCell] {
        var fill = start(table)
        for cells in rows {
            try fill.row { row in
                for cell in cells { try row.cell(cell) }
            }
        }
        return try fill.finish()
    }

    /// Starts writing the rows of a prepared table, one `TableFill.row` at a time.
    func start(_ table: PreparedTable) -> TableFill {
        TableFill(writer: self, parts: table.parts, perSheet: table.perSheet, rowCount: table.rowCount)
    }

    /// A table whose sheets are made and whose rows are still to be written.
    struct PreparedTable {
        fileprivate(set) var parts: [Part]
        let perSheet: Int
        let rowCount: Int
    }

    /// A table was given another number of rows than it was prepared for (a bug, never the data's fault).
    struct RowCountMismatch: Error, CustomStringConvertible {
        let sheet: String
        let prepared: Int
        var description: String { "工作表「\(sheet)」的行数与预先计算的 \(prepared) 行不一致（程序错误）。" }
    }

    // MARK: - Parts

    /// One sheet of a table: its widths so far, its data rows and print settings.
    struct Part {
        var sheet: Worksheet
        var widths: ColumnWidths
        var rows: Int
        var print: TablePrint
    }

    /// `问题明细`, `问题明细 (2)` …, shortened to Excel's 31 characters when needed.
    static func sheetName(_ base: String, index: Int) -> String {
        guard index > 1 else { return String(base.prefix(31)) }
        let suffix = " (\(index))"
        return String(base.prefix(31 - suffix.count)) + suffix
    }

    private func begin(name: String, index: Int, headers: [String], rows: Int, print: TablePrint,
                       decorate: Decoration?) throws -> Part {
        let sheet = try workbook.addWorksheet(named: TableWriter.sheetName(name, index: index))
        var widths = ColumnWidths(columns: headers.count, limit: TableWriter.widthLimit)
        sheet.freezePanes(row: 1, column: min(print.frozenColumns, max(0, headers.count - 1)))
        if !headers.isEmpty {
            try sheet.autofilter(CellRange(firstRow: 0, firstColumn: 0, lastRow: rows, lastColumn: headers.count - 1))
        }
        try decorate?(sheet, rows)
        // Headers wrap onto two lines, so a short column is not widened by its long header.
        try sheet.setRowHeight(WorkbookStyle.headerRowHeight, row: 0)
        for (column, header) in headers.enumerated() {
            try sheet.write(header, row: 0, column: column, format: WorkbookStyle.wrappedHeader)
            widths.note(WorkbookStyle.wrappedWidth(header), column: column)
        }
        return Part(sheet: sheet, widths: widths, rows: rows, print: print)
    }

    /// The content width from which `ColumnWidth.fitting` gives the maximum column width: wider content is not
    /// measured (the same widths, fewer cells measured).
    static let widthLimit = Int(WorkbookStyle.maximumColumnWidth.rounded(.up)) - 2

    /// Column widths fitted to everything written (libxlsxwriter accepts them after the rows), then the page
    /// setup, whose paper depends on those widths.
    func finish(_ part: Part) throws {
        let widths = part.widths.widths.map { ColumnWidth.fitting($0, maximum: WorkbookStyle.maximumColumnWidth) }
        for (column, width) in widths.enumerated() {
            try part.sheet.setColumnWidth(width, columns: column...column)
        }
        try part.sheet.apply(pageSetup(part, widths: widths))
    }

    /// Fitted one page wide on the smallest paper that keeps the text readable (a very wide table several
    /// pages wide on A3, its subject columns repeated), the header row on every page.
    private func pageSetup(_ part: Part, widths: [Double]) -> PageSetup {
        let columns = part.print.printColumns.map { $0.clamped(to: 0...max(0, widths.count - 1)) }
        let printed = columns.map { Array(widths[$0]) } ?? widths
        let first = columns?.lowerBound ?? 0
        let subject = max(0, part.print.frozenColumns - first)
        let (paper, landscape, pagesWide) = TablePrint.paper(for: printed, repeated: subject)
        var setup = PageSetup()
        setup.paper = paper
        setup.landscape = landscape
        setup.fitPages = (pagesWide, 0)
        if pagesWide > 1, subject > 0 { setup.repeatedColumns = first...(first + subject - 1) }
        setup.repeatedRows = 0...0
        setup.header = TablePrint.header(title: title, sheet: part.sheet.name)
        setup.footer = TablePrint.footer
        if let columns, !widths.isEmpty {
            setup.printArea = CellRange(firstRow: 0, firstColumn: columns.lowerBound, lastRow: part.rows,
                                        lastColumn: columns.upperBound)
        }
        return setup
    }

    /// Text as a cell holds it: phones masked, cut to Excel's limit. Every text cell of every sheet (总览's
    /// brief included) passes here: the workbook's phone-masking boundary.
    static func cellText(_ text: String) -> String {
        let masked = PhoneMask.maskAll(in: text)
        return masked.utf8.count > maximumCellCharacters ? truncated(masked) : masked
    }

    /// Excel keeps at most 32,767 characters in a cell; longer text (a huge raw row) is cut, visibly.
    static let maximumCellCharacters = 32_767

    static func truncated(_ text: String) -> String {
        let marker = "…（已截断）"
        let scalars = text.unicodeScalars
        guard scalars.count > maximumCellCharacters else { return text }
        return String(String.UnicodeScalarView(scalars.prefix(maximumCellCharacters - marker.unicodeScalars.count))) + marker
    }

    /// Characters of `value` written in decimal, minus sign included (`String(value).count`, without the String).
    static func decimalWidth(_ value: Int) -> Int {
        var digits = 1
        var rest = value.magnitude
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        return value < 0 ? digits + 1 : digits
    }
}
