/// The nine input tables, in reading order (inputs.md "Validation": units → media → editors, systems,
/// complaints → findings, inspections, posts; reviews.md: reviews after the findings they refer to).
package enum InputTable: String, CaseIterable, Sendable {
    case units, media, editors, systems, complaints, findings, inspections, posts, reviews

    /// Absent required table = fatal; absent optional = empty.
    var isRequired: Bool {
        switch self {
        case .editors, .systems, .complaints, .reviews: false
        default: true
        }
    }

    /// Chinese name for messages (`巡查问题`).
    var chinese: String {
        switch self {
        case .units: "单位"
        case .media: "网站及新媒体"
        case .editors: "管理编辑人员"
        case .systems: "制度建设"
        case .complaints: "群众投诉"
        case .findings: "巡查问题"
        case .inspections: "巡查记录"
        case .posts: "发布记录"
        case .reviews: "复核"
        }
    }

    package var schema: TableSchema {
        switch self {
        case .units: UnitsTable.schema
        case .media: MediaTable.schema
        case .editors: EditorsTable.schema
        case .systems: SystemsTable.schema
        case .complaints: ComplaintsTable.schema
        case .findings: FindingsTable.schema
        case .inspections: InspectionsTable.schema
        case .posts: PostsTable.schema
        case .reviews: ReviewsTable.schema
        }
    }
}
