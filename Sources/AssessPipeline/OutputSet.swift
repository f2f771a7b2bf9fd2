import AssessCore
import AssessInput
import AssessReports
import AssessWorkbook
import Foundation

/// Every output file of a run (outputs.md), written into the staging folder.
struct OutputSet {
    var assessment: QuarterAssessment
    var configuration: Configuration
    var input: InputResult
    /// The registry compliance work list (Art. 8–10): compliance.csv, sheet 账号规范, a summary section.
    var compliance: [ComplianceFinding]
    var trend: [QuarterTrend]
    var previousSource: String
    var warnings: [String]
    var templates: ReportRenderer

    /// Writes everything; returns the relative paths written.
    func write(into staging: StagingDirectory, progress: Progress) throws -> [String] {
        var written: [String] = []
        func put(_ text: String, _ path: String) throws {
            try PipelineError.during(.outputs) { try staging.write(text, to: path) }
            written.append(path)
        }
        try put(ScoresFiles.csv(assessment), "scores.csv")
        try put(ScoresFiles.json(assessment), "scores.json")
        try put(IdeologyFeed.csv(assessment, configuration: configuration), "ideology.csv")
        try put(ComplianceFile.csv(compliance), "compliance.csv")
        try put(RejectsFile.csv(input.rejects), "rejects.csv")

        progress.stage("生成函件")
        let reportInputs = ReportInputs(assessment: assessment, configuration: configuration, files: input.files,
                                        rejectedRows: input.rejects.count, trend: trend, compliance: compliance)
        try PipelineError.during(.reports) {
            for unit in assessment.units where unit.decision != .noAction {
                try put(try templates.letter(for: unit, reportInputs), "letters/\(SafeFileName.encode(unit.unit.id)).md")
            }
            if let notice = try templates.notice(reportInputs) { try put(notice, "notice.md") }
            try put(try templates.summary(reportInputs), "summary.md")
        }

        progress.stage("生成工作簿")
        let content = WorkbookContent(assessment: assessment, configuration: configuration, files: input.files,
                                      rejects: input.rejects, trend: trend,
                                      extraSheets: [ComplianceSheet.table(compliance)])
        try PipelineError.during(.workbook) {
            try AssessmentWorkbook.write(content, to: staging.file("assessment.xlsx"))
        }
        written.append("assessment.xlsx")

        let manifest = Manifest(assessment: assessment, configuration: configuration, files: input.files,
                                previousSource: previousSource, outputs: written + ["manifest.json"], warnings: warnings)
        try put(try PipelineError.during(.outputs) { try manifest.json() }, "manifest.json")
        return written
    }
}
