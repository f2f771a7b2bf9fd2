import AssessCore
import AssessLedger
import Foundation

/// `assess history`: what the ledger remembers, as the console shows it (one unit's quarters, or one quarter's
/// results and runs), with the withdrawn letters of either.
public struct LedgerHistory {
    private let ledger: Ledger

    /// The default ledger file: `$ASSESS_LEDGER`, else the XDG data folder (docs/ARCHITECTURE.md).
    public static func defaultPath() -> URL { Ledger.defaultPath() }

    /// Opens the ledger at `path` (the default location when nil); one that does not exist is a `HistoryFailure`.
    public init(path: URL?) throws {
        let path = path ?? Ledger.defaultPath()
        guard FileManager.default.fileExists(atPath: path.path) else {
            throw HistoryFailure("台账文件 \(path.path) 不存在：还没有运行过 assess run，或请用 --ledger 指定台账文件。")
        }
        ledger = try Ledger(path: path)
    }

    /// One unit's recorded quarters, as tables for the console.
    public struct UnitHistory: Sendable {
        public var unitID: String
        /// The quarters: score, decision, letter number, ideology deduction.
        public var table: String
        /// The unit's withdrawn letters, when it has any.
        public var withdrawn: String?
        fileprivate var rows: [RecordedResult]
    }

    /// The unit `query` names (an id, a name or part of one); several or none is a `HistoryFailure`.
    public func unit(_ query: String) throws -> UnitHistory {
        let unitID: String
        switch try ledger.findUnit(query) {
        case .found(let id):
            unitID = id
        case .ambiguous(let candidates):
            throw HistoryFailure("有 \(candidates.count) 个单位的名称包含“\(query)”（见上表）。请用单位编码或更完整的名称重新查询。",
                                 details: HistoryTables.candidates(candidates))
        case .none:
            throw HistoryFailure("台账中没有编码或名称为“\(query)”的单位，也没有名称包含它的单位。请检查输入，或用 --quarter 查看某季度的全部单位。")
        }
        let rows = try ledger.results(ofUnit: unitID)
        let withdrawn = try ledger.withdrawnLetters().filter { $0.unitID == unitID }
        return UnitHistory(unitID: unitID, table: HistoryTables.unit(rows),
                           withdrawn: WithdrawnLettersTable.render(withdrawn), rows: rows)
    }

    /// Writes `history` as a CSV for people (never over the ledger itself).
    public func writeCSV(_ history: UnitHistory, to file: URL) throws {
        try HistoryTables.writeUnitCSV(history.rows, to: file, ledger: ledger.path)
    }

    /// One quarter's results (its last run) and every run of it, as lines for the console; a quarter never run
    /// is a `HistoryFailure`.
    public func quarter(_ quarter: Quarter) throws -> [String] {
        let runs = try ledger.runs(of: quarter)
        guard !runs.isEmpty else { throw HistoryFailure("台账中没有 \(quarter) 的运行记录。") }
        let results = try ledger.results(of: quarter)
        var lines = [
            "\(quarter.chinese)的考核结果（取最后一次运行）：" + HistoryTables.quarterTotals(results),
            HistoryTables.quarter(results), "\n历次运行：", HistoryTables.runs(runs),
        ]
        let withdrawn = try ledger.withdrawnLetters().filter { $0.quarter == quarter.description }
        if let text = WithdrawnLettersTable.render(withdrawn) { lines.append(text) }
        return lines
    }
}

/// A history question the ledger cannot answer: the message, and what to show before it (the candidates of an
/// ambiguous name).
public struct HistoryFailure: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var details: String?

    public init(_ message: String, details: String? = nil) {
        self.message = message
        self.details = details
    }

    public var description: String { message }
}
