#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Keeps two runs from using one ledger at once: an exclusive `flock` on `<ledger>.lock`, released when
/// the lock is deinitialised (or, at the latest, when the process ends, even if it crashes).
public final class LedgerLock: Sendable {
    /// The lock file beside the ledger.
    public let lockPath: String
    private let descriptor: Int32

    private init(lockPath: String, descriptor: Int32) {
        self.lockPath = lockPath
        self.descriptor = descriptor
    }

    deinit {
        _ = flock(descriptor, LOCK_UN)
        _ = close(descriptor)
    }

    /// Takes the lock of the ledger at `ledger`, waiting up to `waitSeconds` for another run to release it;
    /// then fails with `LedgerError.locked`.
    public static func acquire(ledger: URL, waitSeconds: Double) throws -> LedgerLock {
        let lockPath = ledger.path + ".lock"
        let folder = ledger.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw LedgerError.cannotOpen(path: lockPath, reason: SystemErrorText.chinese(errno))
        }
        let deadline = Date().addingTimeInterval(max(0, waitSeconds))
        while true {
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
                return LedgerLock(lockPath: lockPath, descriptor: descriptor)
            }
            let failure = errno
            guard failure == EWOULDBLOCK || failure == EINTR else {
                _ = close(descriptor)
                throw LedgerError.cannotOpen(path: lockPath, reason: SystemErrorText.chinese(failure))
            }
            if Date() >= deadline {
                _ = close(descriptor)
                throw LedgerError.locked(lockPath: lockPath, waitedSeconds: waitSeconds)
            }
            usleep(50_000)
        }
    }
}
