import AssessCore

/// posts — 发布记录 (inputs.md "posts"), folded into `MediaActivity` as read; titles are never kept.
package struct PostsTable: TableLoader {
    package static let table = InputTable.posts
    static let schema = TableSchema([
        ColumnSpec("media_id", "媒体编码", .required),
        ColumnSpec("published_at", "发布时间", .required),
        ColumnSpec("title", "标题"),
    ])

    let registry: Registry
    let quarter: Quarter?
    /// Parallel to the accepted media.
    private(set) var activity: [MediaActivity]

    package init(registry: Registry, quarter: Quarter?) {
        self.registry = registry
        self.quarter = quarter
        activity = Array(repeating: MediaActivity(), count: registry.mediaUnit.count)
    }

    package mutating func load(_ row: RowFields) throws(RejectReason) {
        let mediaID = try row.required(0)
        let moment = try row.dateTime(1)
        try row.unused(2)
        guard let m = registry.mediaKeys.find(mediaID) else {
            throw .unknownReference(Self.schema.columns[0], ByteText.string(mediaID), in: registry.mediaFile)
        }
        activity[m].addPost(at: moment, quarter: quarter)
    }
}
