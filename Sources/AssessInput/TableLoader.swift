import AssessCore

/// Turns the rows of one table into model values, or says why a row is rejected (rules 1–4 of
/// inputs.md "Validation", checked in that order).
package protocol TableLoader {
    /// The table's columns, by name.
    associatedtype Column: TableColumn
    static var table: InputTable { get }
    /// Accepts the row or throws the first reason that holds.
    mutating func load(_ row: RowFields<Column>) throws(RejectReason)
}

/// The accepted units and media that later tables refer to (rule 3).
package struct Registry: Sendable {
    package var unitIndex: [String: Int] = [:]
    package var mediaIndex: [String: Int] = [:]
    /// The same, looked up from bytes (for the big streams).
    package var mediaKeys = ByteKeyIndex()
    /// Owning unit of each accepted media, by media index.
    package var mediaUnit: [String] = []
    var unitsFile = "units.csv"
    var mediaFile = "media.csv"

    package init() {}
}
