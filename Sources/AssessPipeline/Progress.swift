import Foundation

/// Progress of a long run on stderr, only when stderr is a terminal (silent in CI and pipes).
public final class Progress: @unchecked Sendable {
    private let enabled: Bool
    private let lock = NSLock()
    private var lastDraw = Date.distantPast

    public init(enabled: Bool = isatty(STDERR_FILENO) != 0) { self.enabled = enabled }

    /// Starts a named stage (`读取数据`, `评分`, …).
    public func stage(_ name: String) {
        guard enabled else { return }
        lock.withLock { write("\r\u{1B}[K▶ \(name)\n") }
    }

    /// Updates the current line at most ten times a second.
    public func update(_ line: @autoclosure () -> String) {
        guard enabled else { return }
        lock.withLock {
            let now = Date()
            guard now.timeIntervalSince(lastDraw) >= 0.1 else { return }
            lastDraw = now
            write("\r\u{1B}[K  \(line())")
        }
    }

    public func finish() {
        guard enabled else { return }
        lock.withLock { write("\r\u{1B}[K") }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
