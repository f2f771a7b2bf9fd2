import CISAL
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ZIPFoundation

/// Where a zip entry's data lies and how it is stored, from the values ZIPFoundation parsed (its central directory
/// record and local header), and the reading of that data, bounded to the entry's own bytes and inflated with
/// ISA-L (about 3× zlib here: docs/PERFORMANCE.md "Excel input").
///
/// Why not ZIPFoundation's `Archive.extract`: version 0.9.20 reads on past an entry's data until the deflate
/// stream ends, and retries an empty read forever at the end of the file, so a damaged workbook (found by
/// fuzzing: a deflate stream that does not end) hung the run; it also zero-fills a fresh `Data` for every
/// chunk. ZIPFoundation still reads the container (central directory, entries, local headers); its
/// `Entry.dataOffset` and the compression method are internal in 0.9.20, so they are read here from its stored
/// values by reflection, and a test (`XLSXReaderTests.entryDataIsLocated`) fails if another version stores them
/// differently. Without them the reader falls back to `Archive.extract`.
struct ZipEntryData {
    /// File offset of the first byte of the entry's (compressed) data.
    let start: UInt64
    /// The local header's compression method: 0 stored, 8 deflated.
    let method: UInt16

    /// nil when ZIPFoundation's values are not found, or for a ZIP64 offset (a workbook over 4 GB).
    init?(_ entry: Entry) {
        func field(_ value: Any, _ label: String) -> Any? {
            Mirror(reflecting: value).children.first { $0.label == label }?.value
        }
        guard let central = field(entry, "centralDirectoryStructure"), let local = field(entry, "localFileHeader"),
              let offset = field(central, "relativeOffsetOfLocalHeader") as? UInt32, offset != .max,
              let nameLength = field(local, "fileNameLength") as? UInt16,
              let extraLength = field(local, "extraFieldLength") as? UInt16,
              let method = field(local, "compressionMethod") as? UInt16 else { return nil }
        start = UInt64(offset) + 30 + UInt64(nameLength) + UInt64(extraLength)
        self.method = method
    }

    /// The data cannot be read: outside the file, not stored or deflated, a broken or unended deflate stream, or
    /// not as long as the central directory says (the caller names the file and the entry).
    struct Damaged: Error {}

    /// Hands the entry's uncompressed bytes to `body` in chunks of at most `chunkSize`, reading only the
    /// `compressedSize` bytes from `start` of the open file `fd`. Throws `Damaged` when the data runs past the end
    /// of the file, a deflate stream is broken or does not end within those bytes, or the result is not
    /// `uncompressedSize` bytes long (checked as it grows: a stream that inflates far beyond is stopped at once);
    /// errors from `body` pass through.
    func read(fd: Int32, compressedSize: UInt64, uncompressedSize: UInt64, chunkSize: Int,
              _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard method == 0 || method == 8 else { throw Damaged() }
        let input = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { input.deallocate() }
        let inflater = method == 8 ? Inflater(chunkSize: chunkSize) : nil
        var position = start
        var rest = compressedSize
        var produced: UInt64 = 0
        func hand(_ bytes: UnsafeRawBufferPointer) throws {
            produced += UInt64(bytes.count)
            guard produced <= uncompressedSize else { throw Damaged() }
            try body(bytes)
        }
        while rest > 0 {
            let n = try readChunk(fd, into: input, at: position, count: Int(min(UInt64(chunkSize), rest)))
            position += UInt64(n)
            rest -= UInt64(n)
            let chunk = UnsafeRawBufferPointer(rebasing: input[0..<n])
            if let inflater { try inflater.inflate(chunk, hand) } else { try hand(chunk) }
        }
        guard inflater?.ended ?? true, produced == uncompressedSize else { throw Damaged() }
    }

    /// `pread` of exactly `count` bytes (fewer only at the end of the file: then the entry is damaged).
    private func readChunk(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: UInt64,
                           count: Int) throws -> Int {
        var done = 0
        while done < count {
            let n = pread(fd, buffer.baseAddress! + done, count - done, off_t(offset) + off_t(done))
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { throw Damaged() }
            done += n
        }
        return done
    }
}

/// ISA-L's raw inflate (no zlib or gzip header, as in zip) into one reused output buffer.
private final class Inflater {
    private var state = inflate_state()
    private let output: UnsafeMutableRawBufferPointer
    private(set) var ended = false

    init(chunkSize: Int) {
        output = .allocate(byteCount: chunkSize, alignment: 16)
        isal_inflate_init(&state)
        state.crc_flag = UInt32(ISAL_DEFLATE)
    }

    deinit { output.deallocate() }

    /// Inflates `chunk`, handing every filled (or last) stretch of output to `body`. Input after the end of the
    /// stream is ignored.
    func inflate(_ chunk: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard !ended, let base = chunk.baseAddress, !chunk.isEmpty else { return }
        state.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: UInt8.self))
        state.avail_in = UInt32(chunk.count)
        while true {
            state.next_out = output.baseAddress!.assumingMemoryBound(to: UInt8.self)
            state.avail_out = UInt32(output.count)
            let inputBefore = state.avail_in
            let result = isal_inflate(&state)
            guard result >= 0, result != ISAL_NEED_DICT else { throw ZipEntryData.Damaged() }
            let filled = output.count - Int(state.avail_out)
            if filled > 0 { try body(UnsafeRawBufferPointer(rebasing: output[0..<filled])) }
            if state.block_state == ISAL_BLOCK_FINISH {
                ended = true
                return
            }
            // A full output buffer may hold back more; otherwise all input is used, or nothing moved (damaged).
            if state.avail_out == 0 { continue }
            if state.avail_in == 0 { return }
            guard filled > 0 || state.avail_in < inputBefore else { throw ZipEntryData.Damaged() }
        }
    }
}
