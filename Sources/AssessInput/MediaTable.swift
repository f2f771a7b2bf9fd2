import AssessCore

/// media — 网站及新媒体 (inputs.md "media").
package struct MediaTable: TableLoader {
    package static let table = InputTable.media
    static let schema = TableSchema(Column.self)

    package enum Column: Int, TableColumn {
        case mediaID, unitID, kind, name, address, status, openedOn, closedOn

        package var spec: ColumnSpec {
            switch self {
            case .mediaID: ColumnSpec("media_id", "媒体编码", .required)
            case .unitID: ColumnSpec("unit_id", "单位编码", .required)
            case .kind: ColumnSpec("kind", "类型", .required)
            case .name: ColumnSpec("name", "名称", .required)
            case .address: ColumnSpec("address", "地址")
            case .status: ColumnSpec("status", "状态", .required)
            case .openedOn: ColumnSpec("opened_on", "开设日期")
            case .closedOn: ColumnSpec("closed_on", "关停日期")
            }
        }
    }
    private static let kinds = EnumLookup<MediaKind>()
    private static let statuses = EnumLookup<MediaStatus>()

    let registry: Registry
    package private(set) var media: [Media] = []
    private(set) var index: [String: Int] = [:]
    private var lines: [Int] = []

    package init(registry: Registry) { self.registry = registry }

    package mutating func load(_ row: RowFields<Column>) throws(RejectReason) {
        let item = Media(id: try row.text(.mediaID), unitID: try row.text(.unitID),
                         kind: try row.value(.kind, Self.kinds), name: try row.text(.name),
                         address: try row.optionalText(.address), status: try row.value(.status, Self.statuses),
                         openedOn: try row.optionalDay(.openedOn), closedOn: try row.optionalDay(.closedOn))
        if let first = index[item.id] { throw .duplicate(Column.mediaID.spec, item.id, firstLine: lines[first]) }
        guard registry.unitIndex[item.unitID] != nil else {
            throw .unknownReference(Column.unitID.spec, item.unitID, in: registry.unitsFile)
        }
        if item.status != .active, item.closedOn == nil { throw .closedOnRequired(item.status) }
        if let opened = item.openedOn, let closed = item.closedOn, closed < opened {
            throw .closedBeforeOpened(closed: closed, opened: opened)
        }
        index[item.id] = media.count
        media.append(item)
        lines.append(row.line)
    }
}

extension RejectReason {
    /// Rule 4: a media that is not 运行 needs its closing date.
    static func closedOnRequired(_ status: MediaStatus) -> RejectReason {
        RejectReason(column: "closed_on", "状态为“\(status.chinese)”的媒体必须填写关停日期（closed_on）：请补填关停或注销的日期")
    }

    /// Rule 4: closing before opening.
    static func closedBeforeOpened(closed: Day, opened: Day) -> RejectReason {
        RejectReason(column: "closed_on", "关停日期 \(closed) 早于开设日期 \(opened)：请核对这两个日期")
    }
}
