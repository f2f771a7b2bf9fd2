import AssessCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One value of a record as the parsers see it.
package enum FieldValue {
    /// Empty, `null`, or a missing key/column.
    case absent
    /// A JSON object or array where a value was expected.
    case nested
    /// The trimmed, unquoted UTF-8 bytes (valid only while the record is handled).
    case bytes(UnsafeRawBufferPointer)
    /// A spreadsheet cell with no usable value: an error such as `#N/A` (its text), or a formula without a
    /// cached result (empty). Always an invalid value (rule 1).
    case cellError(UnsafeRawBufferPointer)
}

/// A structural problem that rejects a record before any value is looked at.
package enum RecordProblem {
    case fieldCount(expected: Int, found: Int)
    case notAnObject
}

/// One row of an input file, as byte slices that are valid only during the parser's callback.
package struct RawRecord {
    /// Physical line where the row starts (CSV), or the 1-based object index (JSON, JSON Lines).
    package var line: Int
    /// One value per schema column.
    package var values: UnsafeMutableBufferPointer<FieldValue>
    /// The row's text as it stood in the file (after decoding to UTF-8), without its line break.
    var raw: UnsafeRawBufferPointer
    package var problem: RecordProblem?
    /// Makes the row's text on demand, for a form whose rows have no contiguous text (a worksheet row is
    /// rebuilt CSV-style only when it is rejected); nil when `raw` is the text. Valid, like the bytes, only during
    /// the parser's callback: not retained, so a record is copied without reference counting (a closure here
    /// was retained and released several times a row).
    unowned(unsafe) var rawSource: (any RawTextSource)? = nil

    package var rawText: String { rawSource?.rawText() ?? String(decoding: raw, as: UTF8.self) }

    /// The text of a column's value, nil when there is no such column or the value is absent or nested.
    func text(at column: Int?) -> String? {
        guard let column, case .bytes(let bytes) = values[column] else { return nil }
        return ByteText.string(bytes)
    }
}

/// A parser that rebuilds the current row's text when asked (`RawRecord.rawSource`).
protocol RawTextSource: AnyObject {
    func rawText() -> String
}

/// Byte helpers shared by the parsers.
package enum ByteText {
    static let space: UInt8 = 0x20

    /// The range of `bytes` without surrounding U+0020 (tabs and other spaces are data).
    static func trimmedRange(_ bytes: UnsafeRawBufferPointer) -> Range<Int> {
        var lower = 0, upper = bytes.count
        while lower < upper, bytes[lower] == space { lower += 1 }
        while upper > lower, bytes[upper - 1] == space { upper -= 1 }
        return lower..<upper
    }

    static func trimmed(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(rebasing: bytes[trimmedRange(bytes)])
    }

    package static func string(_ bytes: UnsafeRawBufferPointer) -> String { String(decoding: bytes, as: UTF8.self) }

    /// Byte equality (`memcmp`), without the generic sequence machinery.
    @inline(__always)
    static func equal(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        guard a.count == b.count else { return false }
        guard let pa = a.baseAddress, let pb = b.baseAddress else { return a.count == 0 }
        return memcmp(pa, pb, a.count) == 0
    }

    static func equal(_ a: UnsafeRawBufferPointer, _ b: [UInt8]) -> Bool {
        b.withUnsafeBytes { equal(a, $0) }
    }
}

/// The parser's side of a table read: feed decoded chunks, get records.
package protocol RecordParser {
    /// Warnings found while parsing (unknown header columns, …).
    var warnings: [RunWarning] { get }
    /// Parses every complete record of the stream so far; `isFinal` marks the end of the file.
    mutating func consume(_ chunk: UnsafeRawBufferPointer, isFinal: Bool,
                          _ handle: (inout RawRecord) throws -> Void) throws
}

/// Longest record a parser buffers (16 MB). A record still unfinished after this many bytes is fatal:
/// an unclosed quote or bracket would otherwise pull the rest of a huge file into memory.
let maxRecordBytes = 16 << 20
