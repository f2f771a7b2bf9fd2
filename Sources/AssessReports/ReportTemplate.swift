import Mustache

/// One template file, compiled by swift-mustache (which checks it and renders anything) and, when it keeps to
/// the tags `CompiledTemplate` knows, by our own renderer too, which gives the same text ten times faster.
struct ReportTemplate: Sendable {
    let mustache: MustacheTemplate
    let compiled: CompiledTemplate?
    /// The template's path, for messages.
    var file = ""

    /// The letter's path: our renderer, or swift-mustache when the template or the value needs it.
    func render(_ value: TemplateValue) throws -> String {
        try bounded(value) ?? checked(mustache.render(value.any))
    }

    /// A tree from `RenderTree` (the notice and the summary, rendered once per run): our renderer when the tree
    /// is made of `TemplateValue`'s kinds (so the work is bounded), else swift-mustache.
    func render(tree: Any) throws -> String {
        if let value = TemplateValue(any: tree), let text = try bounded(value) { return text }
        return try checked(mustache.render(tree))
    }

    /// Runs our renderer, turning its budget error into the message naming the template.
    private func bounded(_ value: TemplateValue) throws -> String? {
        guard let compiled else { return nil }
        do {
            return try compiled.render(value)
        } catch {
            throw ReportError.renderTooLarge(file: file, limit: CompiledTemplate.Budget.maximumBytes)
        }
    }

    /// swift-mustache's output, refused past the same size limit.
    private func checked(_ text: String) throws -> String {
        guard text.utf8.count <= CompiledTemplate.Budget.maximumBytes else {
            throw ReportError.renderTooLarge(file: file, limit: CompiledTemplate.Budget.maximumBytes)
        }
        return text
    }
}
