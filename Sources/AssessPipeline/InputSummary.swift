import AssessCore

/// The per-table summary and first rejects that `assess validate` and `assess run` print.
public enum InputSummary {
    public static func table(_ files: [InputFileReport]) -> String {
        ConsoleTable(
            headers: ["文件", "格式", "编码", "读取行数", "接受", "拒收"],
            rows: files.map { f in
                [f.path, f.format.rawValue, f.encoding.rawValue, String(f.read), String(f.accepted), String(f.rejected)]
            }
        ).render()
    }

    /// The first `limit` rejects, one per line: `findings.csv 第12行 [detected_at] 原因`.
    public static func rejects(_ rejects: [RejectedRow], limit: Int) -> String {
        var lines = rejects.prefix(limit).map { r in
            "\(r.file) 第\(r.line)行" + (r.column.isEmpty ? "" : " [\(r.column)]") + " \(r.reason)"
        }
        if rejects.count > limit {
            lines.append("……另有 \(rejects.count - limit) 行被拒收，完整清单见 rejects.csv。")
        }
        return lines.joined(separator: "\n")
    }

    /// The units whose rows were rejected, one per line with their counts by table (inputs.md "Rows rejected
    /// are not penalties"); empty when none. `units` gives the accepted units' names.
    public static func dataIssues(_ issues: DataIssues, units: [Unit]) -> String {
        guard !issues.isEmpty else { return "" }
        let names = Dictionary(units.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var lines = ["以下单位有数据行被拒收，评分可能因此偏低，发函前请核实（manifest.json 中标为“待核实”）："]
        for unit in issues.units {
            let name = names[unit].map { " \($0)" } ?? "（未被接受的单位）"
            lines.append("  \(unit)\(name)：\(issues.text(for: unit))")
        }
        let unattributed = DataIssues.text(issues.unattributed)
        if !unattributed.isEmpty { lines.append("  无法确定所属单位：\(unattributed)") }
        return lines.joined(separator: "\n")
    }
}
