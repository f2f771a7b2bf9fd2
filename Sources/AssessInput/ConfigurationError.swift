/// A configuration file that cannot be used (rules.md "Configuration": fatal, naming the key), in Chinese.
public enum ConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file cannot be read (missing, no permission, not UTF-8).
    case unreadable(file: String, reason: String)
    /// The text is not valid YAML.
    case syntax(file: String, detail: String)
    /// A key the configuration does not have; `accepted` lists the keys allowed at that place.
    case unknownKey(file: String, key: String, line: Int?, accepted: [String])
    /// A value of the wrong kind (a list where a number belongs, text where a number belongs, …).
    case wrongType(file: String, key: String, line: Int?, expected: String)
    /// A value of the right kind that the rules cannot use (negative limit, bad time interval, bad date, …).
    case invalidValue(file: String, key: String, reason: String)

    /// The dotted key path the error is about (`rules.weights.late_fix`).
    public var key: String {
        switch self {
        case .unreadable, .syntax: ""
        case let .unknownKey(_, key, _, _), let .wrongType(_, key, _, _), let .invalidValue(_, key, _): key
        }
    }

    public var description: String {
        switch self {
        case let .unreadable(file, reason):
            return "无法读取配置文件 \(file)：\(reason)。"
        case let .syntax(file, detail):
            return "配置文件 \(file) 不是有效的 YAML：\(detail)。请检查缩进、冒号和引号。"
        case let .unknownKey(file, key, line, accepted):
            let hint = accepted.isEmpty ? "" : "此处可用的配置项：\(accepted.joined(separator: "、"))。"
            return "配置文件 \(file)\(Self.at(line))：未知的配置项 \(key)。请检查拼写。\(hint)"
        case let .wrongType(file, key, line, expected):
            return "配置文件 \(file)\(Self.at(line))：配置项 \(key) 的值类型不正确，应为\(expected)。"
        case let .invalidValue(file, key, reason):
            return "配置文件 \(file)：配置项 \(key) 的值无效：\(reason)。"
        }
    }

    private static func at(_ line: Int?) -> String { line.map { " 第 \($0) 行" } ?? "" }
}
