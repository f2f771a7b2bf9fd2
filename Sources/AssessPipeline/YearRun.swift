import AssessCore
import AssessInput
import AssessLedger
import AssessReports
import AssessWorkbook
import Foundation

/// One `assess year`, as a list of named stages (year.md):
///
/// configuration and template → open and lock the ledger → the quarters of the year (missing ones refused unless
/// partial) → roll up → write the outputs into a staging folder → swap it in whole.
public enum YearRun {
    /// What a finished roll-up tells the user.
    public struct Report: Sendable {
        public var rollUp: YearRollUp
        public var outputs: [String]
    }

    public static func execute(_ options: YearOptions) throws -> Report {
        let configuration = try PipelineError.during(.configuration) {
            try options.configurationFile.map(ConfigurationLoader.load(from:)) ?? .default
        }
        let (report, templatesFolder) = try template(options)
        let out = try outputFolder(options, templates: templatesFolder)
        try checkLedgerExists(options.ledgerPath)
        // No run may record a quarter while the year is read (the figures would mix two states of the ledger).
        let lock = try PipelineError.during(.ledger) { try LedgerLock.acquire(ledger: options.ledgerPath, waitSeconds: 5) }
        defer { withExtendedLifetime(lock) {} }
        let ledger = try PipelineError.during(.ledger) { try Ledger(path: options.ledgerPath) }

        let quarters = try PipelineError.during(.ledger) { try ledger.recordedQuarters(in: options.year) }
        try checkQuarters(quarters, options: options)
        let results = try PipelineError.during(.ledger) { try ledger.results(in: options.year) }
        let sources = try PipelineError.during(.ledger) { try quarters.compactMap { try ledger.runs(of: $0).last } }
        let rollUp = YearRollUp(year: options.year, recordedQuarters: quarters, results: results,
                                configuration: configuration)

        let staging = try PipelineError.during(.outputs) { try StagingDirectory(replacing: out) }
        do {
            let outputs = try write(rollUp, sources: sources, configuration: configuration, report: report, into: staging)
            // Not recorded in the ledger: the finished swap is the commit.
            try PipelineError.during(.outputs) { try staging.commit() }.finish()
            return Report(rollUp: rollUp, outputs: outputs)
        } catch {
            staging.discard()
            throw error
        }
    }

    // MARK: - Stages

    /// The year's template and the folder it comes from.
    static func template(_ options: YearOptions) throws -> (YearReport, URL) {
        try PipelineError.during(.reports) {
            guard let folder = options.templatesDirectory ?? ReportRenderer.defaultTemplatesDirectory() else {
                throw PipelineError(.reports, "找不到默认模板目录 Templates/：请用 --templates 指定模板目录，或设置环境变量 ASSESS_TEMPLATES。")
            }
            return (try YearReport(templates: folder), folder)
        }
    }

    /// The folder to write, checked before anything is touched (outputs.md "Where outputs may go", the same
    /// `OutputLocation` rules as `run`): never the ledger, the configuration or the templates, nor a folder holding
    /// them, nor someone else's folder; and never a quarter's output folder (the year would replace it whole).
    static func outputFolder(_ options: YearOptions, templates: URL) throws -> URL {
        let out = try OutputLocation.checkFolder(options.outputDirectory, protecting: options.protectedPaths(templates: templates))
        if let kind = earlierOutputKind(out), kind != YearManifest.kind {
            throw PipelineError(.outputs, "--out \(options.outputDirectory.path) 是某个季度的考核结果目录（assess run 生成）。年度汇总会整体替换结果目录，会删掉该季度的结果：请为年度汇总另选一个文件夹，例如 结果/\(options.year)年度。未作任何改动。")
        }
        return out
    }

    /// The `kind` in the manifest.json of an earlier output of this tool in `folder` (`year`; a quarter's run
    /// writes none: `run`), nil when the folder holds no manifest of ours.
    static func earlierOutputKind(_ folder: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent("manifest.json").path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              object["tool"] as? String == "assess" else { return nil }
        return object["kind"] as? String ?? "run"
    }

    /// The ledger must already exist: the year is made from quarters recorded by `assess run`.
    static func checkLedgerExists(_ path: URL) throws {
        guard FileManager.default.fileExists(atPath: path.path) else {
            throw PipelineError(.ledger, "台账文件 \(path.path) 不存在：年度汇总取自台账中各季度的考核结果，请先用 assess run 完成各季度考核，或用 --ledger 指定台账文件。")
        }
    }

    /// Refuses a year with missing quarters unless partial, and a year with none at all.
    static func checkQuarters(_ recorded: [Quarter], options: YearOptions) throws {
        let all = (1...4).compactMap { Quarter(year: options.year, number: $0) }
        let missing = all.filter { !recorded.contains($0) }
        guard !missing.isEmpty else { return }
        let names = missing.map { "\($0.chinese)（\($0)）" }.joined(separator: "、")
        if recorded.isEmpty {
            throw PipelineError(.ledger, "台账中没有 \(options.year) 年任何季度的考核结果，无法生成年度汇总。请先用 assess run 完成该年各季度考核，或检查 --year 和 --ledger 是否正确。")
        }
        if !options.partial {
            throw PipelineError(.ledger, "台账中缺少 \(names) 的考核结果，年度汇总需要四个季度。请先用 assess run 完成缺少的季度；如确需先出不完整的汇总，请加 --partial（各文件会注明缺少的季度）。")
        }
    }

    /// ideology-{year}.csv, year-{year}.xlsx, year-{year}.md and manifest.json; returns the relative paths.
    static func write(_ rollUp: YearRollUp, sources: [RunSummary], configuration: Configuration, report: YearReport,
                      into staging: StagingDirectory) throws -> [String] {
        let year = rollUp.year
        let csv = AnnualIdeologyFile.name(year), workbook = "year-\(year).xlsx", summary = "year-\(year).md"
        try PipelineError.during(.outputs) { try staging.write(AnnualIdeologyFile.csv(rollUp), to: csv) }
        try PipelineError.during(.workbook) {
            try YearWorkbook.write(rollUp, configuration: configuration, to: staging.file(workbook))
        }
        try PipelineError.during(.reports) {
            try staging.write(report.render(rollUp, configuration: configuration), to: summary)
        }
        let outputs = [csv, workbook, summary, "manifest.json"]
        let manifest = YearManifest(rollUp: rollUp, sources: sources, configuration: configuration, outputs: outputs)
        try PipelineError.during(.outputs) { try staging.write(try manifest.json(), to: "manifest.json") }
        return outputs
    }
}
