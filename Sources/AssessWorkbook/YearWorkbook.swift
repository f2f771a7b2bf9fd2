import AssessCore
import Foundation
import XLSXWriter

/// Writes `year-{year}.xlsx` (year.md): 年度汇总, 分地区, 分主管单位, 反复被通报 and 分季度 with its two charts,
/// each sheet titled (with the missing quarters of a partial year) and set up for printing.
public enum YearWorkbook {
    public static func write(_ rollUp: YearRollUp, configuration: Configuration, to url: URL) throws {
        // 年度汇总 and 反复被通报 hold a row per unit: a province's or a nation's year is written row by row.
        try write(rollUp, configuration: configuration, to: url,
                  constantMemory: 2 * rollUp.units.count > AssessmentWorkbook.constantMemoryRowThreshold)
    }

    /// As `write(_:configuration:to:)`, choosing the memory mode explicitly (tests). Every sheet is written top to
    /// bottom, one after the other, as constant-memory mode needs.
    static func write(_ rollUp: YearRollUp, configuration: Configuration, to url: URL, constantMemory: Bool) throws {
        let options = WorkbookOptions(constantMemory: constantMemory,
                                      properties: properties(rollUp, configuration: configuration))
        try Workbook.write(to: url, options: options) { workbook in
            let writer = try YearTableWriter(workbook: workbook, title: title(rollUp))
            try writer.write(name: YearSummarySheet.name, headers: YearSummarySheet.headers,
                             rows: YearSummarySheet.rows(rollUp),
                             print: TablePrint(frozenColumns: 3, printColumns: YearSummarySheet.printedColumns))
            try writer.write(name: YearGroupSheet.regionName, headers: YearGroupSheet.headers(groupedBy: "地区"),
                             rows: YearGroupSheet.rows(rollUp.regions))
            try writer.write(name: YearGroupSheet.supervisorName,
                             headers: YearGroupSheet.headers(groupedBy: "主管单位"),
                             rows: YearGroupSheet.rows(rollUp.supervisors), print: TablePrint(frozenColumns: 1))
            try writer.write(name: RepeatedNoticeSheet.name, headers: RepeatedNoticeSheet.headers,
                             rows: RepeatedNoticeSheet.rows(rollUp), print: TablePrint(frozenColumns: 2))
            try YearQuarterSheet.write(rollUp, with: writer)
        }
    }

    /// `2026年度意识形态责任制考核年度汇总`, with `（不完整：缺少…）` for a partial year.
    static func title(_ rollUp: YearRollUp) -> String {
        "\(rollUp.chineseYear)意识形态责任制考核年度汇总" + (rollUp.missingTitle.map { "（\($0)）" } ?? "")
    }

    /// Title, subject, author (the issuer); the creation time is left fixed (never the wall clock), so a rerun
    /// with the same ledger is byte-identical.
    static func properties(_ rollUp: YearRollUp, configuration: Configuration) -> WorkbookProperties {
        WorkbookProperties(title: title(rollUp), subject: "\(configuration.city)党政群网站及新媒体考核年度汇总",
                           author: configuration.issuer)
    }
}
