import AssessCore

/// inspections — 巡查记录 (inputs.md "inspections"), folded into `MediaActivity` as read.
package struct InspectionsTable: TableLoader {
    package static let table = InputTable.inspections
    static let schema = TableSchema(Column.self)

    package enum Column: Int, TableColumn {
        case mediaID, date, itemsChecked

        package var spec: ColumnSpec {
            switch self {
            case .mediaID: ColumnSpec("media_id", "媒体编码", .required)
            case .date: ColumnSpec("date", "日期", .required)
            case .itemsChecked: ColumnSpec("items_checked", "检查条数", .required)
            }
        }
    }

    /// The most items one row may count (inputs.md): with it, no sum of items can overflow — a file would
    /// need 9 × 10¹² rows to reach `Int.max`.
    static let maximumItems = 1_000_000

    let registry: Registry
    let quarter: Quarter?
    /// Parallel to the accepted media.
    private(set) var activity: [MediaActivity]

    package init(registry: Registry, quarter: Quarter?) {
        self.registry = registry
        self.quarter = quarter
        activity = Array(repeating: MediaActivity(), count: registry.mediaUnit.count)
    }

    package mutating func load(_ row: RowFields<Column>) throws(RejectReason) {
        let mediaID = try row.required(.mediaID)
        let day = try row.day(.date)
        let items = try row.int(.itemsChecked)
        guard let m = registry.mediaKeys.find(mediaID) else {
            throw .unknownReference(Column.mediaID.spec, ByteText.string(mediaID), in: registry.mediaFile)
        }
        if items < 0 { throw .negativeItems(items) }
        if items > Self.maximumItems { throw .tooManyItems(items) }
        activity[m].addInspection(on: day, items: items, quarter: quarter)
    }
}

extension RejectReason {
    /// Rule 4: a count of checked items cannot be negative.
    static func negativeItems(_ items: Int) -> RejectReason {
        RejectReason(column: "items_checked", "检查条数 \(items) 为负数：应为 0 或正整数")
    }

    /// Rule 4: more items than one row may count.
    static func tooManyItems(_ items: Int) -> RejectReason {
        RejectReason(column: "items_checked",
                     "检查条数 \(items) 超出范围：每行应在 0 到 1000000 之间，请核对该行（多日或多次的检查请分行填写）")
    }
}
