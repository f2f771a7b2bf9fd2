import AssessCore
import AssessDocuments
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
    var warnings: [RunWarning]
    var templates: ReportRenderer
    /// `--pdf`: LibreOffice, found before the run wrote anything.
    var pdf: PDFConverter?
    /// The run's accepted reviews (reviews.md), the quarter's results before this run (nil when it was never run)
    /// and the letters this run withdraws.
    var reviews: [ReviewedFinding] = []
    var before: [String: PriorResult]?
    var withdrawals: [LetterWithdrawal] = []

    /// Writes everything; returns the relative paths written.
    ///
    /// The workbook (libxlsxwriter, one thread) is the longest job: it started when the findings were read and
    /// keeps a core to itself; the other files and the letters are written on the calling thread meanwhile, and
    /// the workbook's thread helps with the letters left when it is done. Every file is the same as when
    /// written one after another.
    func write(into staging: StagingDirectory, workbook: WorkbookJob, progress: Progress) throws -> [String] {
        let start = Date()
        try PipelineError.during(.outputs) {
            try FileManager.default.createDirectory(at: staging.file("letters"), withIntermediateDirectories: true)
        }
        let documents = try PipelineError.during(.reports) { try DocxWriter(settings: configuration.documents) }
        let letters = letterJobs(into: staging, documents: documents)
        workbook.hand(workbookContent, letters: letters)
        var written = try writeFiles(into: staging, letters: letters, documents: documents)
        if let pdf {
            let day = assessment.issueDate.components
            let stamp = String(format: "%04d%02d%02d", day.year, day.month, day.day)
            written += try pdf.convert(written.filter { $0.hasSuffix(".docx") }, in: staging.url, issueDate: stamp)
        }
        let lettersSeconds = Date().timeIntervalSince(start)
        let workbookSeconds = try workbook.wait()
        progress.record("  其中 函件", seconds: lettersSeconds)
        progress.record("  其中 工作簿（自读完问题明细起）", seconds: workbookSeconds)
        let manifest = Manifest(assessment: assessment, configuration: configuration, files: input.files,
                                previousSource: previousSource, outputs: written + ["manifest.json"], warnings: warnings,
                                dataIssues: dataIssues, reviews: reviews, withdrawals: withdrawals)
        try PipelineError.during(.outputs) { try staging.write(try manifest.json(), to: "manifest.json") }
        return written + ["manifest.json"]
    }

    /// Everything but the workbook and the manifest, on the calling thread: the tables, the letters (with any
    /// other thread that helps), the notice and the summary.
    private func writeFiles(into staging: StagingDirectory, letters: Concurrent.WorkList<UnitAssessment, String>,
                            documents: DocxWriter) throws -> [String] {
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
        letters.work()
        written += try PipelineError.during(.reports) { try letters.results() }.flatMap { [$0, Self.docxPath($0)] }
        written += try writeWithdrawals(into: staging, documents: documents)
        try PipelineError.during(.reports) {
            if let notice = try templates.notice(reportInputs) {
                try put(notice, "notice.md")
                try staging.write(try Self.docx(notice, .notice, documents, template: ReportRenderer.noticeFile),
                                  to: "notice.docx")
                written.append("notice.docx")
            }
            try put(try templates.summary(reportInputs), "summary.md")
        }
        written.append("assessment.xlsx")
        return written
    }

    /// Units whose rows were rejected (数据问题, 待核实).
    private var dataIssues: DataIssues { input.dataIssues }

    private var workbookContent: WorkbookContent {
        var sheets = [ComplianceSheet.table(compliance)]
        if !reviews.isEmpty {
            sheets.append(ReviewsSheet.table(reviews, before: before, assessment: assessment, withdrawals: withdrawals))
        }
        return WorkbookContent(assessment: assessment, configuration: configuration, files: input.files,
                               rejects: input.rejects, trend: trend, extraSheets: sheets, dataIssues: dataIssues)
    }

    private var reportInputs: ReportInputs {
        ReportInputs(assessment: assessment, configuration: configuration, files: input.files,
                     rejectedRows: input.rejects.count, trend: trend, compliance: compliance,
                     dataIssues: dataIssues, reviews: reviews, withdrawals: withdrawals, before: before)
    }

    /// `withdrawn/{unit_id}.md` and `.docx` for every letter this run withdraws (reviews.md, documents.md).
    private func writeWithdrawals(into staging: StagingDirectory, documents: DocxWriter) throws -> [String] {
        guard !withdrawals.isEmpty else { return [] }
        try PipelineError.during(.outputs) {
            try FileManager.default.createDirectory(at: staging.file("withdrawn"), withIntermediateDirectories: true)
        }
        let inputs = reportInputs
        var scores: [String: Double] = [:]
        for unit in assessment.units { scores[unit.unit.id] = unit.score }
        var written: [String] = []
        for withdrawal in withdrawals {
            let path = "withdrawn/\(SafeFileName.encode(withdrawal.unitID)).md"
            let after = scores[withdrawal.unitID].map(FixedPoint.format) ?? "—"
            let text = try PipelineError.during(.reports) {
                try templates.withdrawal(WithdrawalModel(withdrawal, scoreAfter: after, inputs: inputs))
            }
            let docx = try Self.docx(text, .letter, documents, template: ReportRenderer.withdrawalFile)
            try PipelineError.during(.outputs) {
                try staging.write(text, to: path)
                try staging.write(docx, to: Self.docxPath(path))
            }
            written += [path, Self.docxPath(path)]
        }
        return written
    }

    /// One job per unit with a letter or notice: render, write the Markdown and the Word document read from
    /// that same text (documents.md: one wording, two formats), return the Markdown's path.
    private func letterJobs(into staging: StagingDirectory, documents: DocxWriter)
        -> Concurrent.WorkList<UnitAssessment, String> {
        let units = assessment.units.filter { $0.decision != .noAction }
        let templates = templates
        let inputs = reportInputs
        return Concurrent.WorkList(units) { unit in
            let path = "letters/\(SafeFileName.encode(unit.unit.id)).md"
            let letter = try templates.letter(for: unit, inputs)
            try staging.write(letter, to: path, createFolders: false)
            try staging.write(try Self.docx(letter, .letter, documents, template: ReportRenderer.letterFile),
                              to: Self.docxPath(path))
            return path
        }
    }

    /// `letters/U1.md` → `letters/U1.docx`.
    static func docxPath(_ markdownPath: String) -> String { String(markdownPath.dropLast(3)) + ".docx" }

    /// The Word document of a rendered template; a template that breaks the layout conventions is named.
    static func docx(_ markdown: String, _ kind: OfficialDocument.Kind, _ documents: DocxWriter,
                     template: String) throws -> Data {
        do {
            return try documents.docx(markdown: markdown, kind: kind)
        } catch let error as DocumentError {
            throw PipelineError(.reports, "\(template)：\(error.message)")
        }
    }
}
