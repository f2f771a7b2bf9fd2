import AssessCore
import AssessInput
import AssessLedger
import AssessReports
import AssessWorkbook
import Foundation

/// One quarter's run, as a list of named stages (STYLE.md: a readable pipeline; each stage returns a value).
///
/// check the data and output folders → configuration → lock ledger → previous quarter → read inputs → numbering
/// start → assess → write outputs into a staging folder → record in the ledger and, inside that transaction,
/// move the outputs into place (undone if the commit fails).
public enum AssessmentRun {
    /// What a finished run tells the user.
    public struct Report: Sendable {
        public var assessment: QuarterAssessment
        public var files: [InputFileReport]
        public var rejects: [RejectedRow]
        public var warnings: [RunWarning]
        public var outputs: [String]
        /// Units whose rows were rejected (listed on the console).
        public var dataIssues = DataIssues()
    }

    public static func execute(_ given: RunOptions, progress: Progress = Progress()) async throws -> Report {
        let options = try checkFolders(given)
        progress.stage("读取配置")
        let setup = try RunSetup.load(options)
        let pdf = options.pdf ? try PDFConverter.locate() : nil
        // A ledger that does not exist yet has no previous quarter: say so before creating it.
        if let path = options.ledgerPath, !FileManager.default.fileExists(atPath: path.path) {
            _ = try PreviousQuarter.resolve(options, ledger: nil)
        }
        let lock = try options.ledgerPath.map { path in
            try PipelineError.during(.ledger) { try LedgerLock.acquire(ledger: path, waitSeconds: 5) }
        }
        defer { withExtendedLifetime(lock) {} }
        let ledger = try options.ledgerPath.map { path in try PipelineError.during(.ledger) { try Ledger(path: path) } }
        // Known before any data is read: a run that cannot know last quarter stops at once.
        let previous = try PreviousQuarter.resolve(options, ledger: ledger)
        // This quarter's last recorded run, and the review baseline: the "before" of a rerun (reviews.md).
        let recorded = try PipelineError.during(.ledger) { try ledger?.recordedResults(of: options.quarter) }
        let baseline = try PipelineError.during(.ledger) { try ledger?.reviewBaseline(of: options.quarter) }

        // The outputs are built in a staging folder; the workbook starts there as soon as the findings are read.
        let staging = try PipelineError.during(.outputs) {
            try StagingDirectory(replacing: options.outputDirectory) { token in
                // A ledger that cannot answer keeps the outputs as they are (the earlier behaviour).
                (try? ledger?.hasRun(outputToken: token)) ?? true
            }
        }
        let assessor = Assessor(configuration: setup.configuration, calendar: setup.calendar)
        do {
            progress.stage("读取数据")
            let reader = InputReader(directory: options.dataDirectory, quarter: options.quarter)
            let findingsRead = try readRegistryAndFindings(reader, progress: progress)
            let findingsReadAt = Date()
            // One core reads the posts and inspections; the other makes the assessment's basis from the registry
            // and the findings alone, then writes the workbook from it on a thread of its own. The reading gets
            // the registry without the findings: a child task keeps what it was given until this scope ends.
            let registryRead = findingsRead.withoutFindings
            async let activity = readActivity(reader, after: registryRead, options: options, progress: progress)
            let basis = assessor.basis(findingsRead.data, quarter: options.quarter, asOf: options.asOf,
                                       issueDate: options.issueDate)
            let (handOvers, handOver) = AsyncThrowingStream.makeStream(of: WorkbookJob.HandOver.self)
            let laterSheets = LaterSheets()
            async let workbook = WorkbookJob().write(basis: basis, configuration: setup.configuration,
                                                     to: staging.file("assessment.xlsx"), since: findingsReadAt,
                                                     later: laterSheets, handOver: handOvers)
            let input = try await activity
            // The whole quarter: the registry and activity just read, the findings read before them.
            let data = input.data.with(findings: (consume findingsRead).data.findings)

            progress.stage("评分与决定")
            let numbering = try NumberingStart.resolve(options, ledger: ledger, previous: previous,
                                                       issueYear: basis.issueDate.year)
            // The registry review (Art. 8–10) does not depend on the scores: it runs beside the assessment, as a
            // task that lets go of the quarter's data as soon as it is done (an `async let` would hold it, every
            // finding as read, until the outputs are written).
            let compliance = Task { ComplianceReview.review(data, quarter: options.quarter,
                                                            rules: setup.configuration.compliance) }
            let assessment = assessor.assess(data, basis: basis, previous: previous.results,
                                             letters: numbering.letters, notices: numbering.notices)
            try numbering.check(assessment)
            let reviews = ReviewedFinding.of(data)
            // With reviews, "before" is the quarter as it was before reviews were first applied (so a rerun with the
            // same reviews gives the same outputs); without, the quarter's last run.
            let before: [String: PriorResult]? = if !reviews.isEmpty, let baseline { baseline } else { recorded }
            let withdrawals = before.map {
                LetterWithdrawal.find(before: $0, after: assessment, reviews: reviews,
                                      unitNames: Dictionary(data.units.map { ($0.id, $0.name) },
                                                            uniquingKeysWith: { first, _ in first }))
            } ?? []
            // From here every finding lives in the assessment (each unit's outcomes, the same strings): the array
            // as read would only hold memory while the outputs are written (half a gigabyte at nation size).
            _ = consume data
            let trend = try PipelineError.during(.ledger) {
                try ledger?.trend(before: options.quarter, limit: 8)
            } ?? []
            let warnings = input.warnings + previous.warnings + numbering.warnings + assessment.warnings

            progress.stage("写出结果")
            let outputSet = OutputSet(
                assessment: assessment, configuration: setup.configuration, input: input,
                compliance: await compliance.value, trend: trend, previousSource: previous.source, warnings: warnings,
                templates: setup.templates, pdf: pdf, reviews: reviews, before: before, withdrawals: withdrawals
            )
            // The workbook's later sheets are written here while its thread is still on 问题明细 (when it offered
            // them), else handed to it; then it gets the letters it helps with once its file is written.
            let content = outputSet.workbookContent
            let laterSheetsWritten = laterSheets.writeIfOffered(content)
            let letters = try outputSet.startLetters(in: staging)
            handOver.yield(WorkbookJob.HandOver(content: laterSheetsWritten ? nil : content, letters: letters.jobs))
            handOver.finish()
            // The ledger's rows are written while the outputs are, at the lowest priority (a core left idle); its
            // transaction commits only once every output is complete and swapped in.
            let recording = ledger.map { ledger in
                let run = RunRecord(toolVersion: ToolVersion.current, quarter: options.quarter, asOf: assessment.asOf,
                                    issueDate: assessment.issueDate, configurationJSON: setup.configurationJSON,
                                    files: input.files, recordedAt: Date(), letterFloor: numbering.letterFloor,
                                    noticeFloor: numbering.noticeFloor, outputToken: staging.token)
                return LedgerRecording { beforeCommit in
                    try ledger.record(run, assessment: assessment, reviews: reviews, withdrawals: withdrawals,
                                      beforeCommit: beforeCommit)
                }
            }
            let outputs: [String]
            do {
                let written = try outputSet.writeFiles(into: staging, letters: letters)
                outputs = try outputSet.finish(written, letters: letters, workbook: await workbook, in: staging,
                                               progress: progress)
            } catch {
                await recording?.abandon()
                throw error
            }

            progress.stage("登记台账")
            try await commit(staging, recording: recording, progress: progress)
            progress.finish()
            return Report(assessment: assessment, files: input.files, rejects: input.rejects, warnings: warnings,
                          outputs: outputs, dataIssues: input.dataIssues)
        } catch {
            // Leaving the block has cancelled and awaited the workbook (it abandons its file).
            staging.discard()
            throw error
        }
    }

