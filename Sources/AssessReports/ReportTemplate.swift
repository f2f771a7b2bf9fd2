import Mustache

/// One template file, compiled by swift-mustache (which checks it and renders anything) and, when it keeps to
/// the tags `CompiledTemplate` knows, by our own renderer too, which gives the same text ten times faster.
struct ReportTemplate: Sendable {
    let mustache: MustacheTemplate
    let compiled: CompiledTemplate?

    /// The letter's path: our renderer, or swift-mustache when the template or the value needs it.
    func render(_ value: TemplateValue) -> String {
        compiled?.render(value) ?? mustache.render(value.any)
    }

    /// A tree from `RenderTree` (the notice and the summary, rendered once per run).
    func render(tree: Any) -> String {
        mustache.render(tree)
    }
}
