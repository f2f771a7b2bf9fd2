import Foundation
@testable import AssessLedger
import Testing

@Suite struct LedgerLockTests {
    @Test func aSecondHolderIsRefusedWithAChineseMessage() throws {
        let ledger = try LedgerFixtures.ledgerPath()
        let first = try LedgerLock.acquire(ledger: ledger, waitSeconds: 0)
        let started = Date()
        #expect(throws: LedgerError.locked(lockPath: ledger.path + ".lock", waitedSeconds: 0.2)) {
            _ = try LedgerLock.acquire(ledger: ledger, waitSeconds: 0.2)
        }
        #expect(Date().timeIntervalSince(started) >= 0.2)
        #expect(LedgerError.locked(lockPath: "x.lock", waitedSeconds: 30).description.contains("等待 30 秒后仍未释放"))
        _ = first
    }

    @Test func theLockIsReleasedOnDeinit() throws {
        let ledger = try LedgerFixtures.ledgerPath()
        do {
            let held = try LedgerLock.acquire(ledger: ledger, waitSeconds: 0)
            #expect(held.lockPath == ledger.path + ".lock")
        }
        let again = try LedgerLock.acquire(ledger: ledger, waitSeconds: 0)
        #expect(FileManager.default.fileExists(atPath: again.lockPath))
    }

    /// The waiter runs on a thread of its own, not on the test pool's two threads, which other tests' blocking
    /// waits may hold for seconds on a loaded machine (the lock would be released too late for a 5 s wait).
    @Test func aWaitingHolderGetsTheLockOnceReleased() throws {
        let ledger = try LedgerFixtures.ledgerPath()
        var first: LedgerLock? = try LedgerLock.acquire(ledger: ledger, waitSeconds: 0)
        let outcome = WaiterOutcome()
        let done = DispatchSemaphore(value: 0)
        Thread {
            outcome.set((try? LedgerLock.acquire(ledger: ledger, waitSeconds: 30))?.lockPath)
            done.signal()
        }.start()
        Thread.sleep(forTimeInterval: 0.15)
        #expect(first != nil)
        first = nil
        #expect(done.wait(timeout: .now() + 60) == .success)
        #expect(outcome.lockPath?.hasSuffix(".lock") == true)
    }
}

/// What the waiting thread got: the lock's path, or nil when it was refused.
private final class WaiterOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var path: String?
    var lockPath: String? { lock.withLock { path } }
    func set(_ value: String?) { lock.withLock { path = value } }
}
