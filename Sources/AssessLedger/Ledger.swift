import AssessCore
import Foundation
import GRDB

/// The embedded SQLite file of past quarters' results (README "ledger"): what the next quarter's decision
/// (Art. 19 notice), letter numbering and trend charts depend on, plus every run for audit.
///
/// Every failure surfaces as a Chinese `LedgerError`. Two runs at once are kept apart by `LedgerLock`;
/// the SQLite busy timeout covers any other program that briefly holds the file.
public final class Ledger: Sendable {
    /// The ledger file.
    public let path: URL
    let queue: DatabaseQueue

    /// How long a statement waits for another connection before giving up with `LedgerError.busy`.
    static let busyTimeout: TimeInterval = 5

    /// Opens the ledger at `path`, creating it (and its folder) when absent, and upgrades its tables.
    public convenience init(path: URL) throws {
        try self.init(path: path, migrateUpTo: nil)
    }

    /// Opens the ledger, running migrations only up to `target` (tests build old-version fixtures with it).
    init(path: URL, migrateUpTo target: String?) throws {
        self.path = path
        let display = path.path
        let folder = path.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw LedgerError.cannotOpen(path: display, reason: "无法创建文件夹 \(folder.path)")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: display, isDirectory: &isDirectory), isDirectory.boolValue {
            throw LedgerError.cannotOpen(path: display, reason: "该路径是一个文件夹")
        }
        var configuration = GRDB.Configuration()
        configuration.busyMode = .timeout(Self.busyTimeout)
        configuration.label = "assess.ledger"
        queue = try Self.mapping(display) { try DatabaseQueue(path: display, configuration: configuration) }
        try Self.mapping(display) {
            let migrator = LedgerSchema.migrator
            try queue.read { db in
                // Reading the schema is also what detects a file that is not SQLite at all.
                let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                if tables > 0, try !db.tableExists("grdb_migrations") {
                    throw LedgerError.notALedger(path: display)
                }
                if try migrator.hasBeenSuperseded(db) {
                    throw LedgerError.newerVersion(path: display)
                }
            }
            if let target {
                try migrator.migrate(queue, upTo: target)
            } else {
                try migrator.migrate(queue)
            }
        }
    }

    /// `ASSESS_LEDGER` when set, else `$XDG_DATA_HOME/assess/ledger.sqlite`, else
    /// `~/.local/share/assess/ledger.sqlite`.
    public static func defaultPath() -> URL {
        defaultPath(environment: ProcessInfo.processInfo.environment,
                    home: FileManager.default.homeDirectoryForCurrentUser)
    }

    static func defaultPath(environment: [String: String], home: URL) -> URL {
        if let explicit = environment["ASSESS_LEDGER"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit)
        }
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
            return URL(fileURLWithPath: dataHome).appendingPathComponent("assess/ledger.sqlite")
        }
        return home.appendingPathComponent(".local/share/assess/ledger.sqlite")
    }

    /// Runs `body`, turning any SQLite failure into a `LedgerError`; other errors pass unchanged.
    func guarded<T>(_ body: () throws -> T) throws -> T {
        try Self.mapping(path.path, body)
    }

    static func mapping<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw ledgerError(error, path: path)
        } catch let error as RowDecodingError {
            throw LedgerError.damagedContent(path: path, detail: "\(error)")
        }
    }

    static func ledgerError(_ error: DatabaseError, path: String) -> LedgerError {
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT, .SQLITE_FORMAT:
            return .corrupt(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .busy(path: path)
        case .SQLITE_CANTOPEN:
            return .cannotOpen(path: path, reason: "无法打开该文件")
        case .SQLITE_PERM, .SQLITE_AUTH:
            return .cannotOpen(path: path, reason: "没有权限")
        case .SQLITE_READONLY:
            return .cannotOpen(path: path, reason: "文件或所在磁盘只读")
        case .SQLITE_FULL:
            return .database(path: path, message: "磁盘空间不足")
        case .SQLITE_IOERR:
            return .database(path: path, message: "磁盘读写出错")
        default:
            // SQLite's own text is English: the office gets its result code to pass on to the maintainer.
            return .database(path: path, message: "数据库错误（代码 \(error.resultCode.rawValue)）")
        }
    }
}
