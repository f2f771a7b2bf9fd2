import CXLSXWriter
import Foundation
import Synchronization

/// An xlsx file being written. Only reachable inside `Workbook.write(to:options:_:)`, which closes
/// (writes) it when the body returns and frees it when the body throws.
public final class Workbook {
    let handle: UnsafeMutablePointer<lxw_workbook>
    /// Constant-memory mode: rows must come in order.
    public let constantMemory: Bool
    /// The libxlsxwriter format of each `Format` used so far. Behind a lock: while one thread writes a big sheet
    /// with styles made beforehand, another may write other sheets and make formats (`AssessWorkbook.LaterSheets`).
    private let formats = Mutex<[Format: FormatHandle]>([:])
    /// Tells this workbook's styles from any other's, even one later allocated at the same address.
    let identity = Identity()
    /// False once the file is written or abandoned: sheets kept past the body then refuse every call.
    ///
    /// Read for every cell and only ever set by `write(to:options:_:)`, so it skips the runtime exclusivity check.
    @exclusivity(unchecked) private(set) var isOpen = true

    /// The temporary folder's path given to libxlsxwriter, kept until the workbook is written or freed.
    private let temporaryDirectory: UnsafeMutablePointer<CChar>?

    private init(handle: UnsafeMutablePointer<lxw_workbook>, constantMemory: Bool,
                 temporaryDirectory: UnsafeMutablePointer<CChar>?) {
        self.handle = handle
        self.constantMemory = constantMemory
        self.temporaryDirectory = temporaryDirectory
    }

    /// Creates the workbook at `url`, lets `body` fill it, and writes the file.
    ///
    /// Nothing escapes the body: sheets, charts and formats are only valid inside it.
    public static func write(to url: URL, options: WorkbookOptions = WorkbookOptions(),
                             _ body: (Workbook) throws -> Void) throws {
        let workbook = try create(url, options: options)
        do {
            try body(workbook)
        } catch {
            workbook.abandon()
            throw error
        }
        try workbook.close(url)
    }

    /// As `write(to:options:_:)`, for a body that waits in between (for the rest of what it writes). The body
    /// runs on the caller's actor: a workbook written by an actor on a thread of its own stays on that thread.
    public static func write(to url: URL, options: WorkbookOptions = WorkbookOptions(),
                             isolation: isolated (any Actor)? = #isolation,
                             _ body: (Workbook) async throws -> Void) async throws {
        let workbook = try create(url, options: options)
        do {
            try await body(workbook)
        } catch {
            workbook.abandon()
            throw error
        }
        try workbook.close(url)
    }

    /// A new workbook at `url` with its document properties set; freed again if they cannot be set.
    private static func create(_ url: URL, options: WorkbookOptions) throws -> Workbook {
        let path = url.path
        let tmpdir = options.temporaryDirectory.map { strdup($0.path) } ?? nil
        var lxwOptions = lxw_workbook_options(constant_memory: options.constantMemory ? 1 : 0, tmpdir: tmpdir,
                                              use_zip64: options.useZip64 ? 1 : 0)
        guard let handle = path.withCString({ workbook_new_opt($0, &lxwOptions) }) else {
            free(tmpdir)
            throw XLSXError(code: nil, message: "libxlsxwriter could not create the workbook",
                            context: "workbook_new_opt \(path)")
        }
        let workbook = Workbook(handle: handle, constantMemory: options.constantMemory, temporaryDirectory: tmpdir)
        do {
            try workbook.setProperties(options.properties)
        } catch {
            workbook.abandon()
            throw error
        }
        return workbook
    }

    /// Writes the file and frees the workbook.
    private func close(_ url: URL) throws {
        isOpen = false
        defer { free(temporaryDirectory) }
        try check(workbook_close(handle), "workbook_close \(url.path)")
    }

    /// Frees the workbook without writing the file.
    private func abandon() {
        isOpen = false
        lxw_workbook_free(handle)
        free(temporaryDirectory)
    }

    /// Adds a worksheet; names are at most 31 characters, without `[]:*?/\`, unique.
    public func addWorksheet(named name: String) throws -> Worksheet {
        try ensureOpen("sheet \(name)")
        try name.withCString { try check(workbook_validate_sheet_name(handle, $0), "sheet name \(name)") }
        guard let sheet = name.withCString({ workbook_add_worksheet(handle, $0) }) else {
            throw XLSXError(code: nil, message: "libxlsxwriter could not add the sheet", context: "sheet \(name)")
        }
        return Worksheet(handle: sheet, name: name, workbook: self)
    }

    /// Adds a chart; insert it into a sheet with `Worksheet.insert(_:row:column:)`.
    public func addChart(_ kind: Chart.Kind) throws -> Chart {
        try ensureOpen("chart \(kind)")
        guard let chart = workbook_add_chart(handle, kind.lxw) else {
            throw XLSXError(code: nil, message: "libxlsxwriter could not add the chart", context: "chart \(kind)")
        }
        return Chart(handle: chart, kind: kind, workbook: self)
    }

    /// A value no other workbook has.
    struct Identity: Equatable {
        private let uuid = UUID()
    }

    /// Throws when the workbook was already written (a sheet or chart kept past the body).
    func ensureOpen(_ context: @autoclosure () -> String) throws {
        guard isOpen else {
            throw XLSXError(code: nil, message: "the workbook is already closed", context: context())
        }
    }

    /// The shared libxlsxwriter format for `format`, created on first use.
    func lxwFormat(_ format: Format?) throws -> UnsafeMutablePointer<lxw_format>? {
        guard let format, format != .plain else { return nil }
        let handle = handle
        return try formats.withLock { formats -> FormatHandle in
            if let existing = formats[format] { return existing }
            guard let created = workbook_add_format(handle) else {
                throw XLSXError(code: nil, message: "libxlsxwriter could not add the format", context: "format")
            }
            format.apply(to: created)
            let made = FormatHandle(pointer: created)
            formats[format] = made
            return made
        }.pointer
    }

    /// A libxlsxwriter format, kept in the lock's dictionary (used only under the lock or by the thread that asked).
    struct FormatHandle: @unchecked Sendable {
        let pointer: UnsafeMutablePointer<lxw_format>
    }

    private func setProperties(_ p: WorkbookProperties) throws {
        let title = p.title.map { strdup($0) } ?? nil
        let subject = p.subject.map { strdup($0) } ?? nil
        let author = p.author.map { strdup($0) } ?? nil
        defer { free(title); free(subject); free(author) }
        var props = lxw_doc_properties()
        props.title = title
        props.subject = subject
        props.author = author
        // 0 would mean "now": use the Unix epoch instead so reruns stay byte-identical.
        props.created = time_t(p.created?.secondsSince1970 ?? 1)
        try check(workbook_set_properties(handle, &props), "workbook_set_properties")
    }
}
