import AssessCore
import AssessLedger

/// `assess history`'s list of withdrawn letters (reviews.md): the number stays taken, never handed out again.
public enum WithdrawnLettersTable {
    /// The heading and table, or nil when there is nothing to show.
    public static func render(_ rows: [WithdrawnLetterRow]) -> String? {
        guard !rows.isEmpty else { return nil }
        let table = ConsoleTable(
            headers: ["已撤销的函号", "季度", "单位编码", "原决定", "原得分", "依据的复核"],
            rows: rows.map { r in
                [r.number.description, r.quarter, r.unitID, Decision(rawValue: r.decisionBefore)?.chinese ?? r.decisionBefore,
                 r.scoreBefore, r.reviewIDs.isEmpty ? "—（数据更正）" : r.reviewIDs.joined(separator: "、")]
            }
        ).render()
        return "\n已撤销的整改函（文号作废，不再使用）：\n" + table
    }
}
