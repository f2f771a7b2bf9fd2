import AssessCore

/// posts — 发布记录 (inputs.md "posts"), folded into `MediaActivity` as read; titles are never kept.
package struct PostsTable: TableLoader {
    package static let table = InputTable.posts
    static let schema = TableSchema(Column.self)

    package enum Column: Int, TableColumn {
        case mediaID, publishedAt, title

        package var spec: ColumnSpec {
            switch self {
            case .mediaID: ColumnSpec("media_id", "媒体编码", .required)
            case .publishedAt: ColumnSpec("published_at", "发布时间", .required)
            case .title: ColumnSpec("title", "标题", valueRead: false)
            }
        }
    }

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
        let moment = try row.dateTime(.publishedAt)
        try row.unused(.title)
        guard let m = registry.mediaKeys.find(mediaID) else {
            throw .unknownReference(Column.mediaID.spec, ByteText.string(mediaID), in: registry.mediaFile)
        }
        activity[m].addPost(at: moment, quarter: quarter)
    }
}
