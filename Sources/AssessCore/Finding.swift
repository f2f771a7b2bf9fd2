/// One problem the daily inspection found on one media (巡查问题).
public struct Finding: Hashable, Sendable {
    public var id: String
    public var mediaID: String
    public var detectedAt: LocalDateTime
    public var category: FindingCategory
    public var severity: Severity
    public var notifiedAt: LocalDateTime
    /// nil = not fixed.
    public var fixedAt: LocalDateTime?
    public var verdict: Verdict
    public var source: String?
    public var url: String?
    public var description: String?

    public init(id: String, mediaID: String, detectedAt: LocalDateTime, category: FindingCategory, severity: Severity,
                notifiedAt: LocalDateTime, fixedAt: LocalDateTime? = nil, verdict: Verdict = .valid,
                source: String? = nil, url: String? = nil, description: String? = nil) {
        self.id = id
        self.mediaID = mediaID
        self.detectedAt = detectedAt
        self.category = category
        self.severity = severity
        self.notifiedAt = notifiedAt
        self.fixedAt = fixedAt
        self.verdict = verdict
        self.source = source
        self.url = url
        self.description = description
    }
}
