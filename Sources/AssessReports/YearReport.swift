import AssessCore
import Foundation
import Mustache

/// Renders `year-{year}.md` from `year.md.mustache` (year.md), with the same escaping and tag rules as the
/// quarter's templates (`ReportRenderer`).
public struct YearReport: Sendable {
    public static let templateFile = "year.md.mustache"

    /// At most this many units in the largest-deductions list; the rest are counted.
    public var limit = 10

    let template: ReportTemplate

    /// Loads and compiles the template; a missing or broken template → `ReportError` naming the file.
    public init(templates directory: URL) throws {
        MustacheContentTypes.register(MarkdownContentType(), named: MarkdownContentType.name)
        template = try TemplateLoader.load(Self.templateFile, in: directory)
    }

    public func model(_ rollUp: YearRollUp, configuration: Configuration) -> YearModel {
        YearModel(rollUp, configuration: configuration, limit: limit)
    }

    /// The summary; a rendering past the size limit → `ReportError` naming the template.
    public func render(_ rollUp: YearRollUp, configuration: Configuration) throws -> String {
        try template.render(tree: RenderTree.make(model(rollUp, configuration: configuration)))
    }
}
