import Foundation

/// The two ways a run uses both cores, with results identical to doing the work one item at a time.
enum Concurrent {
    /// `transform` over every item on all cores; results in the items' order; the first error (by index) is thrown.
    static func map<T: Sendable, U: Sendable>(_ items: [T], _ transform: @Sendable (T) throws -> U) throws -> [U] {
        let results = Slots<Result<U, Error>>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results[index] = Result { try transform(items[index]) }
        }
        return try results.values.map { try $0.get() }
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
