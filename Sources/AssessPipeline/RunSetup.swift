import AssessCore
import AssessInput
import AssessReports
import Foundation

/// The configuration, calendar and templates a run uses, loaded and checked before any data is read.
struct RunSetup {
    var configuration: Configuration
    var configurationJSON: String
    /// The shipped official schedule; the `Assessor` adds the configuration's holidays and make-up days (once).
    var calendar: WorkingCalendar
    var templates: ReportRenderer

    static func load(_ options: RunOptions) throws -> RunSetup {
        let configuration = try PipelineError.during(.configuration) {
            try options.configurationFile.map(ConfigurationLoader.load(from:)) ?? .default
        }
        let calendar = try PipelineError.during(.calendar) {
            try OfficialCalendar.load()
        }
        let templates = try PipelineError.during(.reports) {
            guard let folder = options.templatesDirectory ?? ReportRenderer.defaultTemplatesDirectory() else {
                throw PipelineError(.reports, "找不到默认模板目录 Templates/：请用 --templates 指定模板目录，或设置环境变量 ASSESS_TEMPLATES。")
            }
            return try ReportRenderer(templates: folder)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: (try? encoder.encode(configuration)) ?? Data(), as: UTF8.self)
        return RunSetup(configuration: configuration, configurationJSON: json, calendar: calendar, templates: templates)
    }
}