    // MARK: - Stages

    /// Swaps the outputs in inside the ledger's transaction (`recording`, its rows already written) and commits
    /// it; if the commit then fails, the swap is undone, so the outputs never run ahead of the ledger (nor the
    /// reverse). Without a ledger the swap alone is the commit. The ledger's own seconds (its rows and its commit,
    /// not the swap) are recorded as a line of `progress`.
    static func commit(_ staging: StagingDirectory, recording: LedgerRecording?, progress: Progress? = nil) async throws {
        guard let recording else {
            try PipelineError.during(.outputs) { try staging.commit() }.finish()
            return
        }
        let swapped = SwapHolder()
        let outcome = await recording.commit {
            TestHook.pauseBeforeCommit()
            swapped.swap = try PipelineError.during(.outputs) { try staging.commit() }
            try TestHook.afterSwap()
        }
        switch outcome {
        case .failure(let error):
            swapped.swap?.revert()
            try PipelineError.during(.ledger) { throw error }
        case .success(let seconds):
            TestHook.afterCommit()
            swapped.swap?.finish()
            progress?.record(ledgerLine, seconds: seconds)
        }
    }

    /// The swap made on the ledger's thread, for the run to finish or revert once the commit is known.
    private final class SwapHolder: @unchecked Sendable {
        var swap: StagingDirectory.Swap?
    }

    /// The `--timings` line of the ledger's own work in 登记台账 (docs/PERFORMANCE.md "The ledger step").
    static let ledgerLine = "  其中 台账（写入与提交）"

    /// Before anything is read or created: the data folder must be there, and the output folder must be a
    /// place we may replace whole.
    static func checkFolders(_ given: RunOptions) throws -> RunOptions {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: given.dataDirectory.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw PipelineError(.input, "数据目录 \(given.dataDirectory.path) 不存在或不是文件夹：请检查 --data 给出的路径。未作任何改动。")
        }
        var checked = given
        checked.outputDirectory = try OutputLocation.checkFolder(given.outputDirectory,
                                                                 protecting: given.protectedPaths())
        return checked
    }

    /// The registry and the findings: what the assessment's basis (and so the workbook) needs.
    static func readRegistryAndFindings(_ reader: InputReader, progress: Progress) throws -> FindingsRead {
        try PipelineError.during(.input) { try reader.readRegistryAndFindings(progress: report(to: progress)) }
    }

    /// The posts and inspections, and with them the whole input; `--strict` stops at the first rejected row here.
    static func readActivity(_ reader: InputReader, after first: FindingsRead, options: RunOptions,
                             progress: Progress) throws -> InputResult {
        let input = try PipelineError.during(.input) {
            try reader.readActivity(after: first, progress: report(to: progress))
        }
        if options.strict, !input.rejects.isEmpty {
            throw PipelineError(.input, "使用了 --strict：有 \(input.rejects.count) 行数据被拒收（明细见上方），未生成任何结果。",
                                rejects: input.rejects)
        }
        return input
    }

    private static func report(to progress: Progress) -> @Sendable (ReadProgress) -> Void {
        { p in progress.update("\(p.table)：\(p.rows) 行，\(p.bytes / 1_048_576) / \(p.totalBytes / 1_048_576) MB") }
    }
}
