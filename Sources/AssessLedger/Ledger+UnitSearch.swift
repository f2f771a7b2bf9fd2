import AssessCore
import Foundation
import GRDB

extension Ledger {
    /// Finds a unit by what a clerk typed (year.md "History"): its id; else its name as recorded in any quarter;
    /// else a part of such a name. The first step that matches decides: one unit is found, several are ambiguous.
    public func findUnit(_ query: String) throws -> UnitSearch {
        let text = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return .none }
        return try guarded {
            try queue.read { db in
                let steps = [
                    "SELECT DISTINCT unit_id FROM unit_result WHERE unit_id = ?",
                    "SELECT DISTINCT unit_id FROM unit_result WHERE unit_name = ?",
                    "SELECT DISTINCT unit_id FROM unit_result WHERE instr(unit_name, ?) > 0",
                ]
                for sql in steps {
                    let ids = try String.fetchAll(db, sql: sql, arguments: [text])
                    if ids.count == 1, let id = ids.first { return .found(id) }
                    if ids.count > 1 {
                        return .ambiguous(try ids.sorted { $0.precedesInByteOrder($1) }.map { try candidate($0, db) })
                    }
                }
                return .none
            }
        }
    }

    private func candidate(_ unitID: String, _ db: Database) throws -> UnitCandidate {
        let row = try Row.fetchOne(db, sql: """
            SELECT quarter, unit_name FROM unit_result WHERE unit_id = ? ORDER BY quarter DESC LIMIT 1
            """, arguments: [unitID])
        return UnitCandidate(unitID: unitID, latestName: try row?.decode(forColumn: "unit_name") ?? "",
                             latestQuarter: try row?.decode(forColumn: "quarter") ?? "")
    }
}
