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

    /// How a sheet shows and prints: the quarterly workbook's `TablePrint` (frozen subject columns, printed
    /// columns); the paper follows from the widths as there.
    typealias Print = TablePrint

    /// Writes the sheet and returns it (for charts); the data rows are rows 2… of the sheet. `rowsBelow` rows
    /// under the table (charts) print with it, all on one page.
    @discardableResult
    func write(name: String, headers: [String], rows: [[SheetCell]], print: Print = Print(),
               rowsBelow: Int = 0) throws -> Worksheet {
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
        var cells = RowCells(sheet: sheet, styles: styles, widths: widths)
        for (index, row) in rows.enumerated() {
            cells.start(row: Self.headerRows + index)
            for cell in row { try cells.cell(cell) }
        }
        widths = cells.widths
        let fitted = widths.widths.map { ColumnWidth.fitting($0, maximum: WorkbookStyle.maximumColumnWidth) }
        for (column, width) in fitted.enumerated() {
            try sheet.setColumnWidth(width, columns: column...column)
        }
        var setup = pageSetup(name: name, print: print, rows: rows.count, widths: fitted)
        if rowsBelow > 0, let area = setup.printArea {
            setup.fitPages = (1, 1)
            setup.printArea = CellRange(firstRow: 0, firstColumn: 0, lastRow: area.lastRow + rowsBelow,
                                        lastColumn: max(area.lastColumn, 7))
        }
        try sheet.apply(setup)
        return sheet
    }

    /// As the quarterly workbook's tables (`TableWriter`): one page wide on the smallest readable paper, the title
    /// and header rows on every page, the page header naming the year (and a partial year's missing quarters) and
    /// the sheet, page numbers in the footer.
    func pageSetup(name: String, print: Print, rows: Int, widths: [Double]) -> PageSetup {
        let columns = (print.printColumns ?? 0...max(0, widths.count - 1)).clamped(to: 0...max(0, widths.count - 1))
        let printed = widths.isEmpty ? [] : Array(widths[columns])
        let subject = max(0, print.frozenColumns - columns.lowerBound)
        let (paper, landscape, pagesWide) = TablePrint.paper(for: printed, repeated: subject)
        var setup = PageSetup()
        setup.paper = paper
        setup.landscape = landscape
        setup.fitPages = (pagesWide, 0)
        if pagesWide > 1, subject > 0 { setup.repeatedColumns = columns.lowerBound...(columns.lowerBound + subject - 1) }
        setup.repeatedRows = 0...(Self.headerRows - 1)
        setup.header = TablePrint.header(title: title, sheet: name)
        setup.footer = TablePrint.footer
        setup.printArea = CellRange(firstRow: 0, firstColumn: columns.lowerBound, lastRow: max(1, 1 + rows),
                                    lastColumn: columns.upperBound)
        return setup
    }

    /// The title row: bold, larger than the table.
    static let titleFormat = Format().bold.size(14)
}
