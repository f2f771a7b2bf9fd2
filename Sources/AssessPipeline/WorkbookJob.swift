import AssessCore
import AssessWorkbook
import Foundation

/// assessment.xlsx, written on a thread of its own (`SerialQueueExecutor`: libxlsxwriter's calls block) from
/// the assessment's basis: 问题明细 (most of the workbook's cells) while the posts and inspections are still
/// being read; the other sheets are written by the run's task beside it once the assessment is finished
/// (`LaterSheets`), or here once the finished assessment is handed over. When the file is written, the thread
/// helps with the letters left.
///
/// The workbook's calls to libxlsxwriter are the same whatever the timing, so the file is the same as when
/// everything runs one step after another.
actor WorkbookJob {
    typealias LetterJobs = SharedJobs<UnitAssessment, String>

    /// What the workbook waits for: the rest of its content (nil when the run's task wrote the later sheets), and
    /// the letters it may help with when done.
    struct HandOver: Sendable {
        var content: WorkbookContent?
        var letters: LetterJobs
    }

    /// What the workbook's thread did: the workbook (its seconds from `since`, or its error) and the letters it
    /// wrote afterwards (none when the workbook failed).
    struct Done: Sendable {
        var workbook: Result<Double, any Error>
        var letters: LetterJobs.Part
    }

    private let executor = SerialQueueExecutor(label: "assess.workbook")

    nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

    /// Writes the workbook of `basis` to `file`, waiting for the first hand-over to finish it (the run's task
    /// being cancelled, or the stream ending first, abandons the file), then helps with the letters.
    func write(basis: AssessmentBasis, configuration: Configuration, to file: URL, since start: Date,
               later: LaterSheets, handOver: AsyncThrowingStream<HandOver, any Error>) async -> Done {
        var letters: LetterJobs?
        let workbook: Result<Double, any Error>
        do {
            try await AssessmentWorkbook.write(basis: basis, configuration: configuration, to: file, later: later) {
                for try await given in handOver {
                    letters = given.letters
                    return given.content
                }
                throw CancellationError()
            }
            workbook = .success(Date().timeIntervalSince(start))
        } catch let error as PipelineError {
            workbook = .failure(error)
        } catch {
            workbook = .failure(PipelineError(.workbook, PipelineError.explain(error)))
        }
        // A run that failed meanwhile (and cancelled this task) needs no more letters.
        guard case .success = workbook, let letters, !Task.isCancelled else {
            return Done(workbook: workbook, letters: .none)
        }
        return Done(workbook: workbook, letters: letters.work())
    }
}
