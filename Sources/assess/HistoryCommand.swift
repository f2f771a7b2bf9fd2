import AssessCore
import AssessLedger
import AssessPipeline
import ArgumentParser
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

    @Option(help: "台账文件（缺省：环境变量 ASSESS_LEDGER，或 ~/.local/share/assess/ledger.sqlite）。")
    var ledger: String?

    func validate() throws {
        if (unit == nil) == (quarter == nil) {
            throw ValidationError("请给出 --unit 或 --quarter 之一。")
        }
        if csv != nil, unit == nil {
            throw ValidationError("--csv 只能与 --unit 一起使用。")
        }
    }

    func run() throws {
        let path = ledger.map { URL(fileURLWithPath: $0) } ?? Ledger.defaultPath()
        guard FileManager.default.fileExists(atPath: path.path) else {
            throw fail("台账文件 \(path.path) 不存在：还没有运行过 assess run，或请用 --ledger 指定台账文件。")
        }
        let book = try reportingErrors { try Ledger(path: path) }
        if let unit {
            try showUnit(unit, in: book)
        } else if let quarter {
            try showQuarter(quarter, in: book)
        }
    }

    private func showUnit(_ query: String, in book: Ledger) throws {
        let unitID: String
        switch try reportingErrors({ try book.findUnit(query) }) {
        case .found(let id):
            unitID = id
        case .ambiguous(let candidates):
            printErr(HistoryTables.candidates(candidates))
            throw fail("有 \(candidates.count) 个单位的名称包含“\(query)”（见上表）。请用单位编码或更完整的名称重新查询。")
        case .none:
            throw fail("台账中没有编码或名称为“\(query)”的单位，也没有名称包含它的单位。请检查输入，或用 --quarter 查看某季度的全部单位。")
        }
        let rows = try reportingErrors { try book.results(ofUnit: unitID) }
        printOut(HistoryTables.unit(rows))
        if let csv {
            try reportingErrors { try HistoryTables.writeUnitCSV(rows, to: URL(fileURLWithPath: csv), ledger: book.path) }
            printOut("已另存为 \(csv)")
        }
        let withdrawn = try reportingErrors { try book.withdrawnLetters() }.filter { $0.unitID == unitID }
        if let text = WithdrawnLettersTable.render(withdrawn) { printOut(text) }
    }

    private func showQuarter(_ quarter: Quarter, in book: Ledger) throws {
        let runs = try reportingErrors { try book.runs(of: quarter) }
        guard !runs.isEmpty else { throw fail("台账中没有 \(quarter) 的运行记录。") }
        let results = try reportingErrors { try book.results(of: quarter) }
        printOut("\(quarter.chinese)的考核结果（取最后一次运行）：" + HistoryTables.quarterTotals(results))
        printOut(HistoryTables.quarter(results))
        printOut("\n历次运行：")
        printOut(HistoryTables.runs(runs))
        let withdrawn = try reportingErrors { try book.withdrawnLetters() }.filter { $0.quarter == quarter.description }
        if let text = WithdrawnLettersTable.render(withdrawn) { printOut(text) }
    }
}
