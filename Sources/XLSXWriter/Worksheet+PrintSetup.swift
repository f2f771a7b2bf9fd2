import CXLSXWriter

extension Worksheet {
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
}
