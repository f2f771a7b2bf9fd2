import AssessCore

/// units — 单位 (inputs.md "units").
package struct UnitsTable: TableLoader {
    package static let table = InputTable.units
    static let schema = TableSchema([
        ColumnSpec("unit_id", "单位编码", .required),
        ColumnSpec("name", "单位名称", .required),
        ColumnSpec("category", "单位类别", .required),
        ColumnSpec("admin_function", "具有行政职能"),
        ColumnSpec("region", "所属地区", .required),
    ])
    private static let categories = EnumLookup<UnitCategory>()

    package private(set) var units: [Unit] = []
    private(set) var index: [String: Int] = [:]
    private var lines: [Int] = []

    package init() {}

    package mutating func load(_ row: RowFields) throws(RejectReason) {
        let unit = Unit(id: try row.text(0), name: try row.text(1), category: try row.value(2, Self.categories),
                        adminFunction: try row.optionalBool(3) ?? false, region: try row.text(4))
        if let first = index[unit.id] { throw .duplicate(Self.schema.columns[0], unit.id, firstLine: lines[first]) }
        index[unit.id] = units.count
        units.append(unit)
        lines.append(row.line)
    }
}
