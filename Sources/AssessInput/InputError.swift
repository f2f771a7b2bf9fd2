/// A fatal input problem: the run stops before anything is written (inputs.md "Validation", exit status 2).
///
/// `message` is Chinese, names the file and says what to do.
public struct InputError: Error, CustomStringConvertible, Sendable {
    /// The file concerned (name in the data directory), when there is one.
    public var file: String?
    public var message: String

    public init(file: String?, message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { message }
}

// MARK: - The fatal errors, declared where a reader can find them all

extension InputError {
    static func noDirectory(_ path: String) -> InputError {
        InputError(file: nil, message: "数据目录 \(path) 不存在或不是目录：请检查命令中给出的路径。")
    }

    static func ambiguous(_ table: InputTable, files: [String]) -> InputError {
        InputError(file: files.first, message: "\(table.chinese)表 \(table.rawValue) 在数据目录中有多个文件（\(files.joined(separator: "、"))），"
            + "无法确定使用哪一个：请只保留其中一个后重新运行。")
    }

    static func missingTable(_ table: InputTable, directory: String, nearMisses: [NearMissName] = []) -> InputError {
        let names = TableFile.forms.map { "\(table.rawValue).\($0.rawValue)" }.joined(separator: "、")
        let hint = nearMisses.isEmpty ? ""
            : "（目录中有 \(nearMisses.map(\.name).joined(separator: "、"))，如果它就是该表，请改名为 \(nearMisses[0].expected)）"
        return InputError(file: nil, message: "数据目录 \(directory) 中缺少必需的\(table.chinese)表\(hint)：请放入 \(names) 中的一个后重新运行。")
    }

    static func unreadable(_ file: String, reason: String) -> InputError {
        InputError(file: file, message: "无法读取文件 \(file)（\(reason)）：请检查该文件（或链接指向的文件）是否存在、是否有读取权限后重新运行。")
    }

    /// A required table read as zero rows although its file holds more than a header.
    static func noRowsRead(_ file: String, lines: Int) -> InputError {
        InputError(file: file, message: "文件 \(file) 除表头外还有 \(lines) 行内容，却一行数据也没有读出："
            + "请检查分隔符（应为英文逗号）、引号是否闭合和换行符，必要时用 Excel 另存为 CSV UTF-8 后重新运行。")
    }

    static func undecodable(_ file: String, offset: Int64) -> InputError {
        InputError(file: file, message: "文件 \(file) 既不是 UTF-8 也不是 GB18030（GBK）编码（约第 \(offset + 1) 字节起无法识别）："
            + "请用 Excel 或记事本“另存为”UTF-8 编码后重新运行。")
    }

    static func missingColumns(_ file: String, _ columns: [ColumnSpec]) -> InputError {
        let labels = columns.map(\.label).joined(separator: "、")
        let what = columns.count > 1 && columns.allSatisfy({ $0.presence == .oneOfRequired })
            ? "缺少列 \(labels)（至少需要其中一列）" : "缺少必需的列 \(labels)"
        return InputError(file: file, message: "文件 \(file) \(what)：请在第 1 行表头中加上（英文列名或中文列名均可）后重新运行。")
    }

    static func noHeader(_ file: String) -> InputError {
        InputError(file: file, message: "文件 \(file) 是空的，没有表头行：请重新导出该表后重新运行。")
    }

    static func notJSONArray(_ file: String, object: Int, problem: String) -> InputError {
        InputError(file: file, message: "文件 \(file) 不是一个由 JSON 对象组成的数组（第 \(object) 个对象处：\(problem)）："
            + "请检查导出格式，或改用 .jsonl / .csv 格式后重新运行。")
    }

    static func recordTooLong(_ file: String, line: Int, limit: Int) -> InputError {
        InputError(file: file, message: "文件 \(file) 从第 \(line) 行（或第 \(line) 个对象）开始的一条记录超过 \(limit >> 20) MB 仍未结束，"
            + "多半是引号或括号没有闭合：请检查该处后重新运行。")
    }
}
