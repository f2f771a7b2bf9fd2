import Foundation
import Synchronization

/// Progress of a long run on stderr, only when stderr is a terminal (silent in CI and pipes), and the time each
/// stage took (for `--timings` and the benchmark harness).
public final class Progress: Sendable {
    private let enabled: Bool
    private let state = Mutex(State())

    private struct State {
        var lastDraw = Date.distantPast
        var current: (name: String, start: Date)?
        var finished: [(String, TimeInterval)] = []

        mutating func endStage() {
            if let current { finished.append((current.name, Date().timeIntervalSince(current.start))) }
            current = nil
        }
    }

    public init(enabled: Bool = isatty(STDERR_FILENO) != 0) { self.enabled = enabled }

    /// Starts a named stage (`读取数据`, `评分与决定`, …), ending the one before.
    public func stage(_ name: String) {
        state.withLock { state in
            state.endStage()
            state.current = (name, Date())
            if enabled { write("\r\u{1B}[K▶ \(name)\n") }
        }
    }

    /// Updates the current line at most ten times a second.
    public func update(_ line: @autoclosure () -> String) {
        guard enabled else { return }
        state.withLock { state in
            let now = Date()
            guard now.timeIntervalSince(state.lastDraw) >= 0.1 else { return }
            state.lastDraw = now
            write("\r\u{1B}[K  \(line())")
        }
    }

    public func finish() {
        state.withLock { state in
            state.endStage()
            if enabled { write("\r\u{1B}[K") }
        }
    }

    /// Records the time of a part that ran alongside others (shown after the stage it belongs to).
    public func record(_ name: String, seconds: TimeInterval) {
        state.withLock { state in
            state.endStage()
            state.finished.append((name, seconds))
        }
    }

    /// Seconds per stage, in the order the stages ran.
    public var timings: [(stage: String, seconds: TimeInterval)] { state.withLock { $0.finished } }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
