import Synchronization

/// Independent jobs that several workers take one at a time until none is left (the letters: the run's task
/// writes them, and the workbook's thread helps once its file is written). Each worker gets back what it did;
/// `outputs` puts the parts together in the items' order, as if one worker had done them all.
final class SharedJobs<Item: Sendable, Output: Sendable>: Sendable {
    /// The jobs one worker did, by index.
    struct Part: Sendable {
        fileprivate var done: [(index: Int, result: Result<Output, any Error>)] = []

        /// No job done.
        static var none: Part { Part() }

        /// Whether a job of this part failed.
        var failed: Bool { done.contains { if case .failure = $0.result { true } else { false } } }
    }

    private let items: [Item]
    private let transform: @Sendable (Item) throws -> Output
    private let next = Atomic<Int>(0)

    init(_ items: [Item], _ transform: @escaping @Sendable (Item) throws -> Output) {
        self.items = items
        self.transform = transform
    }

    /// Does jobs on the calling thread until every job is taken.
    func work() -> Part {
        var part = Part()
        while case let index = next.wrappingAdd(1, ordering: .relaxed).oldValue, index < items.count {
            part.done.append((index, Result { try transform(items[index]) }))
        }
        return part
    }

    /// Every job's output in the items' order, from the parts of all the workers; throws the first error by
    /// index.
    func outputs(_ parts: [Part]) throws -> [Output] {
        var results = [Result<Output, any Error>?](repeating: nil, count: items.count)
        for part in parts {
            for (index, result) in part.done { results[index] = result }
        }
        return try results.map { result in
            guard let result else { throw CancellationError() }  // a job no worker took: not reached after `work()`
            return try result.get()
        }
    }
}
