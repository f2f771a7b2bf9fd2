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

        // The workbook (one thread, libxlsxwriter) and the letters (every core) are written at the same time.
        progress.stage("生成函件与工作簿")
        let content = WorkbookContent(assessment: assessment, configuration: configuration, files: input.files,
                                      rejects: input.rejects, trend: trend,
                                      extraSheets: [ComplianceSheet.table(compliance)])
        let workbookFile = staging.file("assessment.xlsx")
        let workbook = Concurrent.Background {
            let start = Date()
            try PipelineError.during(.workbook) { try AssessmentWorkbook.write(content, to: workbookFile) }
            return Date().timeIntervalSince(start)
        }
        let lettersStart = Date()
        let reportInputs = ReportInputs(assessment: assessment, configuration: configuration, files: input.files,
                                        rejectedRows: input.rejects.count, trend: trend, compliance: compliance)
        let letters = try writeLetters(reportInputs, into: staging)
        written += letters
        try PipelineError.during(.reports) {
            if let notice = try templates.notice(reportInputs) { try put(notice, "notice.md") }
            try put(try templates.summary(reportInputs), "summary.md")
        }
        let lettersSeconds = Date().timeIntervalSince(lettersStart)
        let workbookSeconds = try workbook.wait()
        progress.record("  其中 函件", seconds: lettersSeconds)
        progress.record("  其中 工作簿", seconds: workbookSeconds)
        written.append("assessment.xlsx")

        let manifest = Manifest(assessment: assessment, configuration: configuration, files: input.files,
                                previousSource: previousSource, outputs: written + ["manifest.json"], warnings: warnings)
        try put(try PipelineError.during(.outputs) { try manifest.json() }, "manifest.json")
        return written
    }

    /// One letter per unit with a letter or notice, rendered and written on every core; paths in unit order.
    private func writeLetters(_ inputs: ReportInputs, into staging: StagingDirectory) throws -> [String] {
        let units = assessment.units.filter { $0.decision != .noAction }
        let templates = templates
        try PipelineError.during(.outputs) {
            try FileManager.default.createDirectory(at: staging.file("letters"), withIntermediateDirectories: true)
        }
        return try PipelineError.during(.reports) {
            try Concurrent.map(units) { unit in
                let path = "letters/\(SafeFileName.encode(unit.unit.id)).md"
                try staging.write(try templates.letter(for: unit, inputs), to: path, createFolders: false)
                return path
            }
        }
    }
}
