import AssessCore

/// reviews — 复核 (reviews.md; read like every other table, after the findings it refers to).
package struct ReviewsTable: TableLoader {
    package static let table = InputTable.reviews
    static let schema = TableSchema(Column.self)

    package enum Column: Int, TableColumn {
        case reviewID, findingID, outcome, decidedOn, reviewer, reason

        package var spec: ColumnSpec {
            switch self {
            case .reviewID: ColumnSpec("review_id", "复核编号", .required)
            case .findingID: ColumnSpec("finding_id", "问题编号", .required)
            case .outcome: ColumnSpec("outcome", "复核结论", .required)
            case .decidedOn: ColumnSpec("decided_on", "复核日期", .required)
            case .reviewer: ColumnSpec("reviewer", "复核人")
            case .reason: ColumnSpec("reason", "复核理由", .required)
            }
        }
    }
    private static let outcomes = EnumLookup<ReviewOutcome>()

    /// Ids of the accepted findings (rule 3).
    let findingIDs: Set<String>
    let findingsFile: String
    package private(set) var reviews: [FindingReview] = []
    private var lines: [String: Int] = [:]
    /// The accepted review of each finding, with its line.
    private var reviewOfFinding: [String: (id: String, line: Int)] = [:]

    package init(findingIDs: Set<String>, findingsFile: String) {
        self.findingIDs = findingIDs
        self.findingsFile = findingsFile
    }

    package mutating func load(_ row: RowFields<Column>) throws(RejectReason) {
        let review = FindingReview(
            id: try row.text(.reviewID), findingID: try row.text(.findingID),
            outcome: try row.value(.outcome, Self.outcomes), decidedOn: try row.day(.decidedOn),
            reviewer: try row.optionalText(.reviewer), reason: try row.text(.reason))
        if let first = lines[review.id] { throw .duplicate(Column.reviewID.spec, review.id, firstLine: first) }
        guard findingIDs.contains(review.findingID) else {
            throw .unknownReference(Column.findingID.spec, review.findingID, in: findingsFile)
        }
        if let first = reviewOfFinding[review.findingID] {
            throw .secondReview(review.findingID, first: first.id, firstLine: first.line)
        }
        lines[review.id] = row.line
        reviewOfFinding[review.findingID] = (review.id, row.line)
        reviews.append(review)
    }
}

extension RejectReason {
    /// At most one accepted review per finding: a later one is a duplicate of the first.
    static func secondReview(_ findingID: String, first: String, firstLine: Int) -> RejectReason {
        RejectReason(column: "finding_id",
                     "问题编号“\(findingID)”已由第 \(firstLine) 行的复核“\(first)”复核：每个问题只能有一条复核记录，以第一条为准；请删除或合并重复的复核")
    }
}
