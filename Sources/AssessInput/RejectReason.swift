import AssessCore

/// Why a row was rejected: the column it is about (canonical name, empty for the whole row) and a Chinese
/// reason a clerk can act on. The generic reasons are here; each table rule declares its own next to its check.
package struct RejectReason: Error, Sendable {
    var column: String
    var message: String

    init(column: String = "", _ message: String) {
        self.column = column
        self.message = message
    }

    // MARK: - Structure

    static func fieldCount(expected: Int, found: Int) -> RejectReason {
        RejectReason("本行有 \(found) 个字段，表头有 \(expected) 列：请检查是否多了或少了逗号，含逗号、引号或换行的值要用英文双引号括起来")
    }

    static let notAnObject = RejectReason("这一行不是一个 JSON 对象（应为 {\"列名\": 值, …}）：请检查这一行的格式")

    // MARK: - Rule 1: required absent, or a value that does not parse

    static func missing(_ column: ColumnSpec) -> RejectReason {
        RejectReason(column: column.name, "缺少必填值\(column.label)：请补填")
    }

    static func nested(_ column: ColumnSpec) -> RejectReason {
        RejectReason(column: column.name, "\(column.label)的值是 JSON 对象或数组：应为文本、数字或布尔值")
    }

    /// An Excel error cell (`#N/A`), or a formula Excel saved without its result (`text` empty).
    static func cellError(_ column: ColumnSpec, _ text: UnsafeRawBufferPointer) -> RejectReason {
        guard !text.isEmpty else {
            return RejectReason(column: column.name, "\(column.alias)的单元格是没有计算结果的公式：请在 Excel 中打开、重新计算并保存该文件（或把公式改为数值）后重新运行")
        }
        return RejectReason(column: column.name, "\(column.alias)的单元格是错误值“\(shown(text))”：请在 Excel 中更正该单元格（或它的公式）后重新运行")
    }

    /// `发现时间“2026-13-01 09:00”不是有效的日期时间（应为 2026-07-01 09:30）`.
    static func invalid(_ column: ColumnSpec, _ value: UnsafeRawBufferPointer, _ kind: ValueKind) -> RejectReason {
        RejectReason(column: column.name, "\(column.alias)“\(shown(value))”不是有效的\(kind.chinese)（应为 \(kind.example)）")
    }

    static func invalidEnum<Value: CodedValue>(_ column: ColumnSpec, _ value: UnsafeRawBufferPointer,
                                               _ type: Value.Type) -> RejectReason {
        RejectReason(column: column.name, "\(column.alias)“\(shown(value))”不是可接受的值（应为 \(Value.acceptedValues) 之一）")
    }

    // MARK: - Rule 2: a repeated id

    static func duplicate(_ column: ColumnSpec, _ id: String, firstLine: Int) -> RejectReason {
        RejectReason(column: column.name, "\(column.alias)“\(id)”与第 \(firstLine) 行重复：以第一次出现的为准，请删除或更正重复的行")
    }

    // MARK: - Rule 3: a reference to no accepted row

    static func unknownReference(_ column: ColumnSpec, _ id: String, in file: String) -> RejectReason {
        RejectReason(column: column.name, "\(column.alias)“\(id)”在 \(file) 中没有被接受的记录：请核对编码，或先更正 \(file) 中被拒绝的那一行")
    }

    /// A value as shown in a message (long values shortened).
    private static func shown(_ value: UnsafeRawBufferPointer) -> String {
        let text = ByteText.string(value)
        return text.count > 40 ? String(text.prefix(40)) + "…" : text
    }
}

/// The value types of inputs.md, with how messages describe them.
enum ValueKind {
    case date, dateTime, int, bool

    var chinese: String {
        switch self {
        case .date: "日期"
        case .dateTime: "日期时间"
        case .int: "整数"
        case .bool: "是/否值"
        }
    }

    var example: String {
        switch self {
        case .date: "2026-07-01 或 2026/7/1"
        case .dateTime: "2026-07-01 09:30"
        case .int: "不带小数点的数字，如 120"
        case .bool: "是、否、true、false、yes、no、Y、N、1 或 0"
        }
    }
}
