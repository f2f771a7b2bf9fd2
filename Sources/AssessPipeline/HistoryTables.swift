import AssessCore
import AssessLedger
import Foundation

/// `assess history` as readable Chinese tables.
public enum HistoryTables {
    public static func unit(_ rows: [UnitHistoryRow]) -> String {
        ConsoleTable(
            headers: ["季度", "单位名称", "得分", "触发情形", "决定", "函号"],
            rows: rows.map { r in
                [r.quarter.description, r.unitName, r.printedScore,
                 r.triggers.isEmpty ? "—" : r.triggers.map(\.chinese).joined(separator: "、"),
                 r.decision.chinese, r.letterNumber?.description ?? "—"]
            }
        ).render()
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
