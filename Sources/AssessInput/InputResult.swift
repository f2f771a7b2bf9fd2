import AssessCore

/// Everything read from a data directory: the validated tables, per-file counts, every rejected row
/// and the warnings for the summary.
public struct InputResult: Sendable {
    public var data: QuarterData
    /// One per file read, in table order.
    public var files: [InputFileReport]
    /// Every rejected row: tables in reading order, rows in file order within a file.
    public var rejects: [RejectedRow]
    /// Warnings (an optional table absent, an unknown column ignored, …).
    public var warnings: [RunWarning]

    /// Units whose rows (or their media's rows) were rejected, with counts by table.
    public var dataIssues: DataIssues { DataIssues(rejects: rejects, media: data.media) }

    public init(data: QuarterData, files: [InputFileReport], rejects: [RejectedRow], warnings: [RunWarning]) {
        self.data = data
        self.files = files
        self.rejects = rejects
        self.warnings = warnings
    }
}

/// How far the reading of one table has got (reported about once per megabyte).
public struct ReadProgress: Sendable {
    /// Table name (`posts`).
    public var table: String
    /// Rows read so far.
    public var rows: Int
    /// Bytes of the file read so far.
    public var bytes: Int64
    /// Size of the file.
    public var totalBytes: Int64

    public init(table: String, rows: Int, bytes: Int64, totalBytes: Int64) {
        self.table = table
        self.rows = rows
        self.bytes = bytes
        self.totalBytes = totalBytes
    }
}
