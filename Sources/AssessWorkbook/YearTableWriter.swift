import AssessCore
import XLSXWriter

/// Writes one sheet of the year's workbook: a title row, a bold header row, typed data rows, then the print set-up
/// the office needs (paper, orientation, one page wide, title and header repeated on each page, a page header naming
/// the year and the sheet, page numbers). Small tables only (a sheet per table, no row limit split).
struct YearTableWriter {
    var workbook: Workbook
    var styles: CellStyles
    /// `2026年度意识形态责任制考核年度汇总`, plus the missing quarters when the year is partial.
    var title: String

    /// Rows above the data: the title and the header.
    static let headerRows = 2

    init(workbook: Workbook, title: String) throws {
        self.workbook = workbook
        self.title = title
        styles = try CellStyles(workbook)
    }

    /// How a sheet prints.
    struct Print {
        var paper: Worksheet.PaperSize = .a4
        var landscape = true
        /// Columns frozen left of the scrolling area (the unit's id and name), besides the title and header.
        var frozenColumns = 0
        /// The columns that print (nil: all); the others stay on screen only.
        var printColumns: ClosedRange<Int>?
    }

    /// Writes the sheet and returns it (for charts); the data rows are rows 2… of the sheet.
    @discardableResult
    func write(name: String, headers: [String], rows: [[SheetCell]], print: Print = Print()) throws -> Worksheet {
        let sheet = try workbook.addWorksheet(named: name)
        var widths = ColumnWidths(columns: headers.count)
        sheet.freezePanes(row: Self.headerRows, column: print.frozenColumns)
        let lastColumn = max(0, headers.count - 1)
        try sheet.autofilter(CellRange(firstRow: 1, firstColumn: 0, lastRow: 1 + rows.count, lastColumn: lastColumn))
        try sheet.write("\(title)　\(name)", row: 0, column: 0, format: YearTableWriter.titleFormat)
        for (column, header) in headers.enumerated() {
            try sheet.write(header, row: 1, column: column, format: WorkbookStyle.header)
            widths.note(header, column: column)
        }
        for (index, cells) in rows.enumerated() {
            for (column, cell) in cells.enumerated() {
                try TableWriter.write(cell, row: Self.headerRows + index, column: column, sheet: sheet, styles: styles,
                                      widths: &widths)
            }
        }
        for (column, width) in widths.widths.enumerated() {
            try sheet.setColumnWidth(ColumnWidth.fitting(width, maximum: WorkbookStyle.maximumColumnWidth),
                                     columns: column...column)
        }
        try setUpPrinting(sheet, name: name, print: print, rows: rows.count, lastColumn: lastColumn)
        return sheet
    }

    /// Paper, orientation, one page wide, title and header on every page, page header and numbered footer.
    func setUpPrinting(_ sheet: Worksheet, name: String, print: Print, rows: Int, lastColumn: Int) throws {
        sheet.setPaper(print.paper)
        if print.landscape { sheet.setLandscape() }
        sheet.fitToPages(width: 1, height: 0)
        try sheet.repeatRows(0...(Self.headerRows - 1))
        let columns = print.printColumns ?? 0...lastColumn
        try sheet.setPrintArea(CellRange(firstRow: 0, firstColumn: columns.lowerBound, lastRow: max(1, 1 + rows),
                                         lastColumn: min(lastColumn, columns.upperBound)))
        try sheet.setCenteredPageHeader("\(title)　\(name)")
        try sheet.setPageNumberFooter()
    }

    /// The title row: bold, larger than the table.
    static let titleFormat = Format().bold
}
