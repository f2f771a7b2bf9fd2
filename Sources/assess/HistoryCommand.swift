import AssessCore
import AssessLedger
import AssessPipeline
import ArgumentParser
import Foundation

/// `assess history`: what the ledger remembers.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "查看台账：某单位历季度的得分、触发情形、决定和函号，或某季度的历次运行。",
        discussion: "例：assess history --unit U0001    assess history --quarter 2026Q3"
    )

    @Option(help: "单位编码。")
    var unit: String?

    @Option(help: "季度，如 2026Q3。")
    var quarter: Quarter?

    @Option(help: "台账文件（缺省：环境变量 ASSESS_LEDGER，或 ~/.local/share/assess/ledger.sqlite）。")
    var ledger: String?

    func validate() throws {
        if (unit == nil) == (quarter == nil) {
            throw ValidationError("请给出 --unit 或 --quarter 之一。")
        }
    }

    func run() throws {
        let path = ledger.map { URL(fileURLWithPath: $0) } ?? Ledger.defaultPath()
        guard FileManager.default.fileExists(atPath: path.path) else {
            throw fail("台账文件 \(path.path) 不存在：还没有运行过 assess run，或请用 --ledger 指定台账文件。")
        }
        let book = try reportingErrors { try Ledger(path: path) }
        if let unit {
            let rows = try reportingErrors { try book.unitHistory(unit) }
            guard !rows.isEmpty else { throw fail("台账中没有单位 \(unit) 的记录。") }
            printOut(HistoryTables.unit(rows))
            let withdrawn = try reportingErrors { try book.withdrawnLetters() }.filter { $0.unitID == unit }
            if let text = WithdrawnLettersTable.render(withdrawn) { printOut(text) }
        } else if let quarter {
            let runs = try reportingErrors { try book.runs(of: quarter) }
            guard !runs.isEmpty else { throw fail("台账中没有 \(quarter) 的运行记录。") }
            printOut(HistoryTables.runs(runs))
            let withdrawn = try reportingErrors { try book.withdrawnLetters() }.filter { $0.quarter == quarter.description }
            if let text = WithdrawnLettersTable.render(withdrawn) { printOut(text) }
        }
    }
}
