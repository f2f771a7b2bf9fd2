import AssessCore

/// findings — 巡查问题 (inputs.md "findings").
package struct FindingsTable: TableLoader {
    package static let table = InputTable.findings
    static let schema = TableSchema(Column.self)

    package enum Column: Int, TableColumn {
        case findingID, mediaID, detectedAt, category, severity, notifiedAt, fixedAt, verdict, source, url, description

        package var spec: ColumnSpec {
            switch self {
            case .findingID: ColumnSpec("finding_id", "问题编号", .required)
            case .mediaID: ColumnSpec("media_id", "媒体编码", .required)
            case .detectedAt: ColumnSpec("detected_at", "发现时间", .required)
            case .category: ColumnSpec("category", "问题类型", .required)
            case .severity: ColumnSpec("severity", "严重程度", .required)
            case .notifiedAt: ColumnSpec("notified_at", "通知时间", .required)
            case .fixedAt: ColumnSpec("fixed_at", "整改时间")
            case .verdict: ColumnSpec("verdict", "核定结果")
            case .source: ColumnSpec("source", "发现方式")
            case .url: ColumnSpec("url", "链接")
            case .description: ColumnSpec("description", "问题描述")
            }
        }
    }
    private static let categories = EnumLookup<FindingCategory>()
    private static let severities = EnumLookup<Severity>()
    private static let verdicts = EnumLookup<Verdict>()

    let registry: Registry
    package private(set) var findings: [Finding] = []
    /// Finding ids by their bytes, and the line of each one's first row.
    private var ids = ByteKeyIndex()
    private var lines: [Int] = []

    package init(registry: Registry) { self.registry = registry }

    package mutating func load(_ row: RowFields<Column>) throws(RejectReason) {
        let finding = Finding(
            id: try row.text(.findingID), mediaID: try row.text(.mediaID), detectedAt: try row.dateTime(.detectedAt),
            category: try row.value(.category, Self.categories), severity: try row.value(.severity, Self.severities),
            notifiedAt: try row.dateTime(.notifiedAt), fixedAt: try row.optionalDateTime(.fixedAt),
            verdict: try row.optionalValue(.verdict, Self.verdicts) ?? .valid, source: try row.optionalText(.source),
            url: try row.optionalText(.url), description: try row.optionalText(.description))
        if let first = ids.find(finding.id) { throw .duplicate(Column.findingID.spec, finding.id, firstLine: lines[first]) }
        // By the id's bytes, as the posts and inspections look media up: no string hashing for each finding.
        guard registry.mediaKeys.find(finding.mediaID) != nil else {
            throw .unknownReference(Column.mediaID.spec, finding.mediaID, in: registry.mediaFile)
        }
        if finding.notifiedAt < finding.detectedAt {
            throw .notifiedBeforeDetected(notified: finding.notifiedAt, detected: finding.detectedAt)
        }
        if let fixed = finding.fixedAt, fixed < finding.detectedAt {
            throw .fixedBeforeDetected(fixed: fixed, detected: finding.detectedAt)
        }
        ids.insert(finding.id)
        lines.append(row.line)
        findings.append(finding)
    }
}

extension RejectReason {
    /// Rule 4: a finding cannot be notified before it was found.
    static func notifiedBeforeDetected(notified: LocalDateTime, detected: LocalDateTime) -> RejectReason {
        RejectReason(column: "notified_at", "通知时间 \(notified) 早于发现时间 \(detected)：请核对这两个时间")
    }

    /// Rule 4: a finding cannot be fixed before it was found.
    static func fixedBeforeDetected(fixed: LocalDateTime, detected: LocalDateTime) -> RejectReason {
        RejectReason(column: "fixed_at", "整改时间 \(fixed) 早于发现时间 \(detected)：请核对这两个时间")
    }
}

extension FindingsTable {
    /// Gives every finding with a `void` review verdict 误报 (reviews.md "Effect").
    mutating func apply(_ reviews: [FindingReview]) {
        findings = FindingReview.apply(reviews, to: findings)
    }
}
