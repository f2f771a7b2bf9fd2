import AssessCore
import XLSXWriter

/// A table's cells, written row by row, left to right, as they are given: each text with its phones masked and
/// cut to Excel's limit, each value in its style, each column's width noted. What a `[SheetCell]` row writes,
/// without making the array: 问题明细 writes its half a million rows this way, reading each finding in place
/// (docs/PERFORMANCE.md "The workbook's rows, eighth session").
struct RowCells {
    let sheet: Worksheet
    let styles: CellStyles
    /// The widest content of each column so far.
    private(set) var widths: ColumnWidths
    /// The row being written (zero-based, as the sheet counts).
    private(set) var row = 0
    /// The next cell's column.
    private var column = 0

    init(sheet: Worksheet, styles: CellStyles, widths: ColumnWidths) {
        self.sheet = sheet
        self.styles = styles
        self.widths = widths
    }

    /// Goes on to `row`, at its first column.
    mutating func start(row: Int) {
        self.row = row
        column = 0
    }

    /// A text cell; an empty text leaves the cell empty.
    mutating func text(_ text: String) throws {
        defer { column += 1 }
        guard !text.isEmpty else { return }
        let text = TableWriter.cellText(text)
        try sheet.write(text, row: row, column: column, style: styles.text)
        widths.note(text, column: column)
    }

    /// A number in `format`; NaN and infinities leave the cell empty.
    mutating func number(_ value: Double, format: CellFormat) throws {
        defer { column += 1 }
        guard value.isFinite else { return }
        try sheet.write(value, row: row, column: column, style: styles.number(format))
        widths.note(Self.numberWidth(value, format), column: column)
    }

    mutating func integer(_ value: Int) throws {
        defer { column += 1 }
        try sheet.write(Double(value), row: row, column: column, style: styles.integer)
        widths.note(TableWriter.decimalWidth(value), column: column)
    }

    /// A date and time; nil leaves the cell empty.
    mutating func dateTime(_ moment: LocalDateTime?) throws {
        defer { column += 1 }
        guard let moment else { return }
        try sheet.write(moment.excel, row: row, column: column, style: styles.dateTime)
        widths.note(WorkbookStyle.dateTimeWidth, column: column)
    }

    mutating func date(_ day: Day) throws {
        defer { column += 1 }
        try sheet.write(day.excel, row: row, column: column, style: styles.date)
        widths.note(WorkbookStyle.dateWidth, column: column)
    }

    /// Leaves the cell empty.
    mutating func empty() {
        column += 1
    }

    /// A typed cell.
    mutating func cell(_ cell: SheetCell) throws {
        switch cell {
        case .text(let text): try self.text(text)
        case .number(let value, let format): try number(value, format: format)
        case .integer(let value): try integer(value)
        case .dateTime(let moment): try dateTime(moment)
        case .date(let day): try date(day)
        case .empty: empty()
        }
    }

    /// Digits before the point plus the decimals and suffix the format shows.
    private static func numberWidth(_ value: Double, _ format: CellFormat) -> Int {
        let magnitude = abs(format == .percent ? value * 100 : value)
        let digits = magnitude < 10 ? 1 : (magnitude < 1e15 ? TableWriter.decimalWidth(Int(magnitude.rounded(.down))) : 16)
        let sign = value < 0 ? 1 : 0
        switch format {
        case .integer: return digits + sign
        case .decimal2: return digits + sign + 3
        case .permille, .percent: return digits + sign + 4
        }
    }
}
