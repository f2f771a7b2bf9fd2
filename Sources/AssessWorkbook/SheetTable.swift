import AssessCore

/// A plain table sheet: a header row and data rows (continued on `name (2)` … past the row limit).
public struct SheetTable: Sendable {
    public var name: String
    public var headers: [String]
    public var rows: [[SheetCell]]

    public init(name: String, headers: [String], rows: [[SheetCell]]) {
        self.name = name
        self.headers = headers
        self.rows = rows
    }
}

/// One typed cell: numbers and times stay numbers in Excel, text stays text (never a formula).
public enum SheetCell: Sendable, Hashable {
    case text(String)
    case number(Double, format: CellFormat)
    case integer(Int)
    case dateTime(LocalDateTime)
    case date(Day)
    case empty
}

/// The number formats a `SheetCell.number` may take.
public enum CellFormat: String, Sendable, Hashable, CaseIterable {
    /// `0.00`: scores and deductions.
    case decimal2
    /// `0.00"‰"`: the value is already in permille (2.35 shows `2.35‰`).
    case permille
    /// `0.00%`: the value is a fraction (0.95 shows `95.00%`).
    case percent
    /// `0`.
    case integer

    /// The Excel number format.
    public var excelFormat: String {
        switch self {
        case .decimal2: "0.00"
        case .permille: "0.00\"‰\""
        case .percent: "0.00%"
        case .integer: "0"
        }
    }
}
