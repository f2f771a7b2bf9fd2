/// An input row left out of every computation, with a reason a clerk can act on (rejects.csv).
public struct RejectedRow: Hashable, Sendable {
    /// File name as given in the data directory (`findings.csv`).
    public var file: String
    /// Physical line where the row starts (header = 1); for JSON/JSONL the 1-based object index.
    public var line: Int
    /// The column (canonical name) the reason is about; empty when it concerns the whole row.
    public var column: String
    /// Chinese reason (`必填值为空`, …).
    public var reason: String
    /// The raw row as it stood in the file (decoded to UTF-8).
    public var raw: String

    public init(file: String, line: Int, column: String, reason: String, raw: String) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
        self.raw = raw
    }
}
