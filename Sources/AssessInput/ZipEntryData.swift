#if canImport(CZlib)
import CZlib // zlib as ZIPFoundation links it on Linux
#elseif canImport(zlib)
import zlib
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ZIPFoundation

/// Where a zip entry's data lies and how it is stored, from the values ZIPFoundation parsed (its central directory
/// record and local header), and the reading of that data with zlib, bounded to the entry's own bytes.
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
    /// `compressedSize` bytes from `start` of the open file `fd`. Throws `Damage` when the data runs past the end of
    /// the file, a deflate stream is broken or does not end within those bytes, or the result is not
    /// `uncompressedSize` bytes long (`Damaged`); errors from `body` pass through.
    func read(fd: Int32, compressedSize: UInt64, uncompressedSize: UInt64, fileSize: UInt64, chunkSize: Int,
              _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard method == 0 || method == 8 else { throw Damaged() }
        guard start <= fileSize, compressedSize <= fileSize - start else { throw Damaged() }
        let input = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { input.deallocate() }
        let inflater = method == 8 ? try Inflater(chunkSize: chunkSize) : nil
        var position = start
        var rest = compressedSize
        var produced: UInt64 = 0
        while rest > 0 {
            let n = try readChunk(fd, into: input, at: position, count: Int(min(UInt64(chunkSize), rest)))
            position += UInt64(n)
            rest -= UInt64(n)
            let chunk = UnsafeRawBufferPointer(rebasing: input[0..<n])
            if inflater == nil {
                produced += UInt64(n)
                try body(chunk)
            } else {
                try inflater?.inflate(chunk) { output in
                    produced += UInt64(output.count)
                    try body(output)
                }
            }
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

/// zlib's raw inflate (no zlib or gzip header, as in zip) into one reused output buffer.
private final class Inflater {
    private var stream = z_stream()
    private let output: UnsafeMutableRawBufferPointer
    private(set) var ended = false

    init(chunkSize: Int) throws {
        output = .allocate(byteCount: chunkSize, alignment: 16)
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            output.deallocate()
            throw ZipEntryData.Damaged()
        }
    }

    deinit {
        inflateEnd(&stream)
        output.deallocate()
    }

    /// Inflates `chunk`, handing every filled (or last) stretch of output to `body`. Input after the end of the
    /// stream is ignored.
    func inflate(_ chunk: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard !ended, let base = chunk.baseAddress, !chunk.isEmpty else { return }
        stream.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: Bytef.self))
        stream.avail_in = uInt(chunk.count)
        repeat {
            stream.next_out = output.baseAddress!.assumingMemoryBound(to: Bytef.self)
            stream.avail_out = uInt(output.count)
            let result = zlibInflate(&stream)
            guard result == Z_OK || result == Z_STREAM_END || result == Z_BUF_ERROR else {
                throw ZipEntryData.Damaged()
            }
            let filled = output.count - Int(stream.avail_out)
            if filled > 0 { try body(UnsafeRawBufferPointer(rebasing: output[0..<filled])) }
            if result == Z_STREAM_END {
                ended = true
                return
            }
            // Z_BUF_ERROR: no progress possible — all input used and output not full; wait for more input.
            if result == Z_BUF_ERROR { return }
        } while stream.avail_in > 0 || stream.avail_out == 0
    }
}

/// zlib's `inflate` (a free function, so the name does not resolve to `Inflater.inflate`).
private func zlibInflate(_ stream: inout z_stream) -> Int32 { inflate(&stream, Z_NO_FLUSH) }
