import AssessCore
import XLSXWriter

/// 总览: the quarter at a glance, the tables behind its charts, and native charts (average score by
/// region, decisions by supervisor, and the trend of earlier quarters when the ledger has them).
///
/// Tables are stacked top to bottom (rows in order, as constant-memory mode needs); charts sit to the right.
enum OverviewSheet {
    static let name = "总览"

    /// The figures of the quarter, in display order.
    static func figures(_ content: WorkbookContent) -> [(String, SheetCell)] {
        let a = content.assessment
        let media = a.units.flatMap(\.evidence.media)
        let passed = media.filter { !$0.fails }.count
        let letters = a.units.filter { $0.decision == .letter }.count
        let notices = a.units.filter { $0.decision == .notice }.count
        var rows: [(String, SheetCell)] = [
            ("考核季度", .text(a.quarter.chinese)),
            ("统计截止时间", .dateTime(a.asOf)),
            ("发函日期", .date(a.issueDate)),
            ("整改报告截止日", .date(a.reportDueDate)),
            ("参评单位数", .integer(a.units.count)),
            ("参评账号数", .integer(media.count)),
            ("合格账号数", .integer(passed)),
            ("账号合格率", media.isEmpty ? .empty : .number(Double(passed) / Double(media.count), format: .percent)),
            ("整改函", .integer(letters)),
            ("通报", .integer(notices)),
            ("平均得分", average(a.units.map(\.score)).map { .number($0, format: .decimal2) } ?? .empty),
            ("拒收行数", .integer(content.rejects.count)),
            ("签发单位", .text(content.configuration.issuer)),
        ]
        rows += a.warnings.map { ("提示", .text($0)) }
        return rows
    }

    static func average(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// Region, units, average score; sorted by region (UTF-8 order).
    static func regions(_ units: [UnitAssessment]) -> [[SheetCell]] {
        Dictionary(grouping: units, by: \.unit.region)
            .sorted { Array($0.key.utf8).lexicographicallyPrecedes($1.key.utf8) }
            .map { region, members in
                [.text(region), .integer(members.count),
                 .number(average(members.map(\.score)) ?? 0, format: .decimal2)]
            }
    }

    /// Supervisor, letters, notices; sorted by supervisor (UTF-8 order).
    static func supervisors(_ units: [UnitAssessment]) -> [[SheetCell]] {
        Dictionary(grouping: units, by: \.supervisor)
            .sorted { Array($0.key.utf8).lexicographicallyPrecedes($1.key.utf8) }
            .map { supervisor, members in
                [.text(supervisor), .integer(members.filter { $0.decision == .letter }.count),
                 .integer(members.filter { $0.decision == .notice }.count)]
            }
    }

    /// Earlier quarters from the ledger plus this one (computed here when the ledger lacks it), oldest first;
    /// empty when there is no earlier quarter.
    static func trend(_ content: WorkbookContent) -> [[SheetCell]] {
        let a = content.assessment
        var byQuarter: [Quarter: QuarterTrend] = [:]
        for t in content.trend where t.quarter <= a.quarter { byQuarter[t.quarter] = t }
        guard byQuarter.keys.contains(where: { $0 < a.quarter }) else { return [] }
        if byQuarter[a.quarter] == nil {
            byQuarter[a.quarter] = QuarterTrend(
                quarter: a.quarter, units: a.units.count, letters: a.units.filter { $0.decision == .letter }.count,
                notices: a.units.filter { $0.decision == .notice }.count,
                averageScore: average(a.units.map(\.score)) ?? 0)
        }
        return byQuarter.values.sorted { $0.quarter < $1.quarter }.map { t in
            [.text(t.quarter.description), .integer(t.units), .integer(t.letters), .integer(t.notices),
             .number(t.averageScore, format: .decimal2)]
        }
    }

    /// Makes the (first) sheet; `write` fills it once the assessment is finished.
    static func add(to workbook: Workbook) throws -> Worksheet {
        try workbook.addWorksheet(named: name)
    }

    static func write(_ content: WorkbookContent, into sheet: Worksheet, of workbook: Workbook) throws {
        let styles = try CellStyles(workbook)
        var widths = ColumnWidths(columns: 5)
        var row = 0

        /// Writes a header row then `rows`; returns the first and last data row.
        func table(_ headers: [String], _ rows: [[SheetCell]]) throws -> ClosedRange<Int> {
            for (column, header) in headers.enumerated() {
                try sheet.write(header, row: row, column: column, format: WorkbookStyle.header)
                widths.note(header, column: column)
            }
            let first = row + 1
            for cells in rows {
                row += 1
                for (column, cell) in cells.enumerated() {
                    try TableWriter.write(cell, row: row, column: column, sheet: sheet, styles: styles,
                                          widths: &widths)
                }
            }
            let last = row
            row += 2
            return first...max(first, last)
        }

        let figures = figures(content)
        // Constant-memory mode takes the filter only before the rows are written.
        sheet.freezePanes(row: 1)
        try sheet.autofilter(CellRange(firstRow: 0, firstColumn: 0, lastRow: figures.count, lastColumn: 1))
        _ = try table(["项目", "数值"], figures.map { [.text($0.0), $0.1] })
        let regionRows = regions(content.assessment.units)
        let regionRange = try table(["地区", "单位数", "平均得分"], regionRows)
        let supervisorRows = supervisors(content.assessment.units)
        let supervisorRange = try table(["主管单位", "整改函", "通报"], supervisorRows)
        let trendRows = trend(content)
        let trendRange = trendRows.isEmpty ? nil : try table(["季度", "单位数", "整改函", "通报", "平均得分"], trendRows)

        for (column, width) in widths.widths.enumerated() {
            try sheet.setColumnWidth(ColumnWidth.fitting(width, maximum: WorkbookStyle.maximumColumnWidth),
                                     columns: column...column)
        }

        // MARK: Charts, to the right of the tables, one below the other.
        var chartRow = 0
        /// One native chart: `series` are (name, value column) over `rows` of this sheet, categories in column 0.
        func chart(_ kind: Chart.Kind, _ title: String, rows: ClosedRange<Int>, series: [(String, Int)],
                   x: String, y: String) throws {
            let chart = try workbook.addChart(kind)
            chart.setTitle(title)
            for (seriesName, column) in series {
                try chart.addSeries(name: seriesName, categories: .column(0, rows: rows, sheet: name),
                                    values: .column(column, rows: rows, sheet: name))
            }
            chart.setAxisNames(x: x, y: y)
            try sheet.insert(chart, row: chartRow, column: 6)
            chartRow += 16
        }
        if !regionRows.isEmpty {
            try chart(.column, "各地区平均得分", rows: regionRange, series: [("平均得分", 2)], x: "地区", y: "平均得分")
        }
        if !supervisorRows.isEmpty {
            try chart(.stackedColumn, "各主管单位处理决定", rows: supervisorRange,
                      series: [("整改函", 1), ("通报", 2)], x: "主管单位", y: "单位数")
        }
        if let trendRange {
            try chart(.line, "历季度整改函与通报", rows: trendRange, series: [("整改函", 2), ("通报", 3)],
                      x: "季度", y: "单位数")
            try chart(.line, "历季度平均得分", rows: trendRange, series: [("平均得分", 4)], x: "季度", y: "平均得分")
        }
    }
}
