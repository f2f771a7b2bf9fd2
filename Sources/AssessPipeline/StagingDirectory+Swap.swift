import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension StagingDirectory {
    /// Inside a mount-point target: the staging folder and the old outputs set aside start with this.
    static let inPlacePrefix = ".assess."
    /// Written into the aside folder of an in-place swap once every old entry is in it.
    static let allMovedMarker = ".moved-all"

    /// A swap done but not yet final: the old outputs are kept aside until `finish`, so that `revert` can put
    /// them back when the ledger fails to commit.
    public struct Swap: Sendable {
        let staging: StagingDirectory
        /// The old outputs set aside, or (beside mode, no old target) an empty marker folder.
        let aside: URL
        let hadTarget: Bool

        /// The run is committed: the old outputs go.
        public func finish() {
            try? FileManager.default.removeItem(at: aside)
        }

        /// The run is not committed: the new outputs go and the old ones come back.
        public func revert() {
            let fm = FileManager.default
            if staging.inPlace {
                StagingDirectory.restoreInPlace(target: staging.target, aside: aside)
            } else {
                try? fm.removeItem(at: staging.target)
                if hadTarget { try? fm.moveItem(at: aside, to: staging.target) } else { try? fm.removeItem(at: aside) }
            }
        }
    }

    /// Swaps the staged outputs in and returns the swap, to be finished once the ledger committed (or reverted).
    /// If the swap itself fails, the old target is put back before the error is thrown.
    public func commit() throws -> Swap {
        inPlace ? try commitInPlace() : try commitBeside()
    }

    /// Beside the target: the old target renamed aside (or an empty marker made when there is none), the staged
    /// folder renamed in.
    private func commitBeside() throws -> Swap {
        let fm = FileManager.default
        let parent = target.deletingLastPathComponent()
        let pid = ProcessInfo.processInfo.processIdentifier
        let hadTarget = fm.fileExists(atPath: target.path)
        let kind = hadTarget ? "previous" : "none"
        let aside = parent.appendingPathComponent(".\(target.lastPathComponent).\(kind)-\(pid)-\(token)")
        if hadTarget {
            try fm.moveItem(at: target, to: aside)
        } else {
            try fm.createDirectory(at: aside, withIntermediateDirectories: false)
        }
        do {
            try fm.moveItem(at: url, to: target)
        } catch {
            if hadTarget { try? fm.moveItem(at: aside, to: target) } else { try? fm.removeItem(at: aside) }
            throw error
        }
        return Swap(staging: self, aside: aside, hadTarget: hadTarget)
    }

    /// Inside a mount point: every old entry moved into the aside folder, the marker written, every staged
    /// entry moved in (renames within the mounted file system).
    private func commitInPlace() throws -> Swap {
        let fm = FileManager.default
        let pid = ProcessInfo.processInfo.processIdentifier
        let aside = target.appendingPathComponent("\(Self.inPlacePrefix)previous-\(pid)-\(token)")
        try fm.createDirectory(at: aside, withIntermediateDirectories: false)
        do {
            for name in try Self.outputEntries(of: target) {
                try fm.moveItem(at: target.appendingPathComponent(name), to: aside.appendingPathComponent(name))
            }
            try Data().write(to: aside.appendingPathComponent(Self.allMovedMarker))
            for name in try fm.contentsOfDirectory(atPath: url.path) {
                try fm.moveItem(at: url.appendingPathComponent(name), to: target.appendingPathComponent(name))
            }
            try fm.removeItem(at: url)
        } catch {
            Self.restoreInPlace(target: target, aside: aside)
            throw error
        }
        return Swap(staging: self, aside: aside, hadTarget: true)
    }

    /// The entries of a mount-point target that are outputs (not our staging or aside folders, nor the file
    /// system's own `lost+found`).
    static func outputEntries(of target: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: target.path)
            .filter { !$0.hasPrefix(inPlacePrefix) && $0 != "lost+found" }.sorted()
    }

    /// Puts an in-place swap's old entries back: when every old entry had been set aside, whatever is in the
    /// target now is new and goes first; otherwise the target still holds only old entries.
    static func restoreInPlace(target: URL, aside: URL) {
        let fm = FileManager.default
        let allMoved = fm.fileExists(atPath: aside.appendingPathComponent(allMovedMarker).path)
        if allMoved {
            for name in (try? outputEntries(of: target)) ?? [] { try? fm.removeItem(at: target.appendingPathComponent(name)) }
        }
        for name in (try? fm.contentsOfDirectory(atPath: aside.path)) ?? [] where name != allMovedMarker {
            try? fm.moveItem(at: aside.appendingPathComponent(name), to: target.appendingPathComponent(name))
        }
        try? fm.removeItem(at: aside)
    }

    /// Whether `url` is an existing folder on another file system than its parent (a mount point).
    static func isMountPoint(_ url: URL) -> Bool {
        var own = stat(), parent = stat()
        guard lstat(url.path, &own) == 0, (own.st_mode & S_IFMT) == S_IFDIR,
              stat(url.deletingLastPathComponent().path, &parent) == 0 else { return false }
        return own.st_dev != parent.st_dev || own.st_ino == parent.st_ino
    }
}
