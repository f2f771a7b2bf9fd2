/// Units whose own rows, or their media's rows, were rejected (inputs.md "Rows rejected are not penalties").
///
/// A rejected row takes no part in the rules, so such a unit may look worse than it is (a rejected `systems`
/// row reads as a missing system); these counts let the office check before it sends a letter. A row is
/// mapped to its unit by its raw `unit_id`, else by its raw `media_id` through the media table (accepted rows,
/// and rejected media rows by their raw `unit_id`); rows whose unit cannot be told are counted per table only.
public struct DataIssues: Sendable, Equatable {
    /// Rejected rows of one table.
    public struct Count: Sendable, Equatable {
        public var table: String
        public var rows: Int
    }

    /// Unit id → rejected rows by table, tables in reading order (the order the rejects come in).
    public private(set) var byUnit: [String: [Count]] = [:]
    /// Rejected rows whose unit cannot be told, by table.
    public private(set) var unattributed: [Count] = []

    public init() {}

    public init(rejects: [RejectedRow], media: [Media]) {
        guard !rejects.isEmpty else { return }
        var mediaUnit: [String: String] = [:]
        for m in media { mediaUnit[m.id] = m.unitID }
        for row in rejects where row.table == "media" {
            if let media = row.mediaID, let unit = row.unitID, mediaUnit[media] == nil { mediaUnit[media] = unit }
        }
        for row in rejects {
            if let unit = row.unitID ?? row.mediaID.flatMap({ mediaUnit[$0] }) {
                Self.add(row.table, to: &byUnit[unit, default: []])
            } else {
                Self.add(row.table, to: &unattributed)
            }
        }
    }

    /// Units concerned, in UTF-8 byte order of their ids.
    public var units: [String] { byUnit.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } }

    public var isEmpty: Bool { byUnit.isEmpty && unattributed.isEmpty }

    /// `拒收 systems 1 行、findings 2 行`, or "" when none of the unit's rows was rejected.
    public func text(for unitID: String) -> String {
        byUnit[unitID].map(Self.text) ?? ""
    }

    /// `拒收 systems 1 行、findings 2 行` for the given counts.
    public static func text(_ counts: [Count]) -> String {
        counts.isEmpty ? "" : "拒收 " + counts.map { "\($0.table) \($0.rows) 行" }.joined(separator: "、")
    }

    private static func add(_ table: String, to counts: inout [Count]) {
        if let i = counts.firstIndex(where: { $0.table == table }) {
            counts[i].rows += 1
        } else {
            counts.append(Count(table: table, rows: 1))
        }
    }
}
