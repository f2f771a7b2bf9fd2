import AssessCore
import Foundation
import XLSXWriter

/// Writes `assessment.xlsx` (outputs.md): 总览, 单位评分, 问题明细, 更新情况, 制度建设, 处理决定, 数据质量,
/// then any extra sheets.
public enum AssessmentWorkbook {
    /// Above this many rows in all sheets, the workbook is written in constant-memory mode.
    public static let constantMemoryRowThreshold = 100_000

    /// Writes the workbook of a finished assessment to `url`. Tables longer than `maxRowsPerSheet` rows (header
    /// included; Excel's limit by default) continue on `name (2)` …
    public static func write(_ content: WorkbookContent, to url: URL, maxRowsPerSheet: Int = 1_048_576) throws {
        let listing = FindingsListing(content.assessment)
        try write(listing, to: url, layout: Layout(content, listing: listing, maxRowsPerSheet: maxRowsPerSheet)) { content }
    }

    /// As `write(_:to:maxRowsPerSheet:)`, choosing the memory mode explicitly (tests, benchmarks).
    static func write(_ content: WorkbookContent, to url: URL, maxRowsPerSheet: Int, constantMemory: Bool) throws {
        let listing = FindingsListing(content.assessment)
        var layout = Layout(content, listing: listing, maxRowsPerSheet: maxRowsPerSheet)
        layout.options.constantMemory = constantMemory
        try write(listing, to: url, layout: layout) { content }
    }

    /// Writes the workbook while the assessment is still being made: 问题明细 from `basis` at once, then waits
    /// for `content()` (the finished assessment of that basis) to write the other sheets. The file is the same
    /// as `write(_:to:maxRowsPerSheet:)` gives for that content. An error from `content()` abandons the file.
    /// Runs on the caller's actor (`isolation`), waiting included.
    ///
    /// With `later`, a constant-memory workbook offers its later sheets to the task that finishes the assessment
    /// (`LaterSheets`): `content()` returns nil when that task has written them, and the workbook then waits for
    /// nothing more.
    public static func write(basis: AssessmentBasis, configuration: Configuration, to url: URL,
                             maxRowsPerSheet: Int = 1_048_576, later: LaterSheets? = nil,
                             isolation: isolated (any Actor)? = #isolation,
                             content: () async throws -> WorkbookContent?) async throws {
        try await write(basis: basis, configuration: configuration, to: url, maxRowsPerSheet: maxRowsPerSheet,
                        later: later, constantMemory: nil, content: content)
    }

    /// As above, choosing the memory mode explicitly when `constantMemory` is given (tests).
    static func write(basis: AssessmentBasis, configuration: Configuration, to url: URL, maxRowsPerSheet: Int,
                      later: LaterSheets?, constantMemory: Bool?, isolation: isolated (any Actor)? = #isolation,
                      content: () async throws -> WorkbookContent?) async throws {
        let listing = FindingsListing(basis)
        var layout = Layout(quarter: basis.quarter, asOf: basis.asOf, configuration: configuration,
                            units: basis.units.count, media: basis.units.reduce(0) { $0 + $1.media.count },
                            listing: listing, maxRowsPerSheet: maxRowsPerSheet)
        if let constantMemory { layout.options.constantMemory = constantMemory }
        try await Workbook.write(to: url, options: layout.options) { workbook in
            let sheets = try FirstSheets(in: workbook, layout: layout, findings: listing.rowCount)
            let offer = workbook.constantMemory ? later : nil
            // 问题明细 is written in any case; its error is thrown once the later sheets are no longer being
            // written by the other task (the file must not be abandoned under it).
            let findings = Result { try sheets.fillFindings(listing) { offer?.offer(sheets) } }
            let rest = try await content()
            try findings.get()
            if let rest {
                try sheets.finish(with: rest)
            } else {
                try later?.outcome()
            }
        }
    }

    /// The sheets in their order: 总览, 单位评分 and 问题明细 are made first and 问题明细 filled; the rest once
    /// `content()` returns.
    private static func write(_ listing: FindingsListing, to url: URL, layout: Layout,
                              content: () throws -> WorkbookContent) throws {
        try Workbook.write(to: url, options: layout.options) { workbook in
            let sheets = try FirstSheets(in: workbook, layout: layout, findings: listing.rowCount)
            try sheets.fillFindings(listing) {}
            try sheets.finish(with: try content())
        }
    }

    /// 总览 and 单位评分 made (filled once the assessment is known) and 问题明细 made (filled from the basis):
    /// what the basis alone can write.
    struct FirstSheets {
        let workbook: Workbook
        let writer: TableWriter
        let overview: Worksheet
        let scores: TableWriter.PreparedTable
        let findings: TableWriter.PreparedTable
        let title: String

