import Foundation
import Mustache

/// Reads, checks and compiles one template file, turning every problem into a `ReportError` naming the file.
enum TemplateLoader {
    /// Put on a line of its own in front of every template so values are escaped for Markdown whatever the
    /// office writes; the parser's line numbers are one more than the file's.
    static let pragma = "{{%CONTENT_TYPE:\(MarkdownContentType.name)}}\n"

    /// Tags the office's templates may not use: unescaped values, pragmas, delimiter changes, partials and blocks.
    static let forbiddenSigils: Set<Character> = ["{", "&", "%", "=", ">", "<", "$"]

    /// The largest template file accepted (the shipped ones are a few kB).
    static let maximumBytes = 256 << 10
    /// The deepest nesting of sections accepted (the shipped templates nest 3 deep); deeper nesting could
    /// exhaust the parser's stack or multiply rendering time.
    static let maximumDepth = 8

    static func load(_ name: String, in directory: URL) throws -> ReportTemplate {
        let url = directory.appendingPathComponent(name)
        let display = url.path
        guard FileManager.default.fileExists(atPath: url.path) else { throw ReportError.missingTemplate(file: display) }
        var text = try read(url, display: display)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        try checkTags(text, file: display)
        do {
            return ReportTemplate(mustache: try MustacheTemplate(string: pragma + text), compiled: CompiledTemplate(text),
                                  file: display)
        } catch let error as MustacheTemplate.ParserError {
            throw ReportError.brokenTemplate(file: display, line: max(1, error.context.lineNumber - 1),
                                             column: error.context.columnNumber, reason: reason(error.error))
        } catch {
            throw ReportError.brokenTemplate(file: display, line: nil, column: nil, reason: "\(error)")
        }
    }

    /// The file's text, at most `maximumBytes` of it; a longer file is refused naming the line where the
    /// limit falls. Reads no more than the limit, whatever the file's size.
    static func read(_ url: URL, display: String) throws -> String {
        guard let handle = try? FileHandle(forReadingFrom: url) else { throw ReportError.unreadableTemplate(file: display) }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: maximumBytes + 1) ?? Data() else {
            throw ReportError.unreadableTemplate(file: display)
        }
        if data.count > maximumBytes {
            let line = data.prefix(maximumBytes).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            throw ReportError.templateTooLarge(file: display, line: line, limit: maximumBytes)
        }
        guard let text = String(data: data, encoding: .utf8) else { throw ReportError.unreadableTemplate(file: display) }
        return text
    }

    /// Refuses the tags that would bypass escaping, and sections nested deeper than `maximumDepth`, with the
    /// line they are on.
    static func checkTags(_ text: String, file: String) throws {
        var line = 1
        var depth = 0
        var previous: Character?
        var iterator = text.makeIterator()
        while let character = iterator.next() {
            if character == "\n" { line += 1 }
            if previous == "{", character == "{", let sigil = iterator.next() {
                if forbiddenSigils.contains(sigil) { throw ReportError.forbiddenTag(file: file, line: line, tag: "{{\(sigil)") }
                if sigil == "#" || sigil == "^" {
                    depth += 1
                    if depth > maximumDepth { throw ReportError.templateTooDeep(file: file, line: line, limit: maximumDepth) }
                } else if sigil == "/" {
                    depth = max(0, depth - 1)
                }
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
