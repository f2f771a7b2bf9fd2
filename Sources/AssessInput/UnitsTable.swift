import AssessCore

/// units — 单位 (inputs.md "units").
package struct UnitsTable: TableLoader {
    package static let table = InputTable.units
    static let schema = TableSchema(Column.self)

    package enum Column: Int, TableColumn {
        case unitID, name, category, adminFunction, region

        package var spec: ColumnSpec {
            switch self {
            case .unitID: ColumnSpec("unit_id", "单位编码", .required)
            case .name: ColumnSpec("name", "单位名称", .required)
            case .category: ColumnSpec("category", "单位类别", .required)
            case .adminFunction: ColumnSpec("admin_function", "具有行政职能")
            case .region: ColumnSpec("region", "所属地区", .required)
            }
        }
    }
    private static let categories = EnumLookup<UnitCategory>()

    package private(set) var units: [Unit] = []
    private(set) var index: [String: Int] = [:]
    private var lines: [Int] = []

    package init() {}

    package mutating func load(_ row: RowFields<Column>) throws(RejectReason) {
        let unit = Unit(id: try row.text(.unitID), name: try row.text(.name),
                        category: try row.value(.category, Self.categories),
                        adminFunction: try row.optionalBool(.adminFunction) ?? false, region: try row.text(.region))
        if let first = index[unit.id] { throw .duplicate(Column.unitID.spec, unit.id, firstLine: lines[first]) }
        index[unit.id] = units.count
        units.append(unit)
        lines.append(row.line)
    }
}
