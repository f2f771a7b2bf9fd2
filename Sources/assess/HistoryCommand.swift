import ArgumentParser
import AssessPipeline
import Foundation

/// `assess history`: what the ledger remembers.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "查看台账：某单位历季度的得分、处理决定、函号和意识形态扣分，或某季度各单位的结果及历次运行。",
        discussion: """
        --unit 可写单位编码、单位全称或名称中的一段（如“教育局”）；有多个单位符合时列出它们的编码，请改用编码。
        例：assess history --unit U0001    assess history --unit 五华区教育局 --csv 五华区教育局.csv
            assess history --quarter 2026Q3
        """
    )

    @Option(help: "单位编码、名称或名称中的一段。")
    var unit: String?

    @Option(help: "季度，如 2026Q3。")
    var quarter: Quarter?

    @Option(help: "把该单位的历季度结果另存为 CSV 文件（带 BOM，Excel 可直接打开；与 --unit 一起用）。")
    var csv: String?

    @OptionGroup var ledger: LedgerOptions

    func validate() throws {
        if (unit == nil) == (quarter == nil) {
            throw ValidationError("请给出 --unit 或 --quarter 之一。")
        }
        if csv != nil, unit == nil {
            throw ValidationError("--csv 只能与 --unit 一起使用。")
        }
    }

    func run() throws {
        let history = try answering { try LedgerHistory(path: ledger.ledgerPath) }
        if let unit {
            let found = try answering { try history.unit(unit) }
            printOut(found.table)
            if let csv {
                try reportingErrors { try history.writeCSV(found, to: URL(fileURLWithPath: csv)) }
                printOut("已另存为 \(csv)")
            }
            if let withdrawn = found.withdrawn { printOut(withdrawn) }
        } else if let quarter {
            for line in try answering({ try history.quarter(quarter) }) { printOut(line) }
        }
    }

    /// Runs `body`; a question the ledger cannot answer shows its details (the candidates), then its message.
    private func answering<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let failure as HistoryFailure {
            if let details = failure.details { printErr(details) }
            throw fail(failure.message)
        } catch {
            throw fail(PipelineError.explain(error))
        }
    }
}
