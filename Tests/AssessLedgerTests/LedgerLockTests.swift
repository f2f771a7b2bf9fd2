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

    @Test func aWaitingHolderGetsTheLockOnceReleased() async throws {
        let ledger = try LedgerFixtures.ledgerPath()
        var first: LedgerLock? = try LedgerLock.acquire(ledger: ledger, waitSeconds: 0)
        let waiter = Task.detached { try LedgerLock.acquire(ledger: ledger, waitSeconds: 5) }
        try await Task.sleep(for: .milliseconds(150))
        #expect(first != nil)
        first = nil
        let second = try await waiter.value
        #expect(second.lockPath.hasSuffix(".lock"))
    }
}