        init(in workbook: Workbook, layout: Layout, findings rowCount: Int) throws {
            self.workbook = workbook
            writer = try TableWriter(workbook: workbook, maxRowsPerSheet: layout.maxRowsPerSheet, title: layout.title)
            overview = try OverviewSheet.add(to: workbook)
            scores = try ScoresSheet.prepare(rowCount: layout.units, with: writer)
            title = layout.title
            findings = try writer.prepare(name: FindingsSheet.name, headers: FindingsSheet.headers,
                                          rowCount: rowCount, print: FindingsSheet.print)
        }

        /// Writes 问题明细, calling `afterFirstRows` once its header and first data row are flushed (after the
        /// second data row, or at the end of a shorter sheet).
        func fillFindings(_ listing: FindingsListing, afterFirstRows: () -> Void) throws {
            try FindingsSheet.fill(findings, listing, with: writer, afterFirstRows: afterFirstRows)
        }

        /// The other sheets, from the finished assessment.
        func finish(with content: WorkbookContent) throws {
            let a = content.assessment
            try OverviewSheet.write(content, into: overview, of: workbook, title: title)
            try ScoresSheet.fill(scores, content, with: writer)
            try writer.write(name: ActivitySheet.name, headers: ActivitySheet.headers, rows: ActivitySheet.rows(a.units),
                             print: ActivitySheet.print)
            try writer.write(name: SystemsSheet.name, headers: SystemsSheet.headers,
                             rows: SystemsSheet.rows(a.units, configuration: content.configuration),
                             print: SystemsSheet.print)
            try writer.write(name: DecisionsSheet.name, headers: DecisionsSheet.headers,
                             rows: DecisionsSheet.rows(a, issues: content.dataIssues), print: DecisionsSheet.print)
            try writer.write(name: DataQualitySheet.name, headers: DataQualitySheet.headers,
                             rows: DataQualitySheet.rows(files: content.files, rejects: content.rejects),
                             print: DataQualitySheet.print)
            for extra in content.extraSheets {
                try writer.write(name: extra.name, headers: extra.headers, rows: extra.rows)
            }
        }
    }

    /// What the workbook's first sheets and options need, known before the assessment is finished.
    struct Layout {
        var options: WorkbookOptions
        var maxRowsPerSheet: Int
        /// The page headers' title.
        var title: String
        /// Rows of 单位评分.
        var units: Int

        init(quarter: Quarter, asOf: LocalDateTime, configuration: Configuration, units: Int, media: Int,
             listing: FindingsListing, maxRowsPerSheet: Int) {
            let rows = estimatedRows(units: units, findings: listing.rowCount, media: media,
                                     requiredSystems: configuration.rules.requiredSystems.count)
            options = WorkbookOptions(constantMemory: rows > constantMemoryRowThreshold,
                                      properties: properties(quarter: quarter, asOf: asOf, configuration: configuration))
            self.maxRowsPerSheet = min(max(2, maxRowsPerSheet), 1_048_576)
            self.units = units
            title = "\(quarter.chinese)党政群网站及新媒体考核"
        }

        init(_ content: WorkbookContent, listing: FindingsListing, maxRowsPerSheet: Int) {
            let a = content.assessment
            self.init(quarter: a.quarter, asOf: a.asOf, configuration: content.configuration, units: a.units.count,
                      media: a.units.reduce(0) { $0 + $1.evidence.media.count }, listing: listing,
                      maxRowsPerSheet: maxRowsPerSheet)
        }
    }

    /// Rows the big sheets will hold, roughly (units in three sheets, media in two, findings, systems).
    static func estimatedRows(units: Int, findings: Int, media: Int, requiredSystems: Int) -> Int {
        3 * units + findings + 2 * media + units * requiredSystems
    }

    static func estimatedRows(_ content: WorkbookContent) -> Int {
        let units = content.assessment.units
        return estimatedRows(units: units.count, findings: units.reduce(0) { $0 + $1.evidence.findings.count },
                             media: units.reduce(0) { $0 + $1.evidence.media.count },
                             requiredSystems: content.configuration.rules.requiredSystems.count)
    }

    /// Title, subject, author (the issuer) and a creation time fixed to `as_of`, so reruns are byte-identical.
    static func properties(quarter: Quarter, asOf: LocalDateTime, configuration: Configuration) -> WorkbookProperties {
        // as_of is China time (UTC+8); the file stores the creation moment in UTC.
        let created = asOf.adding(seconds: -8 * 3600).excel
        return WorkbookProperties(title: "\(quarter.chinese)党政群网站及新媒体考核结果",
                                  subject: "\(configuration.city)党政群网站及新媒体季度考核",
                                  author: configuration.issuer, created: created)
    }
}
