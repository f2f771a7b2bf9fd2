import AssessCore
import AssessWorkbook
import Foundation

/// assessment.xlsx, written on a thread of its own from the moment the registry and the findings are read:
/// 问题明细 (most of the workbook's cells) while the posts and inspections are still being read, the other
/// sheets once the assessment is handed over. When the workbook is written, the thread helps with the letters.
///
/// The workbook's calls to libxlsxwriter are the same whatever the timing, so the file is the same as when
/// everything runs one step after another.
final class WorkbookJob: @unchecked Sendable {
    private let assessor: Assessor
    private let options: RunOptions
    private let file: URL
    private let lock = NSLock()
    private let handedOver = DispatchSemaphore(value: 0)
    private let basisReady = DispatchSemaphore(value: 0)
    private var basisMade: AssessmentBasis?
    private var thread: Concurrent.Background<Double>?
    private var handover: Result<(WorkbookContent, LetterJobs), Error>?

    typealias LetterJobs = Concurrent.WorkList<UnitAssessment, String>

    init(assessor: Assessor, options: RunOptions, file: URL) {
        self.assessor = assessor
        self.options = options
        self.file = file
    }

    /// Starts the workbook's thread, which first makes the assessment's basis from `data` (posts and inspections
    /// not needed). Called once, by the reader as soon as the findings are read; returns at once.
    func start(_ data: QuarterData) {
        let configuration = assessor.configuration
        let file = file
        let thread = Concurrent.Background { [self] in
            let start = Date()
            let basis = assessor.basis(data, quarter: options.quarter, asOf: options.asOf, issueDate: options.issueDate)
            lock.withLock { basisMade = basis }
            basisReady.signal()
            try PipelineError.during(.workbook) {
                try AssessmentWorkbook.write(basis: basis, configuration: configuration, to: file) {
                    try self.content().0
                }
            }
            let seconds = Date().timeIntervalSince(start)
            try content().1.work()
            return seconds
        }
        lock.withLock { self.thread = thread }
    }

    /// The basis the workbook's thread made from `data`, once it is made (the job is started here if the reader
    /// did not start it).
    func basis(startingWith data: QuarterData) -> AssessmentBasis {
        if lock.withLock({ thread == nil }) { start(data) }
        basisReady.wait()
        basisReady.signal()
        return lock.withLock { basisMade }
            ?? assessor.basis(data, quarter: options.quarter, asOf: options.asOf, issueDate: options.issueDate)
    }

    /// Gives the workbook the rest of what it shows, and the letters it may help with when done.
    func hand(_ content: WorkbookContent, letters: LetterJobs) {
        settle(.success((content, letters)))
    }

    /// Stops the workbook (the run failed): `wait` then returns without a file worth keeping.
    func cancel() {
        settle(.failure(CancellationError()))
        _ = try? wait()
    }

    /// Waits for the workbook and the letters it helped with; its seconds, or its error.
    func wait() throws -> Double {
        guard let thread = lock.withLock({ thread }) else { throw CancellationError() }
        return try thread.wait()
    }

    private func settle(_ result: Result<(WorkbookContent, LetterJobs), Error>) {
        lock.withLock {
            guard handover == nil else { return }
            handover = result
            handedOver.signal()
        }
    }

    private func content() throws -> (WorkbookContent, LetterJobs) {
        handedOver.wait()
        handedOver.signal()
        guard let handover = lock.withLock({ handover }) else { throw CancellationError() }  // set before the signal
        return try handover.get()
    }
}
