import CXLSXWriter

/// A native Excel chart whose series read ranges of the workbook's sheets.
public final class Chart {
    /// The chart types the workbook uses.
    public enum Kind: Sendable, CustomStringConvertible {
        case column, stackedColumn, line, pie

        var lxw: UInt8 {
            switch self {
            case .column: UInt8(LXW_CHART_COLUMN.rawValue)
            case .stackedColumn: UInt8(LXW_CHART_COLUMN_STACKED.rawValue)
            case .line: UInt8(LXW_CHART_LINE.rawValue)
            case .pie: UInt8(LXW_CHART_PIE.rawValue)
            }
        }

        public var description: String {
            switch self {
            case .column: "column"
            case .stackedColumn: "stacked column"
            case .line: "line"
            case .pie: "pie"
            }
        }
    }

    let handle: UnsafeMutablePointer<lxw_chart>
    let workbook: Workbook
    public let kind: Kind

    init(handle: UnsafeMutablePointer<lxw_chart>, kind: Kind, workbook: Workbook) {
        self.handle = handle
        self.kind = kind
        self.workbook = workbook
    }

    /// Adds a series: category labels and values from single-column (or -row) ranges on a named sheet.
    public func addSeries(name: String, categories: CellRange, values: CellRange) throws {
        try workbook.ensureOpen("chart series \(name)")
        guard let categorySheet = categories.sheet, let valueSheet = values.sheet else {
            throw XLSXError(code: nil, message: "chart ranges need a sheet name", context: "chart series \(name)")
        }
        guard let series = chart_add_series(handle, nil, nil) else {
            throw XLSXError(code: nil, message: "libxlsxwriter could not add the series", context: "chart series \(name)")
        }
        name.withCString { chart_series_set_name(series, $0) }
        categorySheet.withCString {
            chart_series_set_categories(series, $0, lxw_row_t(categories.firstRow), lxw_col_t(categories.firstColumn),
                                        lxw_row_t(categories.lastRow), lxw_col_t(categories.lastColumn))
        }
        valueSheet.withCString {
            chart_series_set_values(series, $0, lxw_row_t(values.firstRow), lxw_col_t(values.firstColumn),
                                    lxw_row_t(values.lastRow), lxw_col_t(values.lastColumn))
        }
    }

    /// The chart's title.
    public func setTitle(_ title: String) {
        guard workbook.isOpen else { return }
        title.withCString { chart_title_set_name(handle, $0) }
    }

    /// Starts the value axis at `minimum` (0: bars and lines measured from zero); ignored for pie charts.
    public func setValueAxisMinimum(_ minimum: Double) {
        guard kind != .pie, workbook.isOpen, let axis = handle.pointee.y_axis else { return }
        chart_axis_set_min(axis, minimum)
    }

    /// Ends the value axis at `maximum` (a score's full marks); ignored for pie charts.
    public func setValueAxisMaximum(_ maximum: Double) {
        guard kind != .pie, workbook.isOpen, let axis = handle.pointee.y_axis else { return }
        chart_axis_set_max(axis, maximum)
    }

    /// Text sizes in points: the title, the axes' names and numbers or labels, the legend; the category
    /// labels turned by `rotation` degrees (e.g. -45) so long names stay readable.
    public func setFontSizes(title: Double, axis: Double, categoryRotation: Int = 0) {
        guard workbook.isOpen else { return }
        var titleFont = lxw_chart_font()
        titleFont.size = title
        titleFont.bold = 1
        chart_title_set_name_font(handle, &titleFont)
        var legendFont = lxw_chart_font()
        legendFont.size = axis
        chart_legend_set_font(handle, &legendFont)
        guard kind != .pie else { return }
        for named in [handle.pointee.x_axis, handle.pointee.y_axis].compactMap({ $0 }) {
            var font = lxw_chart_font()
            font.size = axis
            chart_axis_set_name_font(named, &font)
        }
        if let x = handle.pointee.x_axis {
            var font = lxw_chart_font()
            font.size = axis
            font.rotation = Int32(categoryRotation)
            chart_axis_set_num_font(x, &font)
        }
        if let y = handle.pointee.y_axis {
            var font = lxw_chart_font()
            font.size = axis
            chart_axis_set_num_font(y, &font)
        }
    }

    /// Shows or hides the legend (hidden for a single series, whose name the title already says).
    public func setLegend(visible: Bool) {
        guard workbook.isOpen else { return }
        chart_legend_set_position(handle, UInt8(visible ? LXW_CHART_LEGEND_BOTTOM.rawValue : LXW_CHART_LEGEND_NONE.rawValue))
    }

    /// Names the category (x) and value (y) axes; ignored for pie charts.
    public func setAxisNames(x: String?, y: String?) {
        guard kind != .pie, workbook.isOpen else { return }
        if let x, let axis = handle.pointee.x_axis { x.withCString { chart_axis_set_name(axis, $0) } }
        if let y, let axis = handle.pointee.y_axis { y.withCString { chart_axis_set_name(axis, $0) } }
    }
}
