import Foundation

/// Why the ledger could not be used, in words an office clerk can act on (Chinese).
///
/// Every SQLite failure is turned into one of these at the call that met it; the ledger never crashes.
public enum LedgerError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// The file (or its folder) cannot be opened or created.
    case cannotOpen(path: String, reason: String)
    /// The file is not a readable SQLite database (damaged, truncated, or another kind of file).
    case corrupt(path: String)
    /// A readable SQLite database, but not one this tool made.
    case notALedger(path: String)
    /// Written by a newer version of the tool, with migrations this version does not know.
    case newerVersion(path: String)
    /// Another process holds the database past the busy timeout.
    case busy(path: String)
    /// Another run holds the ledger lock file past the wait.
    case locked(lockPath: String, waitedSeconds: Double)
    /// `record` was handed a run and an assessment of different quarters (a programming error).
    case quarterMismatch(run: String, assessment: String)
    /// `record` was handed `unit_result` rows made from another assessment (a programming error).
    case resultsMismatch(quarter: String)
    /// A letter number the run wants to record already belongs to another unit or quarter.
    case letterNumberTaken(number: String, unitID: String, heldBy: String, heldIn: String)
    /// The notice's number is already registered for another quarter's notice.
    case noticeNumberTaken(number: String, quarter: String, heldIn: String)
    /// A stored value cannot be read back (hand-edited or damaged ledger).
    case unreadableValue(path: String, table: String, column: String, value: String)
    /// A stored row does not have the shape this version expects (hand-edited or damaged ledger).
    case damagedContent(path: String, detail: String)
    /// Any other database failure.
    case database(path: String, message: String)

    public var description: String {
        switch self {
        case let .cannotOpen(path, reason):
            "无法打开或创建台账文件 \(path)：\(reason)。请检查路径是否正确、所在文件夹是否存在且有写入权限；也可用环境变量 ASSESS_LEDGER 指定台账位置。"
        case let .corrupt(path):
            "台账文件 \(path) 已损坏或不是 SQLite 数据库，无法读取。请从备份恢复该文件；若没有备份，可将其移走后重新运行（会新建空台账，此前各季度的结果需重新运行补录）。"
        case let .notALedger(path):
            "文件 \(path) 是 SQLite 数据库，但不是本工具的台账。请检查台账路径（--ledger 或环境变量 ASSESS_LEDGER）是否指错了文件。"
        case let .newerVersion(path):
            "台账 \(path) 由更新版本的 assess 写入，当前版本无法安全使用。请升级 assess 后再运行。"
        case let .busy(path):
            "台账 \(path) 正被其他程序占用（数据库忙）。请等另一次运行或打开该文件的程序结束后重试。"
        case let .locked(lockPath, waited):
            "另一次评估正在使用台账（锁文件 \(lockPath)），等待 \(Self.seconds(waited)) 秒后仍未释放。请等其完成后重试；若确认没有其他 assess 在运行，请检查是否有卡住的 assess 进程。"
        case let .quarterMismatch(run, assessment):
            "内部错误：运行记录的季度 \(run) 与评估结果的季度 \(assessment) 不一致，未写入台账。"
        case let .resultsMismatch(quarter):
            "内部错误：\(quarter) 的单位结果行与评估结果不一致，未写入台账。"
        case let .letterNumberTaken(number, unitID, heldBy, heldIn):
            "函号 \(number) 已在 \(heldIn) 分配给单位 \(heldBy)，不能再分配给单位 \(unitID)。未写入台账，请联系维护人员。"
        case let .noticeNumberTaken(number, quarter, heldIn):
            "通报文号 \(number) 已用于 \(heldIn) 的通报，不能再用于 \(quarter) 的通报。未写入台账，请联系维护人员。"
        case let .unreadableValue(path, table, column, value):
            "台账 \(path) 中 \(table).\(column) 的值“\(value)”无法识别，台账可能被手工修改或已损坏。请从备份恢复该文件。"
        case let .damagedContent(path, detail):
            "台账 \(path) 的内容无法读取（\(detail)），台账可能被手工修改或已损坏。请从备份恢复该文件。"
        case let .database(path, message):
            "台账 \(path) 读写失败：\(message)。请检查磁盘空间和文件权限后重试。"
        }
    }

    public var errorDescription: String? { description }

    /// `5` or `0.5`: whole seconds without a decimal point.
    private static func seconds(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : String(value)
    }
}
