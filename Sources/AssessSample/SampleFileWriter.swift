import Foundation

/// Writes one generated table row by row through a 1 MiB buffer, as CSV or JSON Lines, in UTF-8 or GB18030.
/// Nothing but the buffer is held in memory, so a nation-sized set streams.
final class SampleFileWriter {
    private let handle: FileHandle
    private let format: SampleFormat
    private let encoding: SampleEncoding
    private let columns: [String]
    private var buffer: [UInt8] = []
    private(set) var rows = 0

    init(directory: URL, table: String, columns: [String], format: SampleFormat, encoding: SampleEncoding) throws {
        let url = directory.appendingPathComponent("\(table).\(format.rawValue)")
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path])
        }
        handle = try FileHandle(forWritingTo: url)
        self.format = format
        self.encoding = encoding
        self.columns = columns
        buffer.reserveCapacity(1 << 20)
        if format == .csv { append(columns.joined(separator: ",") + "\n") }
    }

    /// One row; values in `columns` order, empty string = absent. Values never need CSV quoting here except
    /// where they contain a comma or quote, which `csvField` handles.
    func row(_ values: [String]) throws {
        switch format {
        case .csv:
            append(values.map(csvField).joined(separator: ",") + "\n")
        case .jsonl:
            let members = zip(columns, values).filter { !$0.1.isEmpty }.map { "\"\($0.0)\":\(jsonString($0.1))" }
            append("{" + members.joined(separator: ",") + "}\n")
        }
        rows += 1
        if buffer.count >= 1 << 20 { try flush() }
    }

    func close() throws {
        try flush()
        try handle.close()
    }

    private func append(_ text: String) { buffer.append(contentsOf: text.utf8) }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        switch encoding {
        case .utf8:
            try handle.write(contentsOf: buffer)
        case .gb18030:
            let text = String(decoding: buffer, as: UTF8.self)
            guard let data = text.data(using: String.Encoding(rawValue: 0x8000_0632)) else {
                throw CocoaError(.fileWriteInapplicableStringEncoding)
            }
            try handle.write(contentsOf: data)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    private func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    private func jsonString(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
