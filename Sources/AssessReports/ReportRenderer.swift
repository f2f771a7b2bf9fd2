import AssessCore
import Foundation
import Mustache

/// Renders the letters, the notice and the summary from the Mustache templates of one folder.
///
/// Templates are Markdown: every `{{value}}` is escaped for Markdown (`MarkdownEscaping`), and tags that would
/// bypass the escaping are refused when the templates are loaded. The values a template can use are the stored
/// properties of `LetterModel`, `NoticeModel` and `SummaryModel` (listed for the office in `Templates/README.md`).
public struct ReportRenderer: Sendable {
    /// The three template files every templates folder must hold.
    public static let letterFile = "letter.md.mustache"
    public static let noticeFile = "notice.md.mustache"
    public static let summaryFile = "summary.md.mustache"

    /// At most this many findings, media or complaints per list of a letter; the rest are counted (「另有 M 条」).
    public var itemLimit = 10

    let letterTemplate: ReportTemplate
    let noticeTemplate: ReportTemplate
    let summaryTemplate: ReportTemplate

    /// Loads and compiles the three templates; a missing or broken template → `ReportError` naming the file
    /// (and the line when the parser tells).
    public init(templates directory: URL) throws {
        MustacheContentTypes.register(MarkdownContentType(), named: MarkdownContentType.name)
        letterTemplate = try TemplateLoader.load(Self.letterFile, in: directory)
        noticeTemplate = try TemplateLoader.load(Self.noticeFile, in: directory)
        summaryTemplate = try TemplateLoader.load(Self.summaryFile, in: directory)
    }

    /// The letter (工作整改函) of one unit whose decision is letter or notice.
    public func letter(for unit: UnitAssessment, _ inputs: ReportInputs) throws -> String {
        try letterTemplate.render(letterModel(for: unit, inputs).templateValue)
    }

    /// The notice (通报), or nil when no unit's decision is notice.
    public func notice(_ inputs: ReportInputs) throws -> String? {
        guard let model = noticeModel(inputs) else { return nil }
        return try noticeTemplate.render(tree: RenderTree.make(model))
    }

    /// The summary for the office's leadership.
    public func summary(_ inputs: ReportInputs) throws -> String {
        try summaryTemplate.render(tree: RenderTree.make(summaryModel(inputs)))
    }

    // MARK: - The rendering models (what the templates see)

    public func letterModel(for unit: UnitAssessment, _ inputs: ReportInputs) -> LetterModel {
        LetterModel(unit: unit, inputs: inputs, itemLimit: itemLimit)
    }

    public func noticeModel(_ inputs: ReportInputs) -> NoticeModel? {
        guard inputs.assessment.units.contains(where: { $0.decision == .notice }) else { return nil }
        return NoticeModel(inputs: inputs)
    }

    public func summaryModel(_ inputs: ReportInputs) -> SummaryModel {
        SummaryModel(inputs: inputs)
    }
}
