/// The columns of one input table by name (inputs.md "Tables"): each case's raw value is its place in the
/// table's schema, so a loader reads `row.text(.unitID)`, never a bare position, and the schema is made from
/// the same cases.
package protocol TableColumn: RawRepresentable, CaseIterable, Sendable where RawValue == Int {
    /// The column's canonical name, Chinese alias and presence.
    var spec: ColumnSpec { get }
}

extension TableSchema {
    /// The schema of a table whose columns are `Column`, in the order of its cases.
    init<Column: TableColumn>(_ column: Column.Type) { self.init(Column.allCases.map(\.spec)) }
}
