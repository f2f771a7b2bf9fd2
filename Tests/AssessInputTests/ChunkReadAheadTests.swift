import Foundation
import Testing
@testable import AssessInput

/// Reading ahead on a thread of its own gives what one thread gives: the same bytes, in order, the same hash,
/// the same error after the same chunks; and it stops cleanly when the reader stops early.
@Suite struct ChunkReadAheadTests {
    /// What a stream handed on: the bytes, the chunk count, then the hash or the error.
    struct Seen: Equatable {
        var bytes: [UInt8] = []
        var chunks = 0
        var sha256: String?
        var error: String?
    }

    func stream(_ bytes: [UInt8], readAhead: Bool, stopAfter: Int? = nil) throws -> Seen {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("read-ahead-\(UUID().uuidString).csv")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var stream = DecodedFileStream(path: url.path, encoding: .utf8)
        stream.readAhead = readAhead
        var seen = Seen()
        do {
            seen.sha256 = try stream.run(onChunk: { _ in }) { chunk, _ in
                seen.bytes += chunk
                seen.chunks += 1
                if let stopAfter, seen.chunks == stopAfter { throw CancellationError() }
            }.sha256
        } catch {
            seen.error = "\(type(of: error))"
        }
        return seen
    }

    /// Three and a half chunks of Chinese text after a byte-order mark: characters cut by every chunk boundary.
    static let text: [UInt8] = {
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
        while bytes.count < DecodedFileStream.chunkSize * 7 / 2 { bytes += Array("单位,问题描述：网页第3段，".utf8) }
        return bytes
    }()

    @Test func theSameBytesAndHashAsOneThread() throws {
        let alone = try stream(Self.text, readAhead: false)
        let ahead = try stream(Self.text, readAhead: true)
        #expect(ahead == alone)
        #expect(ahead.bytes == Array(Self.text.dropFirst(3)))
        #expect(ahead.chunks >= 4)
        #expect(ahead.error == nil && ahead.sha256?.count == 64)
    }

    @Test func notUTF8InTheThirdChunkComesAfterTheTwoBefore() throws {
        var bytes = Self.text
        bytes[DecodedFileStream.chunkSize * 5 / 2] = 0xFF
        let alone = try stream(bytes, readAhead: false)
        let ahead = try stream(bytes, readAhead: true)
        #expect(ahead == alone)
        #expect(ahead.error == "NotUTF8" && ahead.chunks == 2)
    }

    @Test func anEmptyFileIsOneFinalChunk() throws {
        #expect(try stream([], readAhead: true) == stream([], readAhead: false))
    }

    @Test func aReaderThatStopsEarlyEndsTheThread() throws {
        for _ in 0..<20 {
            let seen = try stream(Self.text, readAhead: true, stopAfter: 1)
            #expect(seen.chunks == 1 && seen.error == "CancellationError")
        }
    }
}
