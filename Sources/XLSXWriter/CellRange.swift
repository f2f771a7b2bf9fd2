/// A rectangle of cells (zero-based, inclusive), optionally on a named sheet, as charts and formats need.
public struct CellRange: Hashable, Sendable {
    public var sheet: String?
    public var firstRow: Int
    public var firstColumn: Int
    public var lastRow: Int
    public var lastColumn: Int

    public init(sheet: String? = nil, firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.sheet = sheet
        self.firstRow = firstRow
        self.firstColumn = firstColumn
        self.lastRow = lastRow
        self.lastColumn = lastColumn
    }

    /// A single column from `firstRow` to `lastRow`.
    public static func column(_ column: Int, rows: ClosedRange<Int>, sheet: String? = nil) -> CellRange {
        CellRange(sheet: sheet, firstRow: rows.lowerBound, firstColumn: column, lastRow: rows.upperBound,
                  lastColumn: column)
    }

    /// `A1:C9` (A1 notation, relative).
    public var a1: String {
        "\(CellRange.columnName(firstColumn))\(firstRow + 1):\(CellRange.columnName(lastColumn))\(lastRow + 1)"
    }

    /// `A`, `Z`, `AA` … for a zero-based column index.
    public static func columnName(_ column: Int) -> String {
        var n = column + 1
        var name: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            name.append(Character(Unicode.Scalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(name.reversed())
    }
}
