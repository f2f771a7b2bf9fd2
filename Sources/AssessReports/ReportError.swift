import Foundation

/// A template that cannot be used; the message (Chinese, for office staff) names the file and, when known, the line.
public enum ReportError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// The template file does not exist.
    case missingTemplate(file: String)
    /// The file exists but cannot be read as UTF-8 text.
    case unreadableTemplate(file: String)
    /// The Mustache parser rejected the template.
    case brokenTemplate(file: String, line: Int?, column: Int?, reason: String)
    /// The template uses a tag that would bypass Markdown escaping (`{{{…}}}`, `{{&…}}`, `{{%…}}`, `{{=…=}}`, `{{>…}}`).
    case forbiddenTag(file: String, line: Int, tag: String)
    /// The template file is longer than the limit (bytes); `line` is where the limit falls.
    case templateTooLarge(file: String, line: Int, limit: Int)
    /// Sections nest deeper than the limit; `line` holds the section that goes past it.
    case templateTooDeep(file: String, line: Int, limit: Int)
    /// Rendering one document went past the output or work limit (a template that multiplies lists).
    case renderTooLarge(file: String, limit: Int)

    public var description: String {
        switch self {
        case .missingTemplate(let file):
            "找不到模板文件 \(file)：请确认模板目录中有该文件（可从项目的 Templates/ 目录复制）。"
        case .unreadableTemplate(let file):
            "无法读取模板文件 \(file)：请以 UTF-8 编码保存。"
        case .brokenTemplate(let file, let line, let column, let reason):
            "模板文件 \(file)\(line.map { " 第\($0)行" } ?? "")\(column.map { "第\($0)列" } ?? "")有语法错误：\(reason)。"
                + "请检查 {{#…}} 与 {{/…}} 是否成对、名称是否一致。"
        case .forbiddenTag(let file, let line, let tag):
            "模板文件 \(file) 第\(line)行使用了不允许的标记 \(tag)：为防止版式被数据破坏，模板只能使用 {{名称}}、"
                + "{{#名称}}…{{/名称}}、{{^名称}}…{{/名称}} 和 {{! 注释}}。"
        case .templateTooLarge(let file, let line, let limit):
            "模板文件 \(file) 超过 \(limit >> 10) KB 的上限（从第\(line)行起超出）：模板只应包含函件的文字，请删去多余内容后重新运行。"
        case .templateTooDeep(let file, let line, let limit):
            "模板文件 \(file) 第\(line)行的 {{#…}} / {{^…}} 嵌套超过 \(limit) 层：请减少嵌套层数（检查是否漏写了 {{/…}}）后重新运行。"
        case .renderTooLarge(let file, let limit):
            "用模板文件 \(file) 生成的一份文件超过 \(limit >> 20) MB（或计算量超限），已停止：请检查模板中是否把列表套在列表里重复展开。"
        }
    }

    public var errorDescription: String? { description }
}
