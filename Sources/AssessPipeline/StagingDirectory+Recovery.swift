import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension StagingDirectory {
    /// Cleans up after runs that were killed (ARCHITECTURE.md "Nothing half-written"), so that the outputs agree
    /// with the ledger again. Only folders of processes that no longer run are touched:
    /// - a staging folder (`.out.partial-<pid>`, `.assess.partial-<pid>` inside a mount point) is removed;
    /// - old outputs set aside by a swap (`.out.previous-<pid>-<token>`) come back when the target is missing, or
    ///   when the ledger never committed that run (`isCommitted(token)` false: the target holds outputs the
    ///   ledger does not know); otherwise they are removed;
    /// - the marker of a swap into a new target (`.out.none-<pid>-<token>`) takes the target with it when that
    ///   run was never committed;
    /// - an in-place swap (mount point) is finished or undone the same way, entry by entry;
    /// - `.out.previous-<pid>` of earlier versions (no token): put back only when the target is missing.
    static func recover(_ target: URL, isCommitted: (String) -> Bool = { _ in true }) {
        let fm = FileManager.default
        let parent = target.deletingLastPathComponent()
        let base = ".\(target.lastPathComponent)."
        for name in ((try? fm.contentsOfDirectory(atPath: parent.path)) ?? []).sorted() where name.hasPrefix(base) {
            guard let left = Leftover(String(name.dropFirst(base.count))), !isRunning(left.pid) else { continue }
            let url = parent.appendingPathComponent(name)
            switch (left.kind, left.token) {
            case ("partial", _):
                try? fm.removeItem(at: url)
            case ("previous", let token?):
                if fm.fileExists(atPath: target.path), isCommitted(token) {
                    try? fm.removeItem(at: url)
                } else {
                    try? fm.removeItem(at: target)
                    try? fm.moveItem(at: url, to: target)
                }
            case ("previous", nil):
                if fm.fileExists(atPath: target.path) { try? fm.removeItem(at: url) } else { try? fm.moveItem(at: url, to: target) }
            case ("none", let token?):
                if !isCommitted(token) { try? fm.removeItem(at: target) }
                try? fm.removeItem(at: url)
            default:
                continue
            }
        }
        recoverInPlace(target, isCommitted: isCommitted)
    }

    /// The same inside a mount-point target.
    private static func recoverInPlace(_ target: URL, isCommitted: (String) -> Bool) {
        let fm = FileManager.default
        let names = ((try? fm.contentsOfDirectory(atPath: target.path)) ?? []).filter { $0.hasPrefix(inPlacePrefix) }
        for name in names.sorted() {
            guard let left = Leftover(String(name.dropFirst(inPlacePrefix.count))), !isRunning(left.pid) else { continue }
            let url = target.appendingPathComponent(name)
            switch (left.kind, left.token) {
            case ("partial", _):
                try? fm.removeItem(at: url)
            case ("previous", let token?):
                let finished = fm.fileExists(atPath: url.appendingPathComponent(allMovedMarker).path)
                if finished, isCommitted(token) { try? fm.removeItem(at: url) } else { restoreInPlace(target: target, aside: url) }
            default:
                continue
            }
        }
    }

    /// `partial-<pid>`, `previous-<pid>`, `previous-<pid>-<token>` or `none-<pid>-<token>`.
    private struct Leftover {
        var kind: String
        var pid: Int32
        var token: String?

        init?(_ text: String) {
            let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 || parts.count == 3, ["partial", "previous", "none"].contains(parts[0]),
                  let pid = Int32(parts[1]) else { return nil }
            kind = parts[0]
            self.pid = pid
            token = parts.count == 3 && !parts[2].isEmpty ? parts[2] : nil
        }
    }

    /// Whether another live process has this id (our own id counts as not running: it is a stale leftover).
    private static func isRunning(_ pid: Int32) -> Bool {
        guard pid > 0, pid != ProcessInfo.processInfo.processIdentifier else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
