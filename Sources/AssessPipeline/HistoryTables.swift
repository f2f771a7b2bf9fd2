import AssessCore
import AssessLedger
import Foundation

/// `assess history` as readable Chinese tables, and the unit's history as a CSV for people (year.md "History").
public enum HistoryTables {
    /// One unit's quarters: score, decision, letter number, ideology deduction.
    public static let unitHeaders = ["季度", "单位编号", "单位名称", "得分", "触发情形", "处理决定", "函号", "意识形态扣分"]

    public static func unit(_ rows: [RecordedResult]) -> String {
        ConsoleTable(headers: unitHeaders, rows: rows.map { unitRow($0, emptyAs: "—") }).render()
    }

    /// The same rows as `unit(_:)`, UTF-8 with a byte-order mark, LF (outputs.md "CSV files for people").
    public static func unitCSV(_ rows: [RecordedResult]) -> String {
        CSVText.byteOrderMark + CSVText.row(unitHeaders)
            + rows.map { CSVText.row(unitRow($0, emptyAs: "")) }.joined()
    }

    /// Writes `unitCSV(rows)` to `file`; a failure → a Chinese message naming the file. Refuses to overwrite
    /// `ledger` (the one file a clerk could name by mistake that must never be lost).
    public static func writeUnitCSV(_ rows: [RecordedResult], to file: URL, ledger: URL) throws {
        let resolved = { (url: URL) in url.standardizedFileURL.resolvingSymlinksInPath().path }
        if resolved(file) == resolved(ledger) {
            throw PipelineError(.outputs, "--csv 指向的 \(file.path) 是台账文件，不能覆盖。请另给一个文件名。")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw PipelineError(.outputs, "--csv 指向的 \(file.path) 是一个文件夹，请给出文件名，如 单位历史.csv。")
        }
        try PipelineError.during(.outputs) {
            do {
                try StagingDirectory.writeFile(file.path, Array(unitCSV(rows).utf8))
            } catch let error as CocoaError where error.code == .fileWriteUnknown {
                throw PipelineError(.outputs, "无法写入 \(file.path)：请检查所在文件夹是否存在、是否有写入权限。")
            }
        }
    }

    static func unitRow(_ r: RecordedResult, emptyAs empty: String) -> [String] {
        [r.quarter.description, r.unitID, r.unitName, r.printedScore,
         r.triggers.isEmpty ? empty : r.triggers.map(\.chinese).joined(separator: "、"),
         r.decision.chinese, r.letterNumber.isEmpty ? empty : r.letterNumber, r.printedIdeologyDeduction]
    }

    /// Several units match what was typed: their ids and latest names, so the clerk can choose.
    public static func candidates(_ candidates: [UnitCandidate]) -> String {
        ConsoleTable(headers: ["单位编号", "单位名称", "最近季度"],
                     rows: candidates.map { [$0.unitID, $0.latestName, $0.latestQuarter] }).render()
    }

    /// A quarter's results (the latest run): every unit with its score, decision, letter number and deduction.
    public static func quarter(_ rows: [RecordedResult]) -> String {
        ConsoleTable(
            headers: ["单位编号", "单位名称", "地区", "主管单位", "得分", "处理决定", "函号", "意识形态扣分"],
            rows: rows.map { r in
                [r.unitID, r.unitName, r.region, r.supervisor, r.printedScore, r.decision.chinese,
                 r.letterNumber.isEmpty ? "—" : r.letterNumber, r.printedIdeologyDeduction]
            }
        ).render()
    }

    /// One line: how many units, letters and notices the quarter's latest run gave.
    public static func quarterTotals(_ rows: [RecordedResult]) -> String {
        "单位 \(rows.count) 个，整改函 \(rows.filter { $0.decision == .letter }.count) 个，"
            + "通报 \(rows.filter { $0.decision == .notice }.count) 个。"
    }

    public static func runs(_ runs: [RunSummary]) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: 8 * 3600)
        return ConsoleTable(
            headers: ["运行编号", "登记时间", "判断时点", "发函日期", "版本", "单位数", "发函数"],
            rows: runs.map { r in
                [String(r.id), formatter.string(from: r.recordedAt), r.asOf.description, r.issueDate.description,
                 r.toolVersion, String(r.unitCount), String(r.letterCount)]
            }
        ).render()
    }
}
