import AssessCore

/// systems — 制度建设 (inputs.md "systems").
package struct SystemsTable: TableLoader {
    package static let table = InputTable.systems
    static let schema = TableSchema([
        ColumnSpec("unit_id", "单位编码", .required),
        ColumnSpec("system", "制度", .required),
        ColumnSpec("established_on", "建立日期", .required),
        ColumnSpec("document", "文件"),
    ])
    private static let kinds = EnumLookup<SystemKind>()

    let registry: Registry
    package private(set) var systems: [DeclaredSystem] = []

    package init(registry: Registry) { self.registry = registry }

    package mutating func load(_ row: RowFields) throws(RejectReason) {
        let system = DeclaredSystem(unitID: try row.text(0), system: try row.value(1, Self.kinds),
                                    establishedOn: try row.day(2), document: try row.optionalText(3))
        guard registry.unitIndex[system.unitID] != nil else {
            throw .unknownReference(Self.schema.columns[0], system.unitID, in: registry.unitsFile)
        }
        systems.append(system)
    }
}
