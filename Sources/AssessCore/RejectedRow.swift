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
    /// The row's raw `unit_id`, when the table has one and the row's fields could be told apart.
    public var unitID: String?
    /// The row's raw `media_id`, likewise: with `unitID`, how `DataIssues` finds the unit a rejected row concerns.
    public var mediaID: String?

    public init(file: String, line: Int, column: String, reason: String, raw: String,
                unitID: String? = nil, mediaID: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
        self.raw = raw
        self.unitID = unitID
        self.mediaID = mediaID
    }

    /// The table the row belongs to: the file name before its first dot (`findings.csv` → `findings`).
    public var table: String { String(file.prefix { $0 != "." }) }
}
