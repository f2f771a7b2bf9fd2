import AssessCore
import XLSXWriter

/// 总览: the one-page brief for leaders (`QuarterBrief`) on an A4 portrait page, then the charts on their own
/// page(s), then the tables behind the charts and the run's warnings.
///
/// The page is laid out row by row (`OverviewPlan`) before anything is written, so the page breaks and the
/// filter are known first and rows go out in order, as constant-memory mode needs.
enum OverviewSheet {
    static let name = "总览"

    /// Makes the (first) sheet; `write` fills it once the assessment is finished.
    static func add(to workbook: Workbook) throws -> Worksheet {
        try workbook.addWorksheet(named: name)
    }

    static func write(_ content: WorkbookContent, into sheet: Worksheet, of workbook: Workbook,
                      title: String) throws {
        let brief = QuarterBrief(content.assessment, rejectedRows: content.rejects.count)
        var plan = OverviewPlan()
        plan.brief(brief, content: content)
        let briefEnd = plan.rows.count
        let charts = plan.charts(brief, content: content)
        let dataStart = plan.rows.count
        let data = plan.chartData(brief, content: content)
        plan.warnings(content.assessment.warnings.map(\.chinese))

        sheet.freezePanes(row: 1)
        if let filter = data.filter { try sheet.autofilter(filter) }
        for (column, width) in OverviewPlan.columnWidths.enumerated() {
            try sheet.setColumnWidth(width, columns: column...column)
        }
        try plan.write(into: sheet)
        for chart in charts { try add(chart, data: data, to: sheet, of: workbook) }

        var setup = PageSetup()
        setup.paper = .a4
        setup.landscape = false
        setup.scale = 100
        setup.header = TablePrint.header(title: title, sheet: name)
        setup.footer = TablePrint.footer
        setup.rowBreaks = ([briefEnd] + charts.compactMap { $0.newPage ? $0.row : nil } + [dataStart])
            .filter { $0 < plan.rows.count }
        setup.rowBreaks = Array(Set(setup.rowBreaks)).sorted()
        try sheet.apply(setup)
    }

    private static func add(_ planned: OverviewPlan.PlannedChart, data: OverviewPlan.ChartData, to sheet: Worksheet,
                            of workbook: Workbook) throws {
        guard let rows = data.rows(planned.source) else { return }
        let chart = try workbook.addChart(planned.kind)
        chart.setTitle(planned.title)
        for (seriesName, column) in planned.series {
            try chart.addSeries(name: seriesName, categories: .column(planned.categoryColumn, rows: rows, sheet: name),
                                values: .column(column, rows: rows, sheet: name))
        }
        chart.setAxisNames(x: nil, y: planned.valueName)
        chart.setValueAxisMinimum(0)
        if let maximum = planned.maximum { chart.setValueAxisMaximum(maximum) }
        chart.setFontSizes(title: 11, axis: 9, categoryRotation: planned.rotateLabels ? -45 : 0)
        chart.setLegend(visible: planned.series.count > 1)
        try sheet.insert(chart, row: planned.row, column: 0, xScale: OverviewPlan.chartXScale, yScale: planned.yScale)
    }
}
