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

    /// The letters to write (one job per unit with a letter or notice) and the Word writer they use; the
    /// `letters/` folder made.
    struct LetterWork: Sendable {
        var jobs: WorkbookJob.LetterJobs
        var documents: DocxWriter
    }

    /// What the run's own task wrote beside the workbook: the tables, its share of the letters, and then (unless
    /// a letter of its share failed) the withdrawn letters, the notice and the summary, or their error.
    struct Written: Sendable {
        var tables: [String]
        var letters: WorkbookJob.LetterJobs.Part
        var rest: Result<[String], any Error>
        var seconds: Double
    }

    /// Makes the `letters/` folder and the letter jobs, which the workbook's thread may help with.
    func startLetters(in staging: StagingDirectory) throws -> LetterWork {
        let folder = try PipelineError.during(.outputs) {
            try FileManager.default.createDirectory(at: staging.file("letters"), withIntermediateDirectories: true)
            return try StagedFolder("letters", in: staging)
        }
        let documents = try PipelineError.during(.reports) { try DocxWriter(settings: configuration.documents) }
        return LetterWork(jobs: letterJobs(into: folder, documents: documents), documents: documents)
    }

    /// Everything but the workbook and the manifest, on the calling thread while the workbook is written: the
    /// tables, the letters (with the workbook's thread once it is done), the withdrawn letters, the notice and
    /// the summary.
    func writeFiles(into staging: StagingDirectory, letters: LetterWork) throws -> Written {
        let start = Date()
        var tables: [String] = []
        func put(_ text: String, _ path: String) throws {
            try PipelineError.during(.outputs) { try staging.write(text, to: path) }
            tables.append(path)
        }
        try put(ScoresFiles.csv(assessment), "scores.csv")
        try put(ScoresFiles.json(assessment), "scores.json")
        try put(IdeologyFeed.csv(assessment, configuration: configuration), "ideology.csv")
        try put(ComplianceFile.csv(compliance), "compliance.csv")
        try put(RejectsFile.csv(input.rejects), "rejects.csv")
        let mine = letters.jobs.work()
        // A failed letter is reported before anything written after the letters (as when written one by one).
        let rest = mine.failed ? .success([]) : Result { try writeAfterLetters(into: staging, documents: letters.documents) }
        return Written(tables: tables, letters: mine, rest: rest, seconds: Date().timeIntervalSince(start))
    }

    /// Puts together what was written once the workbook is done (its letters included), converts to PDF when
    /// asked, and writes the manifest; returns the relative paths written, in the order of outputs.md.
    func finish(_ written: Written, letters: LetterWork, workbook: WorkbookJob.Done, in staging: StagingDirectory,
                progress: Progress) throws -> [String] {
        var files = written.tables
        files += try PipelineError.during(.reports) { try letters.jobs.outputs([written.letters, workbook.letters]) }
            .flatMap { [$0, Self.docxPath($0)] }
        files += try written.rest.get()
        files.append("assessment.xlsx")
        if let pdf {
            let day = assessment.issueDate.components
            let stamp = String(format: "%04d%02d%02d", day.year, day.month, day.day)
            files += try pdf.convert(files.filter { $0.hasSuffix(".docx") }, in: staging.url, issueDate: stamp)
        }
        let workbookSeconds = try workbook.workbook.get()
        progress.record("  其中 函件", seconds: written.seconds)
        progress.record("  其中 工作簿（自读完问题明细起）", seconds: workbookSeconds)
        let manifest = Manifest(assessment: assessment, configuration: configuration, files: input.files,
                                previousSource: previousSource, outputs: files + ["manifest.json"], warnings: warnings,
                                dataIssues: dataIssues, reviews: reviews, withdrawals: withdrawals)
        try PipelineError.during(.outputs) { try staging.write(try manifest.json(), to: "manifest.json") }
        return files + ["manifest.json"]
    }

    /// The withdrawn letters, the notice and the summary.
    private func writeAfterLetters(into staging: StagingDirectory, documents: DocxWriter) throws -> [String] {
        var written = try writeWithdrawals(into: staging, documents: documents)
        try PipelineError.during(.reports) {
            if let notice = try templates.notice(reportInputs) {
                try PipelineError.during(.outputs) { try staging.write(notice, to: "notice.md") }
                written.append("notice.md")
                try staging.write(try Self.docx(notice, .notice, documents, template: ReportRenderer.noticeFile),
                                  to: "notice.docx")
                written.append("notice.docx")
            }
            let summary = try templates.summary(reportInputs)
            try PipelineError.during(.outputs) { try staging.write(summary, to: "summary.md") }
            written.append("summary.md")
        }
        return written
    }

    /// Units whose rows were rejected (数据问题, 待核实).
    private var dataIssues: DataIssues { input.dataIssues }

    /// The workbook's sheets beyond what the basis alone gives.
    var workbookContent: WorkbookContent {
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
    private func letterJobs(into folder: StagedFolder, documents: DocxWriter) -> WorkbookJob.LetterJobs {
        let units = assessment.units.filter { $0.decision != .noAction }
        let templates = templates
        let inputs = reportInputs
        return SharedJobs(units) { unit in
            let name = SafeFileName.encode(unit.unit.id)
            let letter = try templates.letter(for: unit, inputs)
            try folder.write(letter, to: name + ".md")
            try folder.write(try Self.docx(letter, .letter, documents, template: ReportRenderer.letterFile),
                             to: name + ".docx")
            return "letters/" + name + ".md"
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
