import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder inside the staging folder that many files are written into (`letters/`: 40,000 files at province
/// size), kept open: each file is created relative to it (`openat`), so the kernel does not walk the staging
/// folder's whole path again for every file, and written from the text's or document's own bytes.
/// Written from several threads at once (the letter jobs); the descriptor itself never changes.
final class StagedFolder: Sendable {
    /// The folder's path, for messages.
    let path: String
    private let descriptor: Int32

    /// Opens `relativePath` (an existing folder) inside `staging`.
    init(_ relativePath: String, in staging: StagingDirectory) throws {
        path = staging.path(relativePath)
        descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw CocoaError.posix(errno, path: path) }
    }

    deinit { close(descriptor) }

    /// Writes `text` as the file `name` in this folder.
    func write(_ text: String, to name: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0), to: name) }
    }

    /// Writes `data` as the file `name` in this folder.
    func write(_ data: Data, to name: String) throws {
        try data.withUnsafeBytes { try write($0, to: name) }
    }

    private func write(_ bytes: UnsafeRawBufferPointer, to name: String) throws {
        let fd = openat(descriptor, name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw CocoaError.posix(errno, path: path + "/" + name) }
        defer { close(fd) }
        try StagingDirectory.writeAll(fd, bytes, path: path + "/" + name)
    }
}
