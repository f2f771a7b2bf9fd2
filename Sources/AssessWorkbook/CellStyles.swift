import XLSXWriter

/// The styles of typed cells (`SheetCell`), made once per workbook so that each cell written skips looking
/// its `Format` up by value.
struct CellStyles {
    /// The default style, for text.
    var text: CellStyle
    var decimal2: CellStyle
    var permille: CellStyle
    var percent: CellStyle
    var integer: CellStyle
    var dateTime: CellStyle
    var date: CellStyle

    /// The workbook's styles; asking again for the same workbook gives the same styles.
    init(_ workbook: Workbook) throws {
        text = try workbook.style(nil)
        decimal2 = try workbook.style(WorkbookStyle.number(.decimal2))
        permille = try workbook.style(WorkbookStyle.number(.permille))
        percent = try workbook.style(WorkbookStyle.number(.percent))
        integer = try workbook.style(WorkbookStyle.number(.integer))
        dateTime = try workbook.style(WorkbookStyle.dateTime)
        date = try workbook.style(WorkbookStyle.date)
    }

    func number(_ format: CellFormat) -> CellStyle {
        switch format {
        case .decimal2: decimal2
        case .permille: permille
        case .percent: percent
        case .integer: integer
        }
    }
}
