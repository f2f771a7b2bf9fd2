import Foundation

/// The ways a run uses both cores, with results identical to doing the work one item at a time.
enum Concurrent {
    /// Independent jobs that any thread can help finish: each `work()` call takes jobs until none are left.
    /// Results keep the items' order; the first error (by index) is thrown by `results()`.
    final class WorkList<T: Sendable, U: Sendable>: @unchecked Sendable {
        private let items: [T]
        private let transform: @Sendable (T) throws -> U
        private let slots: Slots<Result<U, Error>>
        private let lock = NSLock()
        private var next = 0

        init(_ items: [T], _ transform: @escaping @Sendable (T) throws -> U) {
            self.items = items
            self.transform = transform
            slots = Slots(count: items.count)
        }

        /// Does jobs on the calling thread until every job is taken.
        func work() {
            while let index = take() {
                slots[index] = Result { try transform(items[index]) }
            }
        }

        /// Call after every `work()` has returned.
        func results() throws -> [U] {
            try slots.values.map { try $0.get() }
        }

        private func take() -> Int? {
            lock.withLock {
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

/// Fixed slots that concurrent workers fill, each its own index.
private final class Slots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { storage[index] } }
        set { lock.withLock { storage[index] = newValue } }
    }

    var values: [Value] { lock.withLock { storage.compactMap { $0 } } }
}
