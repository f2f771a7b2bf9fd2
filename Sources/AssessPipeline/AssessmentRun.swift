import AssessCore
import AssessInput
import AssessLedger
import AssessReports
import AssessWorkbook
import Foundation

/// One quarter's run, as a list of named stages (STYLE.md: a readable pipeline; each stage returns a value).
///
/// configuration → lock ledger → read inputs → previous quarter → assess → write outputs into a staging folder
/// → record in the ledger and, inside that transaction, move the outputs into place.
public enum AssessmentRun {
    /// What a finished run tells the user.
    public struct Report: Sendable {
        public var assessment: QuarterAssessment
        public var files: [InputFileReport]
        public var rejects: [RejectedRow]
        public var warnings: [String]
        public var outputs: [String]
    }

    public static func execute(_ options: RunOptions, progress: Progress = Progress()) throws -> Report {
        progress.stage("读取配置")
        let setup = try RunSetup.load(options)
        let pdf = options.pdf ? try PDFConverter.locate() : nil
        let lock = try options.ledgerPath.map { path in
            try PipelineError.during(.ledger) { try LedgerLock.acquire(ledger: path, waitSeconds: 5) }
        }
        defer { withExtendedLifetime(lock) {} }
        let ledger = try options.ledgerPath.map { path in try PipelineError.during(.ledger) { try Ledger(path: path) } }

        // The outputs are built in a staging folder; the workbook starts there as soon as the findings are read.
        let staging = try PipelineError.during(.outputs) { try StagingDirectory(replacing: options.outputDirectory) }
        let assessor = Assessor(configuration: setup.configuration, calendar: setup.calendar)
        let workbook = WorkbookJob(assessor: assessor, options: options, file: staging.file("assessment.xlsx"))
        do {
            progress.stage("读取数据")
            let input = try readInputs(options, progress: progress, onFindings: { workbook.start($0) })
            // The reader started the workbook once the findings were read; the assessment starts from its basis.
            let basis = workbook.basis(startingWith: input.data)

            progress.stage("评分与决定")
            let (previous, previousSource) = try previousResults(options, ledger: ledger)
            let letters = try PipelineError.during(.ledger) { try ledger?.letterBook(for: options.quarter) } ?? LetterBook()
            // The registry review (Art. 8–10) does not depend on the scores: it runs beside the assessment.
            let review = Concurrent.Background { [data = input.data] in
                ComplianceReview.review(data, quarter: options.quarter, rules: setup.configuration.compliance)
            }
            let assessment = assessor.assess(input.data, basis: basis, previous: previous, letters: letters)
            let trend = try PipelineError.during(.ledger) {
                try ledger?.trend(before: options.quarter, limit: 8)
            } ?? []
            let warnings = input.warnings + assessment.warnings
            let compliance = try review.wait()

            progress.stage("写出结果")
            let outputs = try OutputSet(
                assessment: assessment, configuration: setup.configuration, input: input, compliance: compliance,
                trend: trend, previousSource: previousSource, warnings: warnings, templates: setup.templates, pdf: pdf
            ).write(into: staging, workbook: workbook, progress: progress)
            progress.stage("登记台账")
            if let ledger {
                let run = RunRecord(toolVersion: ToolVersion.current, quarter: options.quarter, asOf: assessment.asOf,
                                    issueDate: assessment.issueDate, configurationJSON: setup.configurationJSON,
                                    files: input.files, recordedAt: Date())
                try PipelineError.during(.ledger) {
                    try ledger.record(run, assessment: assessment) {
                        TestHook.pauseBeforeCommit()
                        try staging.commit()
                    }
                }
            } else {
                try PipelineError.during(.outputs) { try staging.commit() }
            }
            progress.finish()
            return Report(assessment: assessment, files: input.files, rejects: input.rejects, warnings: warnings,
                          outputs: outputs)
        } catch {
            workbook.cancel()
            staging.discard()
            throw error
        }
    }

    // MARK: - Stages

    static func readInputs(_ options: RunOptions, progress: Progress,
                           onFindings: @escaping @Sendable (QuarterData) -> Void) throws -> InputResult {
        let input = try PipelineError.during(.input) {
            try InputReader(directory: options.dataDirectory, quarter: options.quarter).read(progress: { p in
                progress.update("\(p.table)：\(p.rows) 行，\(p.bytes / 1_048_576) / \(p.totalBytes / 1_048_576) MB")
            }, onFindings: onFindings)
        }
        if options.strict, !input.rejects.isEmpty {
            throw PipelineError(.input, "使用了 --strict：有 \(input.rejects.count) 行数据被拒收（明细见上方），未生成任何结果。",
                                rejects: input.rejects)
        }
        return input
    }

    /// `--previous` wins over the ledger; nil when neither knows the previous quarter.
    static func previousResults(_ options: RunOptions, ledger: Ledger?) throws
        -> ([String: PreviousResult]?, String) {
        if let file = options.previousFile {
            let results = try PipelineError.during(.previous) { try PreviousScoresFile.read(file) }
            return (results, file.path)
        }
        if let ledger, let results = try PipelineError.during(.ledger, { try ledger.previousResults(for: options.quarter) }) {
            return (results, "ledger")
        }
        return (nil, "none")
    }
}
