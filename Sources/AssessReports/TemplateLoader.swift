import Foundation
import Mustache

/// Reads, checks and compiles one template file, turning every problem into a `ReportError` naming the file.
enum TemplateLoader {
    /// Put on a line of its own in front of every template so values are escaped for Markdown whatever the
    /// office writes; the parser's line numbers are one more than the file's.
    static let pragma = "{{%CONTENT_TYPE:\(MarkdownContentType.name)}}\n"

    /// Tags the office's templates may not use: unescaped values, pragmas, delimiter changes, partials and blocks.
    static let forbiddenSigils: Set<Character> = ["{", "&", "%", "=", ">", "<", "$"]

    static func load(_ name: String, in directory: URL) throws -> ReportTemplate {
        let url = directory.appendingPathComponent(name)
        let display = url.path
        guard FileManager.default.fileExists(atPath: url.path) else { throw ReportError.missingTemplate(file: display) }
        guard let data = FileManager.default.contents(atPath: url.path),
              var text = String(data: data, encoding: .utf8) else {
            throw ReportError.unreadableTemplate(file: display)
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        try checkTags(text, file: display)
        do {
            return ReportTemplate(mustache: try MustacheTemplate(string: pragma + text), compiled: CompiledTemplate(text))
        } catch let error as MustacheTemplate.ParserError {
            throw ReportError.brokenTemplate(file: display, line: max(1, error.context.lineNumber - 1),
                                             column: error.context.columnNumber, reason: reason(error.error))
        } catch {
            throw ReportError.brokenTemplate(file: display, line: nil, column: nil, reason: "\(error)")
        }
    }

    /// Refuses the tags that would bypass escaping, with the line they are on.
    static func checkTags(_ text: String, file: String) throws {
        var line = 1
        var previous: Character?
        var iterator = text.makeIterator()
        while let character = iterator.next() {
            if character == "\n" { line += 1 }
            if previous == "{", character == "{", let sigil = iterator.next() {
                if forbiddenSigils.contains(sigil) { throw ReportError.forbiddenTag(file: file, line: line, tag: "{{\(sigil)") }
                if sigil == "\n" { line += 1 }
                previous = nil
                continue
            }
            previous = character
        }
    }

    static func reason(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: "结束标记 {{/…}} 与开始标记的名称不一致"
        case MustacheTemplate.Error.unfinishedName: "标记没有正确结束（缺少 }}）"
        case MustacheTemplate.Error.expectedSectionEnd: "缺少结束标记 {{/…}}"
        case MustacheTemplate.Error.invalidSetDelimiter: "分隔符设置有误"
        case MustacheTemplate.Error.invalidConfigVariableSyntax, MustacheTemplate.Error.unrecognisedConfigVariable:
            "不支持的 {{%…}} 设置"
        default: "无法解析（\(error)）"
        }
    }
}
