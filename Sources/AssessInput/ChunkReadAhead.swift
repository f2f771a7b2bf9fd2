import Crypto
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a UTF-8 file's chunks ahead on a thread of its own — each read, hashed and validated there — while the
/// caller parses the chunk before: for the files a run reads while the other core has nothing to do (the
/// registry and the findings, before the workbook can start; docs/PERFORMANCE.md "The findings read ahead").
///
/// The chunks come in file order; the first one that is not UTF-8, or a failed read, comes as that error after
/// every chunk before it, as when one thread does it all. `stop()` must be called once done (or on an error):
/// it waits for the thread to end.
final class ChunkReadAhead: @unchecked Sendable {
    /// A chunk handed to the caller; `recycle` gives its buffer back.
    struct Chunk {
        let bytes: UnsafeRawBufferPointer
        let isFinal: Bool
        fileprivate let slot: Int
    }

    private let fd: Int32
    private let buffers: [UnsafeMutableRawBufferPointer]
    private let condition = NSCondition()
    private var free: [Int]
    private var filled: [(slot: Int, count: Int)] = []
    private var failure: (any Error)?
    private var stopped = false
    private var running = true
    /// The SHA-256 of every byte, once the final chunk is read.
    private(set) var digest: SHA256.Digest?

    /// Starts reading `fd` (left open: the caller closes it after `stop`) in chunks of `chunkSize`, `slots` of them
    /// in flight at most.
    init(fd: Int32, chunkSize: Int, slots: Int = 4) {
        self.fd = fd
        buffers = (0..<slots).map { _ in UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16) }
        free = Array(0..<slots)
        let thread = Thread { [self] in produce() }
        thread.name = "assess.read-ahead"
        thread.start()
    }

    deinit {
        for buffer in buffers { buffer.deallocate() }
    }

    /// The next chunk in file order; throws the reading thread's error once the chunks before it are taken.
    func next() throws -> Chunk {
        condition.lock()
        defer { condition.unlock() }
        while filled.isEmpty && failure == nil { condition.wait() }
        guard !filled.isEmpty else { throw failure! }
        let (slot, count) = filled.removeFirst()
        return Chunk(bytes: UnsafeRawBufferPointer(rebasing: buffers[slot][0..<count]), isFinal: count == 0, slot: slot)
    }

    /// Gives a chunk's buffer back for the next read.
    func recycle(_ chunk: Chunk) {
        condition.lock()
        free.append(chunk.slot)
        condition.signal()
        condition.unlock()
    }

    /// Stops reading and waits until the thread has ended.
    func stop() {
        condition.lock()
        defer { condition.unlock() }
        stopped = true
        condition.broadcast()
        while running { condition.wait() }
    }

    // MARK: - The reading thread

    private func produce() {
        var hasher = SHA256()
        var validator = UTF8Validator()
        while let slot = takeFreeSlot() {
            var n: Int
            repeat { n = read(fd, buffers[slot].baseAddress, buffers[slot].count) } while n < 0 && errno == EINTR
            if n < 0 {
                post(failure: DecodedFileStream.Unreadable(reason: String(cString: strerror(errno))))
                break
            }
            let chunk = UnsafeRawBufferPointer(rebasing: buffers[slot][0..<n])
            hasher.update(bufferPointer: chunk)
            guard validator.validate(chunk, isFinal: n == 0) else {
                post(failure: DecodedFileStream.NotUTF8())
                break
            }
            if n == 0 { digest = hasher.finalize() }
            post(slot: slot, count: n)
            if n == 0 { break }
        }
        condition.lock()
        running = false
        condition.broadcast()
        condition.unlock()
    }

    /// A free buffer, waiting for one; nil once stopped.
    private func takeFreeSlot() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while free.isEmpty && !stopped { condition.wait() }
        return stopped ? nil : free.removeLast()
    }

    private func post(slot: Int, count: Int) {
        condition.lock()
        filled.append((slot, count))
        condition.broadcast()
        condition.unlock()
    }

    private func post(failure error: any Error) {
        condition.lock()
        failure = error
        condition.broadcast()
        condition.unlock()
    }
}
