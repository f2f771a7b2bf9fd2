import AssessCore

/// editors — 管理编辑人员 (inputs.md "editors").
package struct EditorsTable: TableLoader {
    package static let table = InputTable.editors
    static let schema = TableSchema(Column.self)

    package enum Column: Int, TableColumn {
        case unitID, mediaID, name, role, onStaff, phone

        package var spec: ColumnSpec {
            switch self {
            case .unitID: ColumnSpec("unit_id", "单位编码", .required)
            case .mediaID: ColumnSpec("media_id", "媒体编码")
            case .name: ColumnSpec("name", "姓名", .required)
            case .role: ColumnSpec("role", "角色", .required)
            case .onStaff: ColumnSpec("on_staff", "在编在岗", .required)
            case .phone: ColumnSpec("phone", "联系电话")
            }
        }
    }
    private static let roles = EnumLookup<EditorRole>()

    let registry: Registry
    package private(set) var editors: [Editor] = []

    package init(registry: Registry) { self.registry = registry }

    package mutating func load(_ row: RowFields<Column>) throws(RejectReason) {
        let editor = Editor(unitID: try row.text(.unitID), mediaID: try row.optionalText(.mediaID),
                            name: try row.text(.name), role: try row.value(.role, Self.roles),
                            onStaff: try row.bool(.onStaff), phone: try row.optionalText(.phone))
        guard registry.unitIndex[editor.unitID] != nil else {
            throw .unknownReference(Column.unitID.spec, editor.unitID, in: registry.unitsFile)
        }
        if let mediaID = editor.mediaID {
            guard let m = registry.mediaIndex[mediaID] else {
                throw .unknownReference(Column.mediaID.spec, mediaID, in: registry.mediaFile)
            }
            let owner = registry.mediaUnit[m]
            if owner != editor.unitID { throw .editorMediaOfOtherUnit(mediaID, owner: owner, unitID: editor.unitID) }
        }
        editors.append(editor)
    }
}

extension RejectReason {
    /// Rule 4: an editor's media must belong to the editor's unit.
    static func editorMediaOfOtherUnit(_ mediaID: String, owner: String, unitID: String) -> RejectReason {
        RejectReason(column: "media_id", "媒体“\(mediaID)”属于单位“\(owner)”，不属于本行的单位“\(unitID)”：请核对单位编码或媒体编码")
    }
}
