/// A rendered template that does not follow the conventions a Word document is read from
/// (Templates/README.md「公文版式约定」), or a Word file that could not be written. Messages are Chinese and say
/// what to change.
public struct DocumentError: Error, Sendable, CustomStringConvertible {
    public var message: String

    init(_ message: String) { self.message = message }

    /// The template's text lacks a part or has one where no part is expected.
    static func convention(_ what: String) -> DocumentError {
        DocumentError("模板生成的文字不符合公文版式约定：\(what)。请对照模板目录 README.md「公文版式约定」修改模板。")
    }

    public var description: String { message }
}
