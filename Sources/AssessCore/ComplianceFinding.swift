/// One line of the registry compliance work list (`compliance.csv`, sheet 账号规范): one media, one check.
public struct ComplianceFinding: Hashable, Sendable {
    public var quarter: Quarter
    public var unit: Unit
    public var media: Media
    public var check: ComplianceCheck
    /// What was found and what to do, in Chinese, citing the article (`依据《管理办法》第十条…`).
    public var detail: String

    public init(quarter: Quarter, unit: Unit, media: Media, check: ComplianceCheck, detail: String) {
        self.quarter = quarter
        self.unit = unit
        self.media = media
        self.check = check
        self.detail = detail
    }

    /// The media's kind (platform).
    public var kind: MediaKind { media.kind }

    /// The work list's order: `unit_id` in UTF-8 byte order, then `media_id`, then check order.
    public static func precedes(_ a: ComplianceFinding, _ b: ComplianceFinding) -> Bool {
        if a.unit.id != b.unit.id { return a.unit.id.precedesInByteOrder(b.unit.id) }
        if a.media.id != b.media.id { return a.media.id.precedesInByteOrder(b.media.id) }
        return a.check.order < b.check.order
    }
}

extension ComplianceCheck {
    /// Position in `allCases`.
    var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
