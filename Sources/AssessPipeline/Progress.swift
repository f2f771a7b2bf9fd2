import Foundation

/// Progress of a long run on stderr, only when stderr is a terminal (silent in CI and pipes), and the time each
/// stage took (for `--timings` and the benchmark harness).
public final class Progress: @unchecked Sendable {
    private let enabled: Bool
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var current: (name: String, start: Date)?
    private var finished: [(String, TimeInterval)] = []

    public init(enabled: Bool = isatty(STDERR_FILENO) != 0) { self.enabled = enabled }

    /// Starts a named stage (`读取数据`, `评分与决定`, …), ending the one before.
    public func stage(_ name: String) {
        lock.withLock {
            endStage()
            current = (name, Date())
            if enabled { write("\r\u{1B}[K▶ \(name)\n") }
        }
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
        lock.withLock {
            endStage()
            if enabled { write("\r\u{1B}[K") }
        }
    }

    /// Records the time of a part that ran alongside others (shown after the stage it belongs to).
    public func record(_ name: String, seconds: TimeInterval) {
        lock.withLock {
            endStage()
            finished.append((name, seconds))
        }
    }

    /// Seconds per stage, in the order the stages ran.
    public var timings: [(stage: String, seconds: TimeInterval)] { lock.withLock { finished } }

    private func endStage() {
        if let current { finished.append((current.name, Date().timeIntervalSince(current.start))) }
        current = nil
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
