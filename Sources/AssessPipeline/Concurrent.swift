import Foundation

/// The ways a run uses both cores, with results identical to doing the work one item at a time.
enum Concurrent {
    /// Independent jobs that any thread can help finish: each `work()` call takes jobs until none are left.
    /// `results()` waits for the jobs other threads are still doing, keeps the items' order, and throws the
    /// first error (by index).
    final class WorkList<T: Sendable, U: Sendable>: @unchecked Sendable {
        private let items: [T]
        private let transform: @Sendable (T) throws -> U
        private let finished = NSCondition()
        private var outcomes: [Result<U, Error>?]
        private var next = 0
        private var done = 0

        init(_ items: [T], _ transform: @escaping @Sendable (T) throws -> U) {
            self.items = items
            self.transform = transform
            outcomes = Array(repeating: nil, count: items.count)
        }

        /// Does jobs on the calling thread until every job is taken.
        func work() {
            while let index = take() {
                let result = Result { try transform(items[index]) }
                finished.withLock {
                    outcomes[index] = result
                    done += 1
                    if done == items.count { finished.broadcast() }
                }
            }
        }

        /// Every job's result, once all are done (call `work()` first, or this waits for other threads).
        func results() throws -> [U] {
            let all = finished.withLock {
                while done < items.count { finished.wait() }
                return outcomes
            }
            return try all.map { outcome in
                guard let outcome else { throw CancellationError() }  // unreachable: every job is done here
                return try outcome.get()
            }
        }

        private func take() -> Int? {
            finished.withLock {
                guard next < items.count else { return nil }
                defer { next += 1 }
                return next
            }
        }
    }

    /// Starts `work` on a thread of its own; `wait()` returns its result (or throws its error).
    final class Background<T: Sendable>: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var result: Result<T, Error>?

        init(_ work: @escaping @Sendable () throws -> T) {
            let thread = Thread { [self] in
                result = Result { try work() }
                done.signal()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }

        func wait() throws -> T {
            done.wait()
            done.signal()
            guard let result else { throw CancellationError() }
            return try result.get()
        }
    }
}
