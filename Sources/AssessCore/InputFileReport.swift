/// What was read from one input file, for the manifest and the data-quality sheet.
public struct InputFileReport: Hashable, Sendable {
    public enum Format: String, Sendable { case csv, json, jsonl, xlsx }
    public enum Encoding: String, Sendable { case utf8 = "UTF-8", gb18030 = "GB18030" }

    /// Table name (`findings`).
    public var table: String
    /// Path as given (data directory + file name).
    public var path: String
    public var format: Format
    public var encoding: Encoding
    /// Lower-case hex SHA-256 of the file's bytes.
    public var sha256: String
    public var bytes: Int64
    public var read: Int
    public var accepted: Int
    public var rejected: Int

    public init(table: String, path: String, format: Format, encoding: Encoding, sha256: String, bytes: Int64,
                read: Int, accepted: Int, rejected: Int) {
        self.table = table
        self.path = path
        self.format = format
        self.encoding = encoding
        self.sha256 = sha256
        self.bytes = bytes
        self.read = read
        self.accepted = accepted
        self.rejected = rejected
    }
}
