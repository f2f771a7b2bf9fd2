import AssessCore

/// complaints — 群众投诉 (inputs.md "complaints").
package struct ComplaintsTable: TableLoader {
    package static let table = InputTable.complaints
    static let schema = TableSchema(Column.self)

    package enum Column: Int, TableColumn {
        case complaintID, unitID, mediaID, receivedAt, substantiated, channel

        package var spec: ColumnSpec {
            switch self {
            case .complaintID: ColumnSpec("complaint_id", "投诉编号", .required)
            case .unitID: ColumnSpec("unit_id", "单位编码", .oneOfRequired)
            case .mediaID: ColumnSpec("media_id", "媒体编码", .oneOfRequired)
            case .receivedAt: ColumnSpec("received_at", "受理时间", .required)
            case .substantiated: ColumnSpec("substantiated", "是否属实", .required)
            case .channel: ColumnSpec("channel", "渠道")
            }
        }
    }

    let registry: Registry
    package private(set) var complaints: [Complaint] = []
    private var lines: [String: Int] = [:]

    package init(registry: Registry) { self.registry = registry }

    package mutating func load(_ row: RowFields<Column>) throws(RejectReason) {
        let id = try row.text(.complaintID)
        let unitID = try row.optionalText(.unitID)
        let mediaID = try row.optionalText(.mediaID)
        if unitID == nil && mediaID == nil { throw .unitOrMediaRequired }
        let complaint = Complaint(id: id, unitID: unitID, mediaID: mediaID, receivedAt: try row.dateTime(.receivedAt),
                                  substantiated: try row.bool(.substantiated), channel: try row.optionalText(.channel))
        if let first = lines[id] { throw .duplicate(Column.complaintID.spec, id, firstLine: first) }
        if let unitID, registry.unitIndex[unitID] == nil {
            throw .unknownReference(Column.unitID.spec, unitID, in: registry.unitsFile)
        }
        var owner: String?
        if let mediaID {
            guard let m = registry.mediaIndex[mediaID] else {
                throw .unknownReference(Column.mediaID.spec, mediaID, in: registry.mediaFile)
            }
            owner = registry.mediaUnit[m]
        }
        if let unitID, let mediaID, let owner, owner != unitID {
            throw .complaintMediaOfOtherUnit(mediaID, owner: owner, unitID: unitID)
        }
        lines[id] = row.line
        complaints.append(complaint)
    }
}

extension RejectReason {
    /// Rule 1 for complaints: one of unit and media is required.
    static let unitOrMediaRequired = RejectReason(column: "unit_id",
        "单位编码（unit_id）和媒体编码（media_id）都为空：至少填写其中一个")

    /// Rule 4: when both are given, the media must belong to the unit.
    static func complaintMediaOfOtherUnit(_ mediaID: String, owner: String, unitID: String) -> RejectReason {
        RejectReason(column: "media_id", "媒体“\(mediaID)”属于单位“\(owner)”，不属于本行的单位“\(unitID)”：请核对投诉对象")
    }
}
