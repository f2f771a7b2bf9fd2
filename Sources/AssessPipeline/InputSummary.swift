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
}
