import CXLSXWriter

extension Worksheet {
    /// Paper sizes the office prints on (Excel's paper codes).
    public enum PaperSize: UInt8, Sendable {
        case a4 = 9
        case a3 = 8
    }

    /// Prints on `paper`.
    public func setPaper(_ paper: PaperSize) {
        guard workbook.isOpen else { return }
        worksheet_set_paper(handle, paper.rawValue)
    }

    /// The page header, centred: `text` as it is (an `&` is doubled so Excel does not read it as a code).
    public func setCenteredPageHeader(_ text: String) throws {
        try workbook.ensureOpen("worksheet_set_header \(name)")
        let code = "&C" + Worksheet.headerFooterText(text)
        let result = code.withCString { worksheet_set_header(handle, $0) }
        try check(result, "worksheet_set_header \(name)")
    }

    /// The page footer, centred: `第 1 页，共 3 页`.
    public func setPageNumberFooter() throws {
        try workbook.ensureOpen("worksheet_set_footer \(name)")
        let result = "&C第 &P 页，共 &N 页".withCString { worksheet_set_footer(handle, $0) }
        try check(result, "worksheet_set_footer \(name)")
    }

    /// Prints only `range` (on this sheet).
    public func setPrintArea(_ range: CellRange) throws {
        try workbook.ensureOpen("worksheet_print_area \(name)")
        let result = worksheet_print_area(handle, lxw_row_t(range.firstRow), lxw_col_t(range.firstColumn),
                                          lxw_row_t(range.lastRow), lxw_col_t(range.lastColumn))
        try check(result, "worksheet_print_area \(name) \(range.a1)")
    }

    /// Header and footer text with `&` doubled, within Excel's 255 characters (codes included).
    static func headerFooterText(_ text: String) -> String {
        text.prefix(120).split(separator: "&", omittingEmptySubsequences: false).joined(separator: "&&")
    }
}

extension Chart {
    /// Starts the value (y) axis at 0 (outputs.md: charts start their value axis at 0).
    public func startValueAxisAtZero() {
        guard kind != .pie, workbook.isOpen, let axis = handle.pointee.y_axis else { return }
        chart_axis_set_min(axis, 0)
    }
}
