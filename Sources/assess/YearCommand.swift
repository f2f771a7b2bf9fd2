import ArgumentParser
import AssessPipeline
import Foundation

/// `assess year`: the annual roll-up for the ideology responsibility assessment, from the ledger.
struct YearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "year",
        abstract: "年度汇总：从台账中取该年四个季度的考核结果，生成意识形态责任制考核年度扣分表、年度工作簿和年度摘要。",
        discussion: """
        结果目录中生成：ideology-{年份}.csv（年度扣分表，带 BOM，Excel 可直接打开）、year-{年份}.xlsx（年度工作簿）、
        year-{年份}.md（年度摘要）、manifest.json（所取各季度的运行记录与所用配置）。
        每个季度取台账中最后一次运行的结果。缺少季度时拒绝生成，除非加 --partial（各文件会注明缺少的季度）。
        年度扣分上限由配置项 rules.ideology.annual_cap 设定（缺省不设上限）。
        例：assess year --year 2026 --out 结果/2026年度
        """
    )

    @Option(help: "年份，如 2026。")
    var year: Int

    @Option(help: "结果目录（整体替换）。")
    var out: String

    @OptionGroup var ledger: LedgerOptions

    @Flag(help: "台账中缺少某些季度时，仍按已有季度生成汇总（各文件注明缺少的季度）。")
    var partial = false

    @OptionGroup var setup: SetupOptions

    func validate() throws {
        guard (1...9999).contains(year) else {
            throw ValidationError("--year 的值“\(year)”不是有效的年份（应如 2026）。")
        }
    }

    func run() throws {
        let options = YearOptions(
            year: year, outputDirectory: URL(fileURLWithPath: out),
            ledgerPath: ledger.ledgerPath, partial: partial, configurationFile: setup.configurationFile,
            templatesDirectory: setup.templatesDirectory)
        let report: YearRun.Report
        do {
            report = try YearRun.execute(options)
        } catch let error as PipelineError {
            throw fail(error.description)
        }
        let rollUp = report.rollUp
        if let note = rollUp.missingNote { printErr("注意：" + note + "。") }
        printOut("""
        \(rollUp.chineseYear)：汇总季度 \(rollUp.recordedQuarters.map(\.description).joined(separator: "、"))，\
        单位 \(rollUp.units.count) 个，有扣分的单位 \(rollUp.units.filter { $0.annualDeduction > 0 }.count) 个，\
        反复被通报 \(rollUp.repeatedNotices.count) 个。
        结果已写入 \(options.outputDirectory.relativePath)：\(report.outputs.joined(separator: "、"))
        """)
    }
}
