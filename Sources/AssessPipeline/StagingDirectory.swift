import Foundation

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
        let name = ".\(target.lastPathComponent).partial-\(ProcessInfo.processInfo.processIdentifier)"
        let url = parent.appendingPathComponent(name, isDirectory: true)
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        self.url = url
        self.target = target
    }

    /// Writes one file inside the staging folder (sub-folders are created as needed).
    public func write(_ text: String, to relativePath: String) throws {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
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

    /// Removes the staging folder (after a failure).
    public func discard() {
        try? FileManager.default.removeItem(at: url)
    }
}
