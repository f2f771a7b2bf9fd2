import AssessCore

/// complaints — 群众投诉 (inputs.md "complaints").
package struct ComplaintsTable: TableLoader {
    package static let table = InputTable.complaints
    static let schema = TableSchema([
        ColumnSpec("complaint_id", "投诉编号", .required),
        ColumnSpec("unit_id", "单位编码", .oneOfRequired),
        ColumnSpec("media_id", "媒体编码", .oneOfRequired),
        ColumnSpec("received_at", "受理时间", .required),
        ColumnSpec("substantiated", "是否属实", .required),
        ColumnSpec("channel", "渠道"),
    ])

    let registry: Registry
    package private(set) var complaints: [Complaint] = []
    private var lines: [String: Int] = [:]

    package init(registry: Registry) { self.registry = registry }

    package mutating func load(_ row: RowFields) throws(RejectReason) {
        let id = try row.text(0)
        let unitID = try row.optionalText(1)
        let mediaID = try row.optionalText(2)
        if unitID == nil && mediaID == nil { throw .unitOrMediaRequired }
        let complaint = Complaint(id: id, unitID: unitID, mediaID: mediaID, receivedAt: try row.dateTime(3),
                                  substantiated: try row.bool(4), channel: try row.optionalText(5))
        if let first = lines[id] { throw .duplicate(Self.schema.columns[0], id, firstLine: first) }
        if let unitID, registry.unitIndex[unitID] == nil {
            throw .unknownReference(Self.schema.columns[1], unitID, in: registry.unitsFile)
        }
        var owner: String?
        if let mediaID {
            guard let m = registry.mediaIndex[mediaID] else {
                throw .unknownReference(Self.schema.columns[2], mediaID, in: registry.mediaFile)
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
