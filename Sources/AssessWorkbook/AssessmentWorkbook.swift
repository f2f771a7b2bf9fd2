import AssessCore
import Foundation
import XLSXWriter

/// Writes `assessment.xlsx` (outputs.md): 总览, 单位评分, 问题明细, 更新情况, 制度建设, 处理决定, 数据质量,
/// then any extra sheets.
public enum AssessmentWorkbook {
    /// Above this many rows in all sheets, the workbook is written in constant-memory mode.
    public static let constantMemoryRowThreshold = 100_000

    /// Writes the workbook to `url`. Tables longer than `maxRowsPerSheet` rows (header included; Excel's
    /// limit by default) continue on `name (2)` …
    public static func write(_ content: WorkbookContent, to url: URL, maxRowsPerSheet: Int = 1_048_576) throws {
        try write(content, to: url, maxRowsPerSheet: maxRowsPerSheet,
                  constantMemory: estimatedRows(content) > constantMemoryRowThreshold)
    }

    /// As `write(_:to:maxRowsPerSheet:)`, choosing the memory mode explicitly (tests, benchmarks).
    static func write(_ content: WorkbookContent, to url: URL, maxRowsPerSheet: Int, constantMemory: Bool) throws {
        let maxRows = min(max(2, maxRowsPerSheet), 1_048_576)
        let options = WorkbookOptions(constantMemory: constantMemory, properties: properties(content))
        try Workbook.write(to: url, options: options) { workbook in
            let writer = try TableWriter(workbook: workbook, maxRowsPerSheet: maxRows)
            let a = content.assessment
            try OverviewSheet.write(content, in: workbook)
            try ScoresSheet.write(content, with: writer)
            try writer.write(name: FindingsSheet.name, headers: FindingsSheet.headers, rows: FindingsSheet.rows(a.units))
            try writer.write(name: ActivitySheet.name, headers: ActivitySheet.headers, rows: ActivitySheet.rows(a.units))
            try writer.write(name: SystemsSheet.name, headers: SystemsSheet.headers,
                             rows: SystemsSheet.rows(a.units, configuration: content.configuration))
            try writer.write(name: DecisionsSheet.name, headers: DecisionsSheet.headers, rows: DecisionsSheet.rows(a))
            try writer.write(name: DataQualitySheet.name, headers: DataQualitySheet.headers,
                             rows: DataQualitySheet.rows(files: content.files, rejects: content.rejects))
            for extra in content.extraSheets {
                try writer.write(name: extra.name, headers: extra.headers, rows: extra.rows)
            }
        }
    }

    /// Rows the sheets will hold, roughly (headers left out).
    static func estimatedRows(_ content: WorkbookContent) -> Int {
        let units = content.assessment.units
        let findings = units.reduce(0) { $0 + $1.evidence.findings.count }
        let media = units.reduce(0) { $0 + $1.evidence.media.count }
        let systems = units.count * content.configuration.rules.requiredSystems.count
        let extra = content.extraSheets.reduce(0) { $0 + $1.rows.count }
        return 3 * units.count + findings + 2 * media + systems + content.files.count + content.rejects.count + extra
    }

    /// Title, subject, author (the issuer) and a creation time fixed to `as_of`, so reruns are byte-identical.
    static func properties(_ content: WorkbookContent) -> WorkbookProperties {
        let a = content.assessment
        // as_of is China time (UTC+8); the file stores the creation moment in UTC.
        let created = a.asOf.adding(seconds: -8 * 3600).excel
        return WorkbookProperties(title: "\(a.quarter.chinese)党政群网站及新媒体考核结果",
                                  subject: "\(content.configuration.city)党政群网站及新媒体季度考核",
                                  author: content.configuration.issuer, created: created)
    }
}
