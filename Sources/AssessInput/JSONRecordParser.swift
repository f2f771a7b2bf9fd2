import AssessCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Streams the records of a `.json` file (one array of objects; anything else is fatal) or a `.jsonl`
/// file (one object per line; a line that is not an object is a rejected row; blank lines skipped).
/// A record's "line" is its 1-based object index. A `.jsonl` file's lines end in LF or CRLF, or in a lone CR
/// when its first line end is one (decided per file, as for CSV; JSON text holds no raw CR or LF).
package final class JSONRecordParser: RecordParser {
    package enum Mode { case array, lines }

    private enum ArrayState { case start, firstOrEnd, afterElement, element, done }

    private let file: String
    private let mode: Mode
    private let scanner: JSONObjectScanner
    private let buffer = ByteBuffer(capacity: DecodedFileStream.chunkSize + 4096)
    private let scratch = ByteBuffer(capacity: 4096)
    private let values: UnsafeMutableBufferPointer<FieldValue>
    private var seen: [Bool]
    private var state = ArrayState.start
    private var index = 0
    /// `.jsonl`: the byte that ends a line (LF, or CR in a lone-CR file), once the first line end is seen.
    private var lineBreak: UInt8?
    package let warnings: [RunWarning] = []

    package init(file: String, schema: TableSchema, mode: Mode) {
        self.file = file
        self.mode = mode
        scanner = JSONObjectScanner(schema: schema, scratch: scratch)
        values = .allocate(capacity: schema.columns.count)
        values.initialize(repeating: .absent)
        seen = Array(repeating: false, count: schema.columns.count)
    }

    deinit { values.deallocate() }

    package func consume(_ chunk: UnsafeRawBufferPointer, isFinal: Bool, _ handle: (inout RawRecord) throws -> Void) throws {
        buffer.append(chunk)
        let p = UnsafePointer(buffer.base)
        let count = buffer.count
        let consumed = switch mode {
        case .array: try consumeArray(p, count: count, isFinal: isFinal, handle)
        case .lines: try consumeLines(p, count: count, isFinal: isFinal, handle)
        }
        buffer.discardFirst(consumed)
        if buffer.count > maxRecordBytes { throw InputError.recordTooLong(file, line: index + 1, limit: maxRecordBytes) }
    }

    /// Scans one object into a fresh record; the scratch is sized for the rest of the buffer first.
    private func scanObject(_ p: UnsafePointer<UInt8>, from start: Int, count: Int) -> JSONObjectScanner.Outcome {
        for i in 0..<values.count { values[i] = .absent }
        for i in seen.indices { seen[i] = false }
        scratch.removeAll()
        scratch.reserve(count - start + 16)
        return scanner.scan(p, from: start, count: count, into: values, seen: &seen)
    }

    // MARK: - .json

    private func consumeArray(_ p: UnsafePointer<UInt8>, count: Int, isFinal: Bool,
                              _ handle: (inout RawRecord) throws -> Void) throws -> Int {
        var i = 0
        while true {
            i = scanner.skipSpace(p, i, count)
            guard i < count else { break }
            let b = p[i]
            switch state {
            case .start:
                guard b == UInt8(ascii: "[") else { throw fatal("文件应以“[”开头") }
                state = .firstOrEnd
                i += 1
            case .firstOrEnd, .element:
                if state == .firstOrEnd, b == UInt8(ascii: "]") {
                    state = .done
                    i += 1
                    continue
                }
                guard b == UInt8(ascii: "{") else { throw fatal("数组元素应为 JSON 对象") }
                switch scanObject(p, from: i, count: count) {
                case .needMore:
                    if isFinal { throw fatal("文件在对象中间结束") }
                    return i
                case .malformed(let why): throw fatal(why)
                case .complete(let end):
                    index += 1
                    var record = RawRecord(line: index, values: values,
                                           raw: UnsafeRawBufferPointer(start: p + i, count: end - i), problem: nil)
                    try handle(&record)
                    i = end
                    state = .afterElement
                }
            case .afterElement:
                if b == UInt8(ascii: ",") { state = .element } else if b == UInt8(ascii: "]") { state = .done } else {
                    throw fatal("对象之间应为“,”")
                }
                i += 1
            case .done:
                throw fatal("数组“]”之后还有内容")
            }
        }
        if isFinal && state != .done {
            throw fatal(state == .start ? "文件是空的" : "文件在数组结束“]”之前结束")
        }
        return i
    }

    private func fatal(_ problem: String) -> InputError {
        InputError.notJSONArray(file, object: index + 1, problem: problem)
    }

    // MARK: - .jsonl

    private func consumeLines(_ p: UnsafePointer<UInt8>, count: Int, isFinal: Bool,
                              _ handle: (inout RawRecord) throws -> Void) throws -> Int {
        var i = 0
        while i < count {
            let lineEnd: Int
            let next: Int
            if lineBreak == nil, let decided = Self.lineBreak(p, from: i, count: count, isFinal: isFinal) {
                lineBreak = decided
            }
            if lineBreak == nil && !isFinal { break }  // a CR at the end of the chunk: wait for the next byte
            if let found = memchr(p + i, Int32(lineBreak ?? 0x0A), count - i) {
                lineEnd = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - p
                next = lineEnd + 1
            } else {
                guard isFinal else { break }
                lineEnd = count
                next = count
            }
            defer { i = next }
            var end = lineEnd
            if end > i, p[end - 1] == 0x0D, lineBreak != 0x0D { end -= 1 }
            let start = scanner.skipSpace(p, i, end)
            if start == end { continue }
            index += 1
            let raw = UnsafeRawBufferPointer(start: p + i, count: end - i)
            var record = RawRecord(line: index, values: values, raw: raw, problem: nil)
            if p[start] == UInt8(ascii: "{"), case .complete(let objectEnd) = scanObject(p, from: start, count: end),
               scanner.skipSpace(p, objectEnd, end) == end {
                try handle(&record)
            } else {
                for k in 0..<values.count { values[k] = .absent }
                record.problem = .notAnObject
                try handle(&record)
            }
        }
        return i
    }

    /// The line-end byte decided by the first CR or LF from `start`: LF for LF or CRLF, CR for a lone CR;
    /// nil while undecided (none yet, or a CR that ends the chunk).
    private static func lineBreak(_ p: UnsafePointer<UInt8>, from start: Int, count: Int, isFinal: Bool) -> UInt8? {
        var i = start
        while i < count {
            switch p[i] {
            case 0x0A: return 0x0A
            case 0x0D:
                if i + 1 < count { return p[i + 1] == 0x0A ? 0x0A : 0x0D }
                return isFinal ? 0x0D : nil
            default: i += 1
            }
        }
        return nil
    }
}
