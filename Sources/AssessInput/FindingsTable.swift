import AssessCore

/// findings — 巡查问题 (inputs.md "findings").
package struct FindingsTable: TableLoader {
    package static let table = InputTable.findings
    static let schema = TableSchema([
        ColumnSpec("finding_id", "问题编号", .required),
        ColumnSpec("media_id", "媒体编码", .required),
        ColumnSpec("detected_at", "发现时间", .required),
        ColumnSpec("category", "问题类型", .required),
        ColumnSpec("severity", "严重程度", .required),
        ColumnSpec("notified_at", "通知时间", .required),
        ColumnSpec("fixed_at", "整改时间"),
        ColumnSpec("verdict", "核定结果"),
        ColumnSpec("source", "发现方式"),
        ColumnSpec("url", "链接"),
        ColumnSpec("description", "问题描述"),
    ])
    private static let categories = EnumLookup<FindingCategory>()
    private static let severities = EnumLookup<Severity>()
    private static let verdicts = EnumLookup<Verdict>()

    let registry: Registry
    package private(set) var findings: [Finding] = []
    private var lines: [String: Int] = [:]

    package init(registry: Registry) { self.registry = registry }

    package mutating func load(_ row: RowFields) throws(RejectReason) {
        let finding = Finding(
            id: try row.text(0), mediaID: try row.text(1), detectedAt: try row.dateTime(2),
            category: try row.value(3, Self.categories), severity: try row.value(4, Self.severities),
            notifiedAt: try row.dateTime(5), fixedAt: try row.optionalDateTime(6),
            verdict: try row.optionalValue(7, Self.verdicts) ?? .valid, source: try row.optionalText(8),
            url: try row.optionalText(9), description: try row.optionalText(10))
        if let first = lines[finding.id] { throw .duplicate(Self.schema.columns[0], finding.id, firstLine: first) }
        guard registry.mediaIndex[finding.mediaID] != nil else {
            throw .unknownReference(Self.schema.columns[1], finding.mediaID, in: registry.mediaFile)
        }
        if finding.notifiedAt < finding.detectedAt {
            throw .notifiedBeforeDetected(notified: finding.notifiedAt, detected: finding.detectedAt)
        }
        if let fixed = finding.fixedAt, fixed < finding.detectedAt {
            throw .fixedBeforeDetected(fixed: fixed, detected: finding.detectedAt)
        }
        lines[finding.id] = row.line
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
