import Foundation
import Synchronization
import Testing
@testable import AssessPipeline

/// The ledger's transaction written beside the outputs: its rows go in at once, it commits only after the swap
/// it is given, and anything but a good swap rolls it back.
@Suite struct LedgerRecordingTests {
    /// What the fake ledger did, in order.
    final class Steps: Sendable {
        private let list = Mutex<[String]>([])
        func add(_ step: String) { list.withLock { $0.append(step) } }
        var all: [String] { list.withLock { $0 } }
    }

    struct SwapFailed: Error {}

    /// A stand-in for `Ledger.record`: rows, then `beforeCommit` inside the transaction, then the commit — or a
    /// rollback when `beforeCommit` throws.
    func recording(_ steps: Steps) -> LedgerRecording {
        LedgerRecording { beforeCommit in
            steps.add("rows")
            do {
                try beforeCommit()
            } catch {
                steps.add("rollback")
                throw error
            }
            steps.add("commit")
        }
    }

    /// Polls until the recording's rows are written (they go in before anything is decided).
    func waitForRows(_ steps: Steps) async throws {
        for _ in 0..<500 where !steps.all.contains("rows") { try await Task.sleep(for: .milliseconds(2)) }
        #expect(steps.all == ["rows"])
    }

    @Test func rowsGoInAtOnceAndTheCommitWaitsForTheSwap() async throws {
        let steps = Steps()
        let recording = recording(steps)
        try await waitForRows(steps)
        let outcome = await recording.commit { steps.add("swap") }
        #expect(steps.all == ["rows", "swap", "commit"])
        let seconds = try outcome.get()
        #expect(seconds >= 0 && seconds < 5)
    }

    @Test func abandoningRollsBack() async throws {
        let steps = Steps()
        let recording = recording(steps)
        try await waitForRows(steps)
        await recording.abandon()
        #expect(steps.all == ["rows", "rollback"])
    }

    @Test func aFailedSwapRollsBackAndIsTheOutcome() async throws {
        let steps = Steps()
        let outcome = await recording(steps).commit { throw SwapFailed() }
        #expect(steps.all == ["rows", "rollback"])
        #expect(throws: SwapFailed.self) { try outcome.get() }
    }

    @Test func aLedgerThatFailsBeforeItsTransactionIsTheOutcome() async throws {
        let steps = Steps()
        let recording = LedgerRecording { _ in throw SwapFailed() }
        let outcome = await recording.commit { steps.add("swap") }
        #expect(steps.all.isEmpty)
        #expect(throws: SwapFailed.self) { try outcome.get() }
    }
}
