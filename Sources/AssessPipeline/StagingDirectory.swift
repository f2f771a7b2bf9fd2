import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Builds a run's outputs in a temporary folder beside the target and moves them into place in one step
/// (outputs.md: nothing is half-written; a failed run leaves the previous contents as they were).
public struct StagingDirectory: Sendable {
    /// The folder the outputs are written into while the run is in progress.
    public let url: URL
    /// Where the outputs go when the run succeeds.
    public let target: URL

    /// Creates `.<name>.partial-<pid>` beside `target` (same file system, so the final move is a rename).
    public init(replacing target: URL) throws {
        let target = target.standardizedFileURL
        let parent = target.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        Self.recover(target)
        let name = ".\(target.lastPathComponent).partial-\(ProcessInfo.processInfo.processIdentifier)"
        let url = parent.appendingPathComponent(name, isDirectory: true)
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        self.url = url
        self.target = target
    }

    /// Writes one file inside the staging folder (sub-folders are created as needed).
    /// `createFolders: false` when the caller made the folder already (20,000 letters: saves the stat calls).
    public func write(_ text: String, to relativePath: String, createFolders: Bool = true) throws {
        let file = url.appendingPathComponent(relativePath)
        if createFolders {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        }
        try Self.writeFile(file.path, Array(text.utf8))
    }

    /// Writes bytes (a Word document) inside the staging folder, whose folders exist already.
    public func write(_ data: Data, to relativePath: String) throws {
        try Self.writeFile(url.appendingPathComponent(relativePath).path, [UInt8](data))
    }

    /// Plain open/write/close. Foundation's `Data.write` fsyncs every file, which made writing 20,000 letters
    /// take longer than rendering them; the staged folder only becomes visible by the final rename, and a
    /// killed process loses nothing the kernel has accepted (power loss is out of scope: docs/RELIABILITY.md).
    static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw CocoaError.posix(errno, path: path) }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { buffer in
                buffer.baseAddress.map { Glibc.write(fd, $0 + offset, buffer.count - offset) } ?? 0
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw CocoaError.posix(errno, path: path)
            }
            offset += n
        }
    }

    public func file(_ relativePath: String) -> URL { url.appendingPathComponent(relativePath) }

    /// Swaps the staged folder in: the old target is renamed aside, the staged one renamed in, the old one removed.
    /// If the second rename fails the old target is put back.
    public func commit() throws {
        let fm = FileManager.default
        let aside = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).previous-\(ProcessInfo.processInfo.processIdentifier)")
        let hadTarget = fm.fileExists(atPath: target.path)
        if hadTarget {
            try? fm.removeItem(at: aside)
            try fm.moveItem(at: target, to: aside)
        }
        do {
            try fm.moveItem(at: url, to: target)
        } catch {
            if hadTarget { try? fm.moveItem(at: aside, to: target) }
            throw error
        }
        if hadTarget { try? fm.removeItem(at: aside) }
    }

    /// Cleans up after a run that was killed (ARCHITECTURE.md "Nothing half-written"): an old output folder
    /// left aside by an interrupted swap is put back when the target is missing (the ledger never committed
    /// that run), otherwise removed; staging folders of processes that no longer run are removed.
    static func recover(_ target: URL) {
        let fm = FileManager.default
        let parent = target.deletingLastPathComponent()
        let partial = ".\(target.lastPathComponent).partial-", previous = ".\(target.lastPathComponent).previous-"
        guard let names = try? fm.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names.sorted() {
            let prefix = name.hasPrefix(partial) ? partial : name.hasPrefix(previous) ? previous : nil
            guard let prefix, let pid = Int32(name.dropFirst(prefix.count)), !isRunning(pid) else { continue }
            let url = parent.appendingPathComponent(name)
            if prefix == previous, !fm.fileExists(atPath: target.path) {
                try? fm.moveItem(at: url, to: target)
            } else {
                try? fm.removeItem(at: url)
            }
        }
    }

    /// Whether another live process has this id (our own id counts as not running: it is a stale leftover).
    private static func isRunning(_ pid: Int32) -> Bool {
        guard pid > 0, pid != ProcessInfo.processInfo.processIdentifier else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    /// Removes the staging folder (after a failure).
    public func discard() {
        try? FileManager.default.removeItem(at: url)
    }
}

extension CocoaError {
    /// A POSIX failure on `path` as the Cocoa error Foundation would throw (so `PipelineError.explain` reads it).
    static func posix(_ code: Int32, path: String) -> CocoaError {
        let underlying = NSError(domain: NSPOSIXErrorDomain, code: Int(code))
        let cocoa: CocoaError.Code = switch code {
        case ENOSPC: .fileWriteOutOfSpace
        case EACCES, EPERM, EROFS: .fileWriteNoPermission
        default: .fileWriteUnknown
        }
        return CocoaError(cocoa, userInfo: [NSFilePathErrorKey: path, NSUnderlyingErrorKey: underlying])
    }
}
