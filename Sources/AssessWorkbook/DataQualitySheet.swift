import AssessCore

/// 数据质量: the manifest's per-file counts, then every rejected row (raw text with phones masked).
///
/// Both kinds share one filterable table; the column 类型 tells them apart.
enum DataQualitySheet {
    static let name = "数据质量"

    static let headers = [
        "类型", "文件", "数据表", "格式", "编码", "字节数", "SHA-256", "读取行数", "接受行数", "拒收行数",
        "行号", "列", "原因", "原始内容",
    ]

    /// The row's subject stays in view when scrolling across.
    static let print = TablePrint(headers: headers, frozenThrough: "类型")

    static func rows(files: [InputFileReport], rejects: [RejectedRow]) -> some Collection<[SheetCell]> {
        let fileRows = files.lazy.map { f -> [SheetCell] in
            [.text("文件汇总"), .text(f.path), .text(f.table), .text(f.format.rawValue.uppercased()),
             .text(f.encoding.rawValue), .integer(Int(f.bytes)), .text(f.sha256), .integer(f.read),
             .integer(f.accepted), .integer(f.rejected), .empty, .empty, .empty, .empty]
        }
        let rejectRows = rejects.lazy.map { r -> [SheetCell] in
            [.text("拒收行"), .text(r.file), .empty, .empty, .empty, .empty, .empty, .empty, .empty, .empty,
             .integer(r.line), .text(r.column), .text(r.reason), .text(PhoneMask.maskRejectedRow(r.raw, file: r.file))]
        }
        return [AnyCollection(fileRows), AnyCollection(rejectRows)].joined()
    }
}
