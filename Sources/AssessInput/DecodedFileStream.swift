import AssessCore
import Crypto
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one input file in chunks, hashes the raw bytes, and hands on UTF-8 with any byte-order mark dropped.
///
/// In `.utf8` mode the bytes are validated as they pass; the first invalid byte throws
/// `DecodedFileStream.NotUTF8`, and the caller restarts the file in `.gb18030` mode (no second pass for the
/// common case of a valid UTF-8 file).
struct DecodedFileStream {
    /// Thrown in UTF-8 mode on the first byte that is not UTF-8.
    struct NotUTF8: Error {}
    /// Thrown in GB18030 mode on bytes that are not GB18030 either.
    struct Undecodable: Error { var offset: Int64 }
    /// The file could not be opened or read.
    struct Unreadable: Error { var reason: String }

    static let chunkSize = 1 << 20

    var path: String
    var encoding: InputFileReport.Encoding
    /// UTF-8 only: chunks are read, hashed and validated ahead on a thread of their own (`ChunkReadAhead`).
    var readAhead = false

    /// Streams the file; `body` gets UTF-8 chunks and a final empty chunk with `isFinal`.
    /// `onChunk` gets the raw bytes read so far. Returns the SHA-256 (lower-case hex) and the byte count.
    func run(onChunk: (Int64) -> Void,
             _ body: (UnsafeRawBufferPointer, _ isFinal: Bool) throws -> Void) throws -> (sha256: String, bytes: Int64) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw Unreadable(reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var hasher = SHA256()
        var total: Int64 = 0
        var validator = UTF8Validator()
        let gb = encoding == .gb18030 ? GB18030Decoder() : nil
        if encoding == .gb18030, gb == nil { throw Undecodable(offset: 0) }
        let converted = ByteBuffer(capacity: encoding == .gb18030 ? Self.chunkSize * 2 : 16)
        // The first bytes wait until the byte-order mark question is settled (nil once it is).
        var head: [UInt8]? = []
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

        func emit(_ bytes: UnsafeRawBufferPointer, isFinal: Bool) throws {
            guard var pending = head else { return try body(bytes, isFinal) }
            if pending.count + bytes.count < 3 && !isFinal {
                pending.append(contentsOf: bytes)
                head = pending
                return
            }
            head = nil
            if pending.isEmpty {
                let drop = bytes.starts(with: bom) ? 3 : 0
                try body(UnsafeRawBufferPointer(rebasing: bytes[drop...]), isFinal)
            } else {
                pending.append(contentsOf: bytes)
                let drop = pending.starts(with: bom) ? 3 : 0
                try pending.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[drop...]), isFinal) }
            }
        }

        if readAhead, gb == nil {
            let ahead = ChunkReadAhead(fd: fd, chunkSize: Self.chunkSize)
            defer { ahead.stop() }
            while true {
                let chunk = try ahead.next()
                try emit(chunk.bytes, isFinal: chunk.isFinal)
                total += Int64(chunk.bytes.count)
                onChunk(total)
                ahead.recycle(chunk)
                if chunk.isFinal { break }
            }
            return (Self.hex(ahead.digest!), total)
        }
        let raw = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 16)
        defer { raw.deallocate() }
        while true {
            let n = read(fd, raw.baseAddress, Self.chunkSize)
            if n < 0 {
                if errno == EINTR { continue }
                throw Unreadable(reason: String(cString: strerror(errno)))
            }
            let chunk = UnsafeRawBufferPointer(rebasing: raw[0..<n])
            let isFinal = n == 0
            hasher.update(bufferPointer: chunk)
            if let gb {
                converted.removeAll()
                guard gb.convert(chunk, isFinal: isFinal, into: converted) else { throw Undecodable(offset: total) }
                try emit(converted.bytes, isFinal: isFinal)
            } else {
                guard validator.validate(chunk, isFinal: isFinal) else { throw NotUTF8() }
                try emit(chunk, isFinal: isFinal)
            }
            total += Int64(n)
            onChunk(total)
            if isFinal { break }
        }
        return (Self.hex(hasher.finalize()), total)
    }

    /// The digest in lower-case hex.
    private static func hex(_ digest: SHA256.Digest) -> String {
        let hex = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in digest {
            text.append(hex[Int(byte >> 4)])
            text.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
