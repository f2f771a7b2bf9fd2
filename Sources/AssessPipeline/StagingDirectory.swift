import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Builds a run's outputs in a temporary folder and moves them into place in one step (outputs.md: nothing is
/// half-written; a failed run leaves the previous contents as they were).
///
/// Normally the staging folder sits beside the target (same file system, so the swap is two renames). When the
/// target is a mount point — it cannot be renamed, and its parent is another file system — the outputs are
/// staged inside it and its entries are swapped one by one (`inPlace`). Either way the swap sets the old outputs
/// aside under a name holding a token that the ledger records with the run: until the ledger commits, the
/// swap can be undone (`Swap.revert`), and a run killed in between is undone by the next run (`recover`).
public struct StagingDirectory: Sendable {
    /// The folder the outputs are written into while the run is in progress.
    public let url: URL
    /// `url`'s path.
    private let folderPath: String
    /// Where the outputs go when the run succeeds.
    public let target: URL
    /// Whether the target is a mount point, staged inside and swapped entry by entry.
    public let inPlace: Bool
    /// Names this run's swap; the ledger records it with the run (`RunRecord.outputToken`).
    public let token: String

    /// Creates the staging folder, after cleaning up what killed runs left (`recover`).
    /// - Parameter isCommitted: whether the ledger recorded the run of a given swap token; without a ledger
    ///   a finished swap is the commit (always true).
    public init(replacing target: URL, isCommitted: (String) -> Bool = { _ in true }) throws {
        let target = target.standardizedFileURL
        let parent = target.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        Self.recover(target, isCommitted: isCommitted)
        let pid = ProcessInfo.processInfo.processIdentifier
        inPlace = Self.isMountPoint(target)
        let url = inPlace ? target.appendingPathComponent("\(Self.inPlacePrefix)partial-\(pid)", isDirectory: true)
            : parent.appendingPathComponent(".\(target.lastPathComponent).partial-\(pid)", isDirectory: true)
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        self.url = url
        folderPath = url.path
        self.target = target
        token = String(UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16))
    }

    /// Writes one file inside the staging folder (sub-folders are created as needed; the letters, thousands of
    /// files in one folder, go through a `StagedFolder`).
    public func write(_ text: String, to relativePath: String) throws {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Self.writeFile(path(relativePath), Array(text.utf8))
    }

    /// Writes bytes (a Word document) inside the staging folder, whose folders exist already.
    public func write(_ data: Data, to relativePath: String) throws {
        try Self.writeFile(path(relativePath), [UInt8](data))
    }

    /// The file path of `relativePath` inside the staging folder, joined as text: `URL.appendingPathComponent`
    /// asks the file system whether the path is a folder (a `stat` for each of 40,000 letter files).
    func path(_ relativePath: String) -> String { folderPath + "/" + relativePath }

    /// Plain open/write/close. Foundation's `Data.write` fsyncs every file, which made writing 20,000 letters
    /// take longer than rendering them; the staged folder only becomes visible by the final rename, and a
    /// killed process loses nothing the kernel has accepted (power loss is out of scope: docs/RELIABILITY.md).
    static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw CocoaError.posix(errno, path: path) }
        defer { close(fd) }
        try bytes.withUnsafeBytes { try writeAll(fd, $0, path: path) }
    }

    /// Writes all of `bytes` to the open file `fd` (`path` names it in errors).
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws {
        var offset = 0
        while offset < bytes.count, let base = bytes.baseAddress {
            let n = Glibc.write(fd, base + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw CocoaError.posix(errno, path: path)
            }
            offset += n
        }
    }

    public func file(_ relativePath: String) -> URL { url.appendingPathComponent(relativePath) }

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
