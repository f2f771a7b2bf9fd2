import AssessCore

/// systems — 制度建设 (inputs.md "systems").
package struct SystemsTable: TableLoader {
    package static let table = InputTable.systems
    static let schema = TableSchema(Column.self)

    package enum Column: Int, TableColumn {
        case unitID, system, establishedOn, document

        package var spec: ColumnSpec {
            switch self {
            case .unitID: ColumnSpec("unit_id", "单位编码", .required)
            case .system: ColumnSpec("system", "制度", .required)
            case .establishedOn: ColumnSpec("established_on", "建立日期", .required)
            case .document: ColumnSpec("document", "文件")
            }
        }
    }
    private static let kinds = EnumLookup<SystemKind>()

    let registry: Registry
    package private(set) var systems: [DeclaredSystem] = []

    package init(registry: Registry) { self.registry = registry }

    package mutating func load(_ row: RowFields<Column>) throws(RejectReason) {
        let system = DeclaredSystem(unitID: try row.text(.unitID), system: try row.value(.system, Self.kinds),
                                    establishedOn: try row.day(.establishedOn), document: try row.optionalText(.document))
        guard registry.unitIndex[system.unitID] != nil else {
            throw .unknownReference(Column.unitID.spec, system.unitID, in: registry.unitsFile)
        }
        systems.append(system)
    }
}
