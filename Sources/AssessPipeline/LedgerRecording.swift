import Foundation

/// The ledger's record of a run, written on a thread of its own while the outputs are still being written: every
/// row goes in inside an open transaction, which then waits — nothing committed — for `commit(swapping:)` (the
/// outputs swapped in, then the commit) or `abandon()` (rolled back). The ledger never runs ahead of the outputs,
/// as when the record is written after them (docs/PERFORMANCE.md "The ledger beside the workbook").
///
/// The thread runs at the lowest priority (nice 19): it starts as soon as the assessment is made and takes a core
/// when one is idle (while the workbook's thread waits, when the letters are done) instead of taking turns with
/// the workbook and the letters, which both cores are busy with (docs/PERFORMANCE.md "The ledger at low priority").
///
/// Every recording started must be committed or abandoned: its thread holds the ledger's write transaction.
final class LedgerRecording: @unchecked Sendable {
    /// What the waiting transaction is told to do.
    private enum Decision {
        case commit(() throws -> Void)
        case abandon
    }

    /// How the recording ended: the seconds of the ledger's own work (rows and commit, not the wait nor the
    /// swap), or the error that rolled it back.
    typealias Outcome = Result<Double, any Error>

    private let condition = NSCondition()
    private var decision: Decision?
    private var outcome: Outcome?
    private var waiters: [CheckedContinuation<Outcome, Never>] = []

    /// Starts `record` on a thread of its own; it gets the closure to call inside its transaction, just before it
    /// commits (`Ledger.record`'s `beforeCommit`).
    init(_ record: @escaping @Sendable (_ beforeCommit: () throws -> Void) throws -> Void) {
        let thread = Thread { [self] in
            Self.lowerPriority()
            // The ledger's own seconds are its thread's CPU time: at a low priority its wall time also counts the
            // time it was made to wait for a core. The swap's own CPU time is not the ledger's.
            let start = Self.threadCPUSeconds()
            var notOwn = 0.0
            let result = Result {
                try record {
                    switch self.waitForDecision() {
                    case .commit(let swap):
                        let swapStart = Self.threadCPUSeconds()
                        defer { notOwn += Self.threadCPUSeconds() - swapStart }
                        try swap()
                    case .abandon: throw CancellationError()
                    }
                }
            }
            self.finish(result.map { Self.threadCPUSeconds() - start - notOwn })
        }
        thread.name = "assess.ledger"
        thread.start()
    }

    /// Lets the transaction run `swap` and commit; returns how the recording ended (a failed `swap` or commit
    /// rolled it back).
    func commit(swapping swap: @escaping () throws -> Void) async -> Outcome {
        await decide(.commit(swap))
    }

    /// Rolls the transaction back (the run failed before its outputs were complete) and waits until it is.
    func abandon() async {
        _ = await decide(.abandon)
    }

    private func decide(_ given: Decision) async -> Outcome {
        await withCheckedContinuation { continuation in
            condition.lock()
            defer { condition.unlock() }
            if decision == nil { decision = given }
            if let outcome {
                continuation.resume(returning: outcome)
            } else {
                waiters.append(continuation)
            }
            condition.signal()
        }
    }

    private func waitForDecision() -> Decision {
        condition.lock()
        defer { condition.unlock() }
        while decision == nil { condition.wait() }
        return decision!
    }

    /// Nice 19 for the calling thread: on Linux a thread's nice value is its own, and `who` 0 is the calling
    /// thread. A failure only leaves the priority as it was.
    private static func lowerPriority() {
        #if os(Linux)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 19)
        #endif
    }

    /// CPU seconds the calling thread has used.
    private static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private func finish(_ result: Outcome) {
        condition.lock()
        outcome = result
        let waiting = waiters
        waiters = []
        condition.unlock()
        for waiter in waiting { waiter.resume(returning: result) }
    }
}
