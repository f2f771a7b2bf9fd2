import Dispatch

/// The executor of an actor that does blocking C work (libxlsxwriter): its jobs run one at a time on a serial
/// dispatch queue of their own, off Swift's cooperative pool. That pool has one thread per core (two here); a
/// workbook written on it would hold one of them for its whole 20–30 s, and every other task of the run would
/// share the remaining one. The queue gets a thread of its own, as the run's other work keeps the pool's.
final class SerialQueueExecutor: SerialExecutor {
    private let queue: DispatchQueue

    init(label: String) {
        queue = DispatchQueue(label: label)
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedSerialExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
