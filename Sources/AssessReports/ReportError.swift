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
        }
    }

    public var errorDescription: String? { description }
}
