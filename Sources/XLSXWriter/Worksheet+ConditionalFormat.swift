import CXLSXWriter

/// A conditional format rule: when it holds for a cell, the cell takes `format`.
public struct ConditionalFormat: Sendable {
    public enum Rule: Sendable {
        /// An Excel formula relative to the range's top-left cell, such as `=$AF2="通报"`.
        case formula(String)
        /// The cell equals the number.
        case equalTo(Double)
        /// The cell is greater than the number.
        case greaterThan(Double)
        /// The cell's text contains the string.
        case textContaining(String)
    }

    public var rule: Rule
    public var format: Format

    public init(_ rule: Rule, format: Format) {
        self.rule = rule
        self.format = format
    }
}

extension Worksheet {
    /// Applies `conditional` to every cell of `range`.
    public func conditionalFormat(_ range: CellRange, _ conditional: ConditionalFormat) throws {
        try workbook.ensureOpen("worksheet_conditional_format_range \(name)")
        var options = lxw_conditional_format()
        options.format = try workbook.lxwFormat(conditional.format)
        var text: UnsafeMutablePointer<CChar>?
        defer { free(text) }
        switch conditional.rule {
        case .formula(let formula):
            options.type = UInt8(LXW_CONDITIONAL_TYPE_FORMULA.rawValue)
            text = strdup(formula)
            options.value_string = text
        case .equalTo(let value):
            options.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
            options.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_EQUAL_TO.rawValue)
            options.value = value
        case .greaterThan(let value):
            options.type = UInt8(LXW_CONDITIONAL_TYPE_CELL.rawValue)
            options.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_GREATER_THAN.rawValue)
            options.value = value
        case .textContaining(let value):
            options.type = UInt8(LXW_CONDITIONAL_TYPE_TEXT.rawValue)
            options.criteria = UInt8(LXW_CONDITIONAL_CRITERIA_TEXT_CONTAINING.rawValue)
            text = strdup(value)
            options.value_string = text
        }
        let result = worksheet_conditional_format_range(handle, lxw_row_t(range.firstRow),
                                                        lxw_col_t(range.firstColumn), lxw_row_t(range.lastRow),
                                                        lxw_col_t(range.lastColumn), &options)
        try check(result, "worksheet_conditional_format_range \(name) \(range.a1)")
    }
}
