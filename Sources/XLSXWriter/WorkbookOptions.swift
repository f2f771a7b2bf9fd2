import Foundation

/// How a workbook is written.
public struct WorkbookOptions: Sendable {
    /// libxlsxwriter's constant-memory mode: each row is flushed when the next one starts, so rows of a
    /// sheet must be written in order (the wrapper checks) and memory stays flat for huge sheets.
    public var constantMemory: Bool
    /// Where libxlsxwriter keeps its temporary files; nil = the system's.
    public var temporaryDirectory: URL?
    /// ZIP64 extensions for files or parts over 4 GB.
    public var useZip64: Bool
    public var properties: WorkbookProperties

    public init(constantMemory: Bool = false, temporaryDirectory: URL? = nil, useZip64: Bool = false,
                properties: WorkbookProperties = WorkbookProperties()) {
        self.constantMemory = constantMemory
        self.temporaryDirectory = temporaryDirectory
        self.useZip64 = useZip64
        self.properties = properties
    }
}

/// Document properties. `created` is fixed (never the wall clock) so a rerun is byte-identical.
public struct WorkbookProperties: Sendable {
    public var title: String?
    public var subject: String?
    public var author: String?
    /// Creation moment in UTC; nil = 1970-01-01 00:00:01 UTC, never "now".
    public var created: DateTime?

    public init(title: String? = nil, subject: String? = nil, author: String? = nil, created: DateTime? = nil) {
        self.title = title
        self.subject = subject
        self.author = author
        self.created = created
    }
}
