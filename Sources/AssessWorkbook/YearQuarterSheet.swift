import AssessCore
import XLSXWriter

/// 分季度: the four quarters' units, average score, letters and notices, with a chart of the average score by
/// quarter and one of letters and notices by quarter below the table (year.md). A missing quarter keeps its row,
/// marked, with empty figures, so the charts show the gap.
enum YearQuarterSheet {
    static let name = "分季度"

    static let headers = ["季度", "单位数", "平均得分", "整改函", "通报"]

    static func rows(_ rollUp: YearRollUp) -> [[SheetCell]] {
        (1...4).compactMap { Quarter(year: rollUp.year, number: $0) }.map { quarter in
            guard let totals = rollUp.quarterTotals.first(where: { $0.quarter == quarter }) else {
                return [.text("第\(quarter.number)季度（缺）"), .empty, .empty, .empty, .empty]
            }
            // Short labels: the charts' categories (the title names the year).
            return [.text("第\(quarter.number)季度"), .integer(totals.units),
                    totals.units == 0 ? .empty : .number(totals.averageScore, format: .decimal2),
                    .integer(totals.letters), .integer(totals.notices)]
        }
    }

    static func write(_ rollUp: YearRollUp, with writer: YearTableWriter) throws {
        let rows = rows(rollUp)
        // Two charts of 16 rows each below the table, printed with it on one page.
        let sheet = try writer.write(name: name, headers: headers, rows: rows, rowsBelow: 2 + 2 * chartRows)
        let data = YearTableWriter.headerRows...(YearTableWriter.headerRows + rows.count - 1)
        var chartRow = data.upperBound + 2
        func chart(_ kind: Chart.Kind, _ title: String, series: [(String, Int)], y: String) throws {
            let chart = try writer.workbook.addChart(kind)
            chart.setTitle(title)
            for (seriesName, column) in series {
                try chart.addSeries(name: seriesName, categories: .column(0, rows: data, sheet: name),
                                    values: .column(column, rows: data, sheet: name))
            }
            chart.setAxisNames(x: "季度", y: y)
            chart.setValueAxisMinimum(0)
            try sheet.insert(chart, row: chartRow, column: 0)
            chartRow += chartRows
        }
        try chart(.column, "各季度平均得分", series: [("平均得分", 2)], y: "平均得分")
        try chart(.column, "各季度整改函与通报", series: [("整改函", 3), ("通报", 4)], y: "单位数")
    }

    /// Rows a chart takes (libxlsxwriter's default chart is 15 rows high).
    static let chartRows = 16
}
