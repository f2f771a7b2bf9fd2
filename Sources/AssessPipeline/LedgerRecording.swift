import Foundation

/// The ledger's record of a run, written on a thread of its own while the run's last output is still being
/// finished (the workbook's compression, seconds at province size, with the other core idle): every row goes
/// in inside an open transaction, which then waits — nothing committed — for `commit(swapping:)` (the outputs
/// swapped in, then the commit) or `abandon()` (rolled back). The ledger never runs ahead of the outputs, as when
/// the record is written after them (docs/PERFORMANCE.md "The ledger beside the workbook").
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
            let start = Date()
            var notOwn = 0.0
            let result = Result {
                try record {
                    let waitStart = Date()
                    defer { notOwn += Date().timeIntervalSince(waitStart) }
                    switch self.waitForDecision() {
                    case .commit(let swap): try swap()
                    case .abandon: throw CancellationError()
                    }
                }
            }
            self.finish(result.map { Date().timeIntervalSince(start) - notOwn })
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

    private func finish(_ result: Outcome) {
        condition.lock()
        outcome = result
        let waiting = waiters
        waiters = []
        condition.unlock()
        for waiter in waiting { waiter.resume(returning: result) }
    }
}
